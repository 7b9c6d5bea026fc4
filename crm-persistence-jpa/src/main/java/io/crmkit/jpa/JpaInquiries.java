package io.crmkit.jpa;

import io.crmkit.ConflictException;
import io.crmkit.client.ClientId;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryId;
import io.crmkit.inquiry.InquiryRepository;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.inquiry.InquiryStatus;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.mail.LetterId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import java.util.List;
import java.util.Optional;

/** Inquiries on JPA; the idempotency key is unique in the database too. */
final class JpaInquiries implements InquiryRepository {
    private final Jpa jpa;
    private final Saver<InquiryEntity> saver = new Saver<>(InquiryEntity.class, "inquiry", InquiryEntity::new,
            e -> e.version, (e, v) -> e.version = v);

    JpaInquiries(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public Inquiry save(Inquiry q) {
        Check.notNull("inquiry", q);
        return jpa.call("inquiry.save", em -> {
            if (q.key() != null) {
                List<String> same = em.createQuery("select q.id from Inquiry q where q.key = :key", String.class)
                        .setParameter("key", q.key()).getResultList();
                if (!same.isEmpty() && !same.get(0).equals(q.id().value())) {
                    throw new ConflictException("inquiry.key", q.key(), "an inquiry with this key exists already");
                }
            }
            return q.withVersion(saver.save(em, q.id().value(), q.version(), e -> copy(q, e)));
        });
    }

    static void copy(Inquiry q, InquiryEntity e) {
        e.id = q.id().value();
        e.key = q.key();
        e.at = q.at();
        e.managerId = q.manager().value();
        e.channel = q.channel().name();
        e.phone = q.phone();
        e.email = q.email();
        e.name = q.name();
        e.company = q.company();
        e.note = q.note();
        e.letterId = q.letter() == null ? null : q.letter().value();
        e.status = q.status().name();
        InquiryResult r = q.result();
        e.resultClientId = r == null || r.client() == null ? null : r.client().value();
        e.resultNewClient = r == null ? null : r.newClient();
        e.resultInterestId = r == null || r.interest() == null ? null : r.interest().value();
        e.resultNewInterest = r == null ? null : r.newInterest();
        e.resultInteractionId = r == null || r.interaction() == null ? null : r.interaction().value();
    }

    static Inquiry toDomain(InquiryEntity e) {
        InquiryId id = InquiryId.of(e.id);
        InquiryResult r = null;
        if (InquiryStatus.valueOf(e.status) == InquiryStatus.ACCEPTED) {
            r = new InquiryResult(id, e.resultClientId == null ? null : ClientId.of(e.resultClientId),
                    Boolean.TRUE.equals(e.resultNewClient), e.resultInterestId == null ? null : InterestId.of(e.resultInterestId),
                    Boolean.TRUE.equals(e.resultNewInterest),
                    e.resultInteractionId == null ? null : InteractionId.of(e.resultInteractionId));
        }
        return Inquiry.restore(id, e.key, e.at, ManagerId.of(e.managerId), Channel.valueOf(e.channel), e.phone, e.email, e.name,
                e.company, e.note, e.letterId == null ? null : LetterId.of(e.letterId), InquiryStatus.valueOf(e.status), r,
                e.version);
    }

    @Override
    public Optional<Inquiry> find(InquiryId id) {
        Check.notNull("inquiry", id);
        return jpa.call("inquiry.find", em -> Optional.ofNullable(em.find(InquiryEntity.class, id.value())).map(JpaInquiries::toDomain));
    }

    @Override
    public Optional<Inquiry> findByKey(String key) {
        Check.notNull("key", key);
        return jpa.call("inquiry.findByKey", em -> em.createQuery("select q from Inquiry q where q.key = :key", InquiryEntity.class)
                .setParameter("key", key).getResultStream().findFirst().map(JpaInquiries::toDomain));
    }

    @Override
    public List<Inquiry> pendingInScope(ResolvedScope scope) {
        Check.notNull("scope", scope);
        if (Jpa.nobody(scope)) {
            return List.of();
        }
        return jpa.call("inquiry.pendingInScope", em -> Jpa.bindScope(em.createQuery("select q from Inquiry q where q.status = 'PENDING' and "
                        + Jpa.scopeJpql(scope, "q.managerId") + " order by q.at, q.id", InquiryEntity.class), scope)
                .getResultList().stream().map(JpaInquiries::toDomain).toList());
    }
}
