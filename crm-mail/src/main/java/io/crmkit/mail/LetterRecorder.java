package io.crmkit.mail;

import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.Storage;
import io.crmkit.catalog.InteractionType;
import io.crmkit.client.Client;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.event.DomainEvent;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.CrmContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one fetched message in the CRM, in one transaction together with the folder's
 * checkpoint: the letter (unique by Message-ID), and either an INCOMING_LETTER interaction of the
 * known client (joined to the thread it answers), or a pending inquiry of the mailbox's manager
 * for an unknown sender, or nothing more for an auto-reply or a letter from a colleague. A message that cannot be read is
 * quarantined, also with the checkpoint, so that the batch goes on.
 */
final class LetterRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(LetterRecorder.class);
    private static final int NOTE_CHARS = 2000;

    /** What became of one message. */
    enum Outcome {
        INTERACTION, INQUIRY, AUTO_REPLY, INTERNAL, DUPLICATE, QUARANTINED
    }

    /** The outcome and, for a stored letter, the letter. */
    record Result(Outcome outcome, Letter letter) {
    }

    private final Crm crm;
    private final CrmContext ctx;
    private final MimeReader reader = new MimeReader();

    LetterRecorder(Crm crm) {
        this.crm = crm;
        this.ctx = crm.context();
    }

    Result record(Mailbox mailbox, String folder, long uidValidity, long uid, byte[] raw) {
        Storage s = ctx.storage();
        MailCheckpoint checkpoint = new MailCheckpoint(mailbox.name(), folder, uidValidity, uid);
        Instant now = ctx.now();
        ParsedLetter p;
        try {
            p = reader.read(raw, now);
        } catch (MalformedLetterException e) {
            return quarantine(mailbox, folder, checkpoint, e.getMessage(), now);
        }
        try {
            return store(mailbox, p, checkpoint, now);
        } catch (InvalidInputException e) {
            return quarantine(mailbox, folder, checkpoint, "not a valid letter: " + e.getMessage(), now);
        }
    }

    Result quarantine(Mailbox mailbox, String folder, MailCheckpoint checkpoint, String reason, Instant now) {
        Storage s = ctx.storage();
        LetterRepository.QuarantinedMessage q = new LetterRepository.QuarantinedMessage(mailbox.name(), folder,
                checkpoint.uidValidity(), checkpoint.lastUid(), reason, now);
        ctx.tx(() -> {
            s.letters().quarantine(q);
            s.letters().saveCheckpoint(checkpoint);
            return null;
        });
        LOG.warn("Quarantined message UID {} of {}/{}: {}", checkpoint.lastUid(), mailbox.name(), folder, reason);
        return new Result(Outcome.QUARANTINED, null);
    }

    private Result store(Mailbox mailbox, ParsedLetter p, MailCheckpoint checkpoint, Instant now) {
        Storage s = ctx.storage();
        if (s.letters().findByMessageId(p.messageId()).isPresent()) {
            ctx.tx(() -> {
                s.letters().saveCheckpoint(checkpoint);
                return null;
            });
            return new Result(Outcome.DUPLICATE, null);
        }
        List<AttachmentRef> refs = new ArrayList<>();
        for (ParsedLetter.Part part : p.attachments()) {
            refs.add(s.attachments().store(part.declaredName(), part.contentType(), part.content()));
        }
        return ctx.tx(() -> {
            Optional<Client> client = s.clients().findByEmailKey(p.from().email().key()).stream()
                    .min(Comparator.comparing(Client::id));
            Letter letter = new Letter(LetterId.of(ctx.newId("letter")), p.messageId(), LetterDirection.INCOMING,
                    mailbox.name(), p.from(), p.to(), p.cc(), p.subject(), p.sentAt(), p.text(), p.html(), refs,
                    p.references(), client.map(Client::id).orElse(null));
            if (!s.letters().insertIfAbsent(letter)) {
                s.letters().saveCheckpoint(checkpoint);
                return new Result(Outcome.DUPLICATE, null);
            }
            Outcome outcome;
            if (p.autoReply() != null) {
                LOG.debug("Letter {} is an auto-reply ({}); no interaction or inquiry", letter.id(), p.autoReply());
                outcome = Outcome.AUTO_REPLY;
            } else if (client.isPresent()) {
                recordInteraction(letter, client.get(), now);
                outcome = Outcome.INTERACTION;
            } else if (fromColleague(letter)) {
                LOG.debug("Letter {} is from a colleague; no inquiry", letter.id());
                outcome = Outcome.INTERNAL;
            } else {
                registerInquiry(letter, mailbox, now);
                outcome = Outcome.INQUIRY;
            }
            s.letters().saveCheckpoint(checkpoint);
            return new Result(outcome, letter);
        });
    }

    /** Whether a manager of the company wrote it (a copy of an internal or outgoing letter). */
    private boolean fromColleague(Letter letter) {
        String key = letter.from().email().key();
        return ctx.storage().managers().all().stream().anyMatch(m -> m.email() != null && m.email().key().equals(key));
    }

    private void recordInteraction(Letter letter, Client client, Instant now) {
        ContactId contact = client.contactWithEmailKey(letter.from().email().key()).map(Contact::id).orElse(null);
        InterestId interest = threadInterest(letter, client).orElseGet(() -> soleActiveInterest(client));
        Instant at = letter.sentAt().isAfter(now) ? now : letter.sentAt();
        String subject = letter.subject().isBlank() ? "Letter from " + letter.from().email().value() : letter.subject();
        Interaction x = ctx.storage().interactions().save(Interaction.recordDone(
                InteractionId.of(ctx.newId("interaction")), InteractionType.INCOMING_LETTER, client.id(), contact,
                interest, client.manager(), subject, null, at, null, letter.id()));
        ctx.publish(new DomainEvent.InteractionCompleted(x.id(), client.id(), client.manager(), at));
    }

    /** The interest of the earliest-referenced stored letter of this client's thread, In-Reply-To first. */
    private Optional<InterestId> threadInterest(Letter letter, Client client) {
        for (String ref : letter.references()) {
            Optional<Letter> earlier = ctx.storage().letters().findByMessageId(ref);
            if (earlier.isEmpty()) {
                continue;
            }
            LetterId earlierId = earlier.get().id();
            Optional<InterestId> interest = ctx.storage().interactions().ofClient(client.id()).stream()
                    .filter(x -> earlierId.equals(x.letter()) && x.interest() != null)
                    .map(Interaction::interest).findFirst();
            if (interest.isPresent()) {
                return interest;
            }
        }
        return Optional.empty();
    }

    private InterestId soleActiveInterest(Client client) {
        List<Interest> active = ctx.storage().interests().ofClient(client.id()).stream().filter(Interest::isActive).toList();
        return active.size() == 1 ? active.get(0).id() : null;
    }

    private void registerInquiry(Letter letter, Mailbox mailbox, Instant now) {
        StringBuilder note = new StringBuilder("Letter: ").append(letter.subject().isBlank() ? "(no subject)" : letter.subject());
        if (letter.text() != null && !letter.text().isBlank()) {
            String t = letter.text().strip();
            note.append("\n\n").append(t.length() > NOTE_CHARS ? t.substring(0, NOTE_CHARS) + "…" : t);
        }
        Instant at = letter.sentAt().isAfter(now) ? now : letter.sentAt();
        Inquiry q = crm.inquiries().register(InquiryRequest.builder(mailbox.manager(), Channel.EMAIL)
                .key("letter:" + sha256(letter.messageId()))
                .at(at)
                .email(letter.from().email().value())
                .name(letter.from().name())
                .note(note.toString())
                .build(), letter.id());
        LOG.debug("Letter {} from an unknown sender waits as inquiry {}", letter.id(), q.id());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
