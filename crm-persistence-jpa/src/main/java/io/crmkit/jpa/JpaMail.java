package io.crmkit.jpa;

import io.crmkit.ConflictException;
import io.crmkit.NotFoundException;
import io.crmkit.client.ClientId;
import io.crmkit.client.Email;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.mail.AttachmentRef;
import io.crmkit.mail.AttachmentStore;
import io.crmkit.mail.Letter;
import io.crmkit.mail.LetterDirection;
import io.crmkit.mail.LetterId;
import io.crmkit.mail.LetterRepository;
import io.crmkit.mail.MailAddress;
import io.crmkit.mail.MailCheckpoint;
import io.crmkit.mail.Outbox;
import io.crmkit.mail.OutgoingLetter;
import io.crmkit.org.ManagerId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Letters, mailbox checkpoints, quarantine, the outbox and attachment contents on JPA. */
final class JpaMail {
    private JpaMail() {
    }

    static String messageKey(String messageId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String addresses(List<MailAddress> list) {
        List<List<String>> records = new ArrayList<>();
        for (MailAddress a : list) {
            records.add(java.util.Arrays.asList(a.email().value(), a.name()));
        }
        return Codec.encode(records);
    }

    static List<MailAddress> addresses(String text) {
        return Codec.decode(text).stream().map(r -> new MailAddress(Email.of(r.get(0)), r.get(1))).toList();
    }

    static String address(MailAddress a) {
        return addresses(List.of(a));
    }

    static MailAddress address(String text) {
        return addresses(text).get(0);
    }

    static String attachments(List<AttachmentRef> list) {
        List<List<String>> records = new ArrayList<>();
        for (AttachmentRef a : list) {
            records.add(java.util.Arrays.asList(a.id(), a.declaredName(), a.contentType(), Long.toString(a.size())));
        }
        return Codec.encode(records);
    }

    static List<AttachmentRef> attachments(String text) {
        return Codec.decode(text).stream()
                .map(r -> new AttachmentRef(r.get(0), r.get(1), r.get(2), Long.parseLong(r.get(3)))).toList();
    }

    static String strings(List<String> list) {
        return Codec.encode(list.stream().map(List::of).toList());
    }

    static List<String> strings(String text) {
        return Codec.decode(text).stream().map(r -> r.get(0)).toList();
    }

    static final class Letters implements LetterRepository {
        private final Jpa jpa;

        Letters(Jpa jpa) {
            this.jpa = jpa;
        }

        @Override
        public boolean insertIfAbsent(Letter letter) {
            Check.notNull("letter", letter);
            return jpa.call("letter.insert", em -> {
                String key = messageKey(letter.messageId());
                boolean exists = !em.createQuery("select l.id from Letter l where l.messageKey = :key", String.class)
                        .setParameter("key", key).getResultList().isEmpty();
                if (exists || em.find(LetterEntity.class, letter.id().value()) != null) {
                    return false;
                }
                LetterEntity e = new LetterEntity();
                copy(letter, e);
                em.persist(e);
                em.flush();
                return true;
            });
        }

        @Override
        public void update(Letter letter) {
            Check.notNull("letter", letter);
            jpa.call("letter.update", em -> {
                LetterEntity e = em.find(LetterEntity.class, letter.id().value());
                if (e == null) {
                    throw new NotFoundException("letter", letter.id());
                }
                copy(letter, e);
                em.flush();
                return null;
            });
        }

        static void copy(Letter l, LetterEntity e) {
            e.id = l.id().value();
            e.messageId = l.messageId();
            e.messageKey = messageKey(l.messageId());
            e.direction = l.direction().name();
            e.mailbox = l.mailbox();
            e.from = address(l.from());
            e.to = addresses(l.to());
            e.cc = addresses(l.cc());
            e.subject = l.subject();
            e.sentAt = l.sentAt();
            e.text = l.text();
            e.html = l.html();
            e.attachments = attachments(l.attachments());
            e.references = strings(l.references());
            e.clientId = l.client() == null ? null : l.client().value();
        }

        static Letter toDomain(LetterEntity e) {
            return new Letter(LetterId.of(e.id), e.messageId, LetterDirection.valueOf(e.direction), e.mailbox, address(e.from),
                    addresses(e.to), addresses(e.cc), e.subject == null ? "" : e.subject, e.sentAt, e.text, e.html,
                    attachments(e.attachments), strings(e.references), e.clientId == null ? null : ClientId.of(e.clientId));
        }

        @Override
        public Optional<Letter> find(LetterId id) {
            Check.notNull("letter", id);
            return jpa.call("letter.find", em -> Optional.ofNullable(em.find(LetterEntity.class, id.value())).map(Letters::toDomain));
        }

        @Override
        public Optional<Letter> findByMessageId(String messageId) {
            Check.notNull("messageId", messageId);
            return jpa.call("letter.findByMessageId", em -> em.createQuery("select l from Letter l where l.messageKey = :key",
                    LetterEntity.class).setParameter("key", messageKey(messageId)).getResultStream()
                    .filter(e -> e.messageId.equals(messageId)).findFirst().map(Letters::toDomain));
        }

        @Override
        public List<Letter> ofClient(ClientId client) {
            Check.notNull("client", client);
            return jpa.call("letter.ofClient", em -> em.createQuery("select l from Letter l where l.clientId = :client"
                    + " order by l.sentAt, l.id", LetterEntity.class).setParameter("client", client.value())
                    .getResultList().stream().map(Letters::toDomain).toList());
        }

        @Override
        public Optional<MailCheckpoint> checkpoint(String mailbox, String folder) {
            Check.notNull("mailbox", mailbox);
            Check.notNull("folder", folder);
            return jpa.call("mailCheckpoint.find", em -> Optional.ofNullable(em.find(CheckpointEntity.class,
                    new CheckpointEntity.FolderKey(mailbox, folder)))
                    .map(e -> new MailCheckpoint(e.key.mailbox, e.key.folder, e.uidValidity, e.lastUid)));
        }

        @Override
        public void saveCheckpoint(MailCheckpoint c) {
            Check.notNull("checkpoint", c);
            jpa.call("mailCheckpoint.save", em -> {
                CheckpointEntity.FolderKey key = new CheckpointEntity.FolderKey(c.mailbox(), c.folder());
                CheckpointEntity e = em.find(CheckpointEntity.class, key);
                boolean fresh = e == null;
                if (fresh) {
                    e = new CheckpointEntity();
                    e.key = key;
                }
                e.uidValidity = c.uidValidity();
                e.lastUid = c.lastUid();
                if (fresh) {
                    em.persist(e);
                }
                em.flush();
                return null;
            });
        }

        @Override
        public void quarantine(QuarantinedMessage m) {
            Check.notNull("message", m);
            jpa.call("mailQuarantine.save", em -> {
                QuarantineEntity.MessageKey key = new QuarantineEntity.MessageKey(m.mailbox(), m.folder(), m.uidValidity(), m.uid());
                QuarantineEntity e = em.find(QuarantineEntity.class, key);
                boolean fresh = e == null;
                if (fresh) {
                    e = new QuarantineEntity();
                    e.key = key;
                }
                e.reason = m.reason();
                e.at = m.at();
                if (fresh) {
                    em.persist(e);
                }
                em.flush();
                return null;
            });
        }

        @Override
        public List<QuarantinedMessage> quarantined() {
            return jpa.call("mailQuarantine.all", em -> em.createQuery("select q from QuarantinedMessage q order by q.key.mailbox,"
                    + " q.key.folder, q.key.uidValidity, q.key.uid", QuarantineEntity.class).getResultList().stream()
                    .map(e -> new QuarantinedMessage(e.key.mailbox, e.key.folder, e.key.uidValidity, e.key.uid, e.reason, e.at))
                    .toList());
        }
    }

    static final class JpaOutbox implements Outbox {
        private final Jpa jpa;

        JpaOutbox(Jpa jpa) {
            this.jpa = jpa;
        }

        @Override
        public void add(OutgoingLetter letter) {
            Check.notNull("letter", letter);
            jpa.call("outgoingLetter.add", em -> {
                if (em.find(OutgoingLetterEntity.class, letter.id()) != null) {
                    throw new ConflictException("outgoingLetter.id", letter.id(), "exists already");
                }
                OutgoingLetterEntity e = new OutgoingLetterEntity();
                copy(letter, e);
                em.persist(e);
                em.flush();
                return null;
            });
        }

        @Override
        public void update(OutgoingLetter letter) {
            Check.notNull("letter", letter);
            jpa.call("outgoingLetter.update", em -> {
                OutgoingLetterEntity e = em.find(OutgoingLetterEntity.class, letter.id());
                boolean fresh = e == null;
                if (fresh) {
                    e = new OutgoingLetterEntity();
                }
                copy(letter, e);
                if (fresh) {
                    em.persist(e);
                }
                em.flush();
                return null;
            });
        }

        static void copy(OutgoingLetter l, OutgoingLetterEntity e) {
            e.id = l.id();
            e.messageId = l.messageId();
            e.from = address(l.from());
            e.to = addresses(l.to());
            e.cc = addresses(l.cc());
            e.subject = l.subject();
            e.text = l.text();
            e.html = l.html();
            e.attachments = attachments(l.attachments());
            e.clientId = l.client() == null ? null : l.client().value();
            e.interestId = l.interest() == null ? null : l.interest().value();
            e.managerId = l.manager() == null ? null : l.manager().value();
            e.status = l.status().name();
            e.attempts = l.attempts();
            e.createdAt = l.createdAt();
            e.nextAttemptAt = l.nextAttemptAt();
            e.sentAt = l.sentAt();
            e.lastError = l.lastError();
        }

        static OutgoingLetter toDomain(OutgoingLetterEntity e) {
            return new OutgoingLetter(e.id, e.messageId, address(e.from), addresses(e.to), addresses(e.cc), e.subject, e.text,
                    e.html, attachments(e.attachments), e.clientId == null ? null : ClientId.of(e.clientId),
                    e.interestId == null ? null : InterestId.of(e.interestId), e.managerId == null ? null : ManagerId.of(e.managerId),
                    OutgoingLetter.Status.valueOf(e.status), e.attempts, e.createdAt, e.nextAttemptAt, e.sentAt, e.lastError);
        }

        @Override
        public Optional<OutgoingLetter> find(String id) {
            Check.notNull("outgoingLetter", id);
            return jpa.call("outgoingLetter.find", em -> Optional.ofNullable(em.find(OutgoingLetterEntity.class, id)).map(JpaOutbox::toDomain));
        }

        @Override
        public List<OutgoingLetter> due(Instant now, int limit) {
            Check.notNull("now", now);
            if (limit <= 0) {
                return List.of();
            }
            return jpa.call("outgoingLetter.due", em -> em.createQuery("select o from OutgoingLetter o where o.status = 'PENDING'"
                    + " and (o.nextAttemptAt is null or o.nextAttemptAt <= :now) order by o.createdAt, o.id", OutgoingLetterEntity.class)
                    .setParameter("now", now).setMaxResults(limit).getResultList().stream().map(JpaOutbox::toDomain).toList());
        }

        @Override
        public List<OutgoingLetter> all() {
            return jpa.call("outgoingLetter.all", em -> em.createQuery("select o from OutgoingLetter o order by o.createdAt, o.id",
                    OutgoingLetterEntity.class).getResultList().stream().map(JpaOutbox::toDomain).toList());
        }
    }

    static final class Attachments implements AttachmentStore {
        private final Jpa jpa;

        Attachments(Jpa jpa) {
            this.jpa = jpa;
        }

        @Override
        public AttachmentRef store(String declaredName, String contentType, byte[] content) {
            Check.notNull("content", content);
            AttachmentRef ref = new AttachmentRef(UUID.randomUUID().toString(), declaredName, contentType, content.length);
            return jpa.call("attachment.store", em -> {
                AttachmentEntity e = new AttachmentEntity();
                e.id = ref.id();
                e.declaredName = ref.declaredName();
                e.contentType = ref.contentType();
                e.size = ref.size();
                e.content = content.clone();
                em.persist(e);
                em.flush();
                return ref;
            });
        }

        @Override
        public Optional<byte[]> content(String attachmentId) {
            Check.notNull("attachment", attachmentId);
            return jpa.call("attachment.content", em -> Optional.ofNullable(em.find(AttachmentEntity.class, attachmentId))
                    .map(e -> e.content.clone()));
        }
    }
}
