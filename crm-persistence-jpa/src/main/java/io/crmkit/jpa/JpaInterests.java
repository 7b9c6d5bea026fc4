package io.crmkit.jpa;

import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestRepository;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.internal.Check;
import io.crmkit.jpa.InterestEntity.StagePart;
import io.crmkit.money.Money;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Interests with their stage history on JPA; a list read is two statements whatever its size. */
final class JpaInterests implements InterestRepository {
    private final Jpa jpa;
    private final Saver<InterestEntity> saver = new Saver<>(InterestEntity.class, "interest", InterestEntity::new,
            e -> e.version, (e, v) -> e.version = v);

    JpaInterests(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public Interest save(Interest i) {
        Check.notNull("interest", i);
        return jpa.call("interest.save", em -> i.withVersion(saver.save(em, i.id().value(), i.version(), e -> copy(i, e))));
    }

    static void copy(Interest i, InterestEntity e) {
        e.id = i.id().value();
        e.clientId = i.client().value();
        e.contactId = i.contact() == null ? null : i.contact().value();
        e.managerId = i.manager().value();
        e.funnel = i.funnel();
        e.stage = i.currentStage();
        e.status = i.status().name();
        if (i.amount() == null) {
            e.amount = null;
            e.amountScale = null;
            e.currency = null;
        } else {
            if (e.amount == null || e.amount.compareTo(i.amount().amount()) != 0) {
                e.amount = i.amount().amount();
            }
            e.amountScale = i.amount().amount().scale();
            e.currency = i.amount().currency().getCurrencyCode();
        }
        e.expectedClose = i.expectedClose();
        e.source = i.source();
        e.lossReason = i.lossReason();
        e.createdAt = i.createdAt();
        e.closedAt = i.closedAt();
        List<StagePart> h = new ArrayList<>();
        for (StageEntry s : i.history()) {
            h.add(new StagePart(s.stage(), s.at(), s.by() == null ? null : s.by().value()));
        }
        if (!new ArrayList<>(e.history).equals(h)) {
            e.history.clear();
            e.history.addAll(h);
        }
    }

    static Interest toDomain(InterestEntity e) {
        List<StageEntry> h = new ArrayList<>();
        for (StagePart s : e.history) {
            h.add(new StageEntry(s.stage, s.enteredAt, s.enteredBy == null ? null : ManagerId.of(s.enteredBy)));
        }
        Money amount = e.amount == null ? null
                : new Money(e.amount.setScale(e.amountScale), Currency.getInstance(e.currency));
        return Interest.restore(InterestId.of(e.id), ClientId.of(e.clientId), e.contactId == null ? null : ContactId.of(e.contactId),
                ManagerId.of(e.managerId), e.funnel, InterestStatus.valueOf(e.status), amount, e.expectedClose, e.source,
                e.lossReason, e.closedAt, h, e.version);
    }

    @Override
    public Optional<Interest> find(InterestId id) {
        Check.notNull("interest", id);
        // one statement, so that the row and its history come from the same snapshot
        return jpa.call("interest.find", em -> em.createQuery("select i from Interest i left join fetch i.history where i.id = :id",
                InterestEntity.class).setParameter("id", id.value()).getResultStream().findFirst().map(JpaInterests::toDomain));
    }

    @Override
    public List<Interest> ofClient(ClientId client) {
        Check.notNull("client", client);
        return jpa.call("interest.ofClient", em -> load(em, "i.clientId = :client", q -> q.setParameter("client", client.value())));
    }

    @Override
    public Map<ClientId, List<InterestId>> activeIdsOfClients(Collection<ClientId> clients) {
        List<String> ids = Jpa.distinctIds("clients", clients);
        Map<ClientId, List<InterestId>> out = new TreeMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        return jpa.call("interest.activeIdsOfClients", em -> {
            for (int from = 0; from < ids.size(); from += Jpa.IDS_PER_STATEMENT) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Jpa.IDS_PER_STATEMENT));
                for (Object[] r : em.createQuery("select i.clientId, i.id from Interest i where i.status = 'ACTIVE'"
                        + " and i.clientId in :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                    out.computeIfAbsent(ClientId.of((String) r[0]), k -> new ArrayList<>()).add(InterestId.of((String) r[1]));
                }
            }
            out.values().forEach(l -> l.sort(null));
            return out;
        });
    }

    @Override
    public List<Interest> activeInScope(ResolvedScope scope) {
        Check.notNull("scope", scope);
        if (Jpa.nobody(scope)) {
            return List.of();
        }
        return jpa.call("interest.activeInScope", em -> load(em, "i.status = 'ACTIVE' and " + Jpa.scopeJpql(scope, "i.managerId"),
                q -> Jpa.bindScope(q, scope)));
    }

    @Override
    public List<Interest> activeOfManager(ManagerId manager, String funnel) {
        Check.notNull("manager", manager);
        Check.notNull("funnel", funnel);
        // one statement (so rows and histories come from one snapshot) over crm_interest (manager_id, status),
        // read as columns: no entity enters the persistence context, nothing is dirty-checked
        return jpa.call("interest.activeOfManager", em -> {
            List<Interest> out = new ArrayList<>();
            Object[] last = null;
            List<StageEntry> history = new ArrayList<>();
            for (Object[] r : em.createQuery("select i.id, i.clientId, i.contactId, i.managerId, i.funnel, i.status, i.amount,"
                            + " i.amountScale, i.currency, i.expectedClose, i.source, i.lossReason, i.closedAt, i.version,"
                            + " h.stage, h.enteredAt, h.enteredBy from Interest i left join i.history h"
                            + " where i.managerId = :manager and i.status = 'ACTIVE' and i.funnel = :funnel order by i.id, index(h)",
                    Object[].class).setParameter("manager", manager.value()).setParameter("funnel", funnel).getResultList()) {
                if (last != null && !last[0].equals(r[0])) {
                    out.add(fromColumns(last, history));
                    history = new ArrayList<>();
                }
                last = r;
                if (r[14] != null) {
                    history.add(new StageEntry((String) r[14], (java.time.Instant) r[15], r[16] == null ? null : ManagerId.of((String) r[16])));
                }
            }
            if (last != null) {
                out.add(fromColumns(last, history));
            }
            return out;
        });
    }

    /** An interest from the columns {@link #activeOfManager} selects, as {@link #toDomain} builds it from an entity. */
    private static Interest fromColumns(Object[] r, List<StageEntry> history) {
        java.math.BigDecimal amount = (java.math.BigDecimal) r[6];
        Money money = amount == null ? null : new Money(amount.setScale((Integer) r[7]), Currency.getInstance((String) r[8]));
        return Interest.restore(InterestId.of((String) r[0]), ClientId.of((String) r[1]), r[2] == null ? null : ContactId.of((String) r[2]),
                ManagerId.of((String) r[3]), (String) r[4], InterestStatus.valueOf((String) r[5]), money, (java.time.LocalDate) r[9],
                (String) r[10], (String) r[11], (java.time.Instant) r[12], history, ((Number) r[13]).longValue());
    }

    @Override
    public List<Interest> inScope(ResolvedScope scope) {
        Check.notNull("scope", scope);
        if (Jpa.nobody(scope)) {
            return List.of();
        }
        return jpa.call("interest.inScope", em -> load(em, Jpa.scopeJpql(scope, "i.managerId"), q -> Jpa.bindScope(q, scope)));
    }

    /**
     * Loads the interests matching {@code where} (alias {@code i}) by id with their history in three
     * statements whatever their number (rows, history, a re-read of the versions); an interest changed
     * by a concurrent commit in between is read again.
     */
    static List<Interest> load(EntityManager em, String where, Consumer<TypedQuery<?>> bind) {
        for (int attempt = 1; ; attempt++) {
            TypedQuery<InterestEntity> q = em.createQuery("select i from Interest i where " + where + " order by i.id", InterestEntity.class);
            bind.accept(q);
            List<InterestEntity> rows = q.getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            TypedQuery<InterestEntity> f = em.createQuery("select i from Interest i left join fetch i.history where " + where,
                    InterestEntity.class);
            bind.accept(f);
            f.getResultList();
            TypedQuery<Object[]> v = em.createQuery("select i.id, i.version from Interest i where " + where, Object[].class);
            bind.accept(v);
            if (Jpa.sameVersions(v.getResultList(), rows, e -> e.id, e -> e.version) || attempt == 3) {
                return rows.stream().map(JpaInterests::toDomain).toList();
            }
            rows.forEach(em::detach);
        }
    }
}
