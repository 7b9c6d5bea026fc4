package io.crmkit.mail;

import io.crmkit.InvalidInputException;
import io.crmkit.InvalidStateException;
import io.crmkit.NotFoundException;
import io.crmkit.catalog.InteractionType;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.Email;
import io.crmkit.event.DomainEvent;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Letters of the CRM: the outbox that outgoing letters are written to. Reach it with
 * {@code crm.mail()}. Letters are sent by an outbox relay (crm-mail) after the transaction that
 * wrote them commits. Stored letters, their attachments and the tasks made from them are reached
 * here too.
 */
public final class MailService {
    private final CrmContext ctx;

    public MailService(CrmContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Writes a letter to the outbox in the current transaction (or a new one). Its Message-ID is
     * fixed now, so that a retried send cannot deliver it twice.
     *
     * @throws InvalidInputException for a malformed address, no recipient, or a subject with a line break
     */
    public OutgoingLetter queue(LetterDraft draft) {
        Check.notNull("letter", draft);
        MailAddress from = new MailAddress(Email.of("from", draft.from()), null);
        List<MailAddress> to = addresses("to", draft.to());
        List<MailAddress> cc = addresses("cc", draft.cc());
        if (to.isEmpty()) {
            throw new InvalidInputException("to", "[]", "a letter needs at least one recipient");
        }
        String subject = Check.optionalName("subject", draft.subject(), 1000);
        String id = ctx.newId("letter");
        String messageId = "<crmkit." + id + "@" + from.email().value().substring(from.email().value().lastIndexOf('@') + 1) + ">";
        OutgoingLetter letter = new OutgoingLetter(id, messageId, from, to, cc, subject, draft.text(), draft.html(),
                draft.attachments(), draft.client(), draft.interest(), draft.manager(), OutgoingLetter.Status.PENDING, 0,
                ctx.now(), ctx.now(), null, null);
        return ctx.tx(() -> {
            if (draft.client() != null) {
                ctx.client("client", draft.client());
            }
            if (draft.interest() != null) {
                ctx.interest("interest", draft.interest());
            }
            if (draft.manager() != null) {
                ctx.manager("manager", draft.manager());
            }
            ctx.storage().outbox().add(letter);
            return letter;
        });
    }

    /** Every outbox letter, oldest first. */
    public List<OutgoingLetter> outbox() {
        return ctx.storage().outbox().all();
    }

    /**
     * A stored letter.
     *
     * @throws NotFoundException for an unknown id
     */
    public Letter letter(LetterId id) {
        Check.notNull("letter", id);
        return ctx.storage().letters().find(id).orElseThrow(() -> new NotFoundException("letter", id));
    }

    /**
     * The letters of a client, by sent-at then id.
     *
     * @throws NotFoundException for an unknown client
     */
    public List<Letter> ofClient(ClientId client) {
        ctx.client("client", client);
        return ctx.storage().letters().ofClient(client);
    }

    /**
     * The letter an interaction records or was made from (a letter interaction, or a task made
     * with {@link #taskFromLetter}), if any.
     *
     * @throws NotFoundException for an unknown interaction
     */
    public Optional<Letter> letterOf(InteractionId interaction) {
        Interaction x = ctx.interaction("interaction", interaction);
        return x.letter() == null ? Optional.empty() : ctx.storage().letters().find(x.letter());
    }

    /** The longest attachment {@link #attach} takes: 25 MiB. */
    public static final int MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

    /**
     * Stores a file to send with a letter (a price list, an offer) and returns the reference to
     * put in {@link LetterDraft#attachments()}. The name is what the recipient sees; it is kept as
     * data only.
     *
     * @throws InvalidInputException for a blank name or one with a line break or other control
     *         character, a malformed content type, or content that is missing or larger than
     *         {@link #MAX_ATTACHMENT_BYTES}
     */
    public AttachmentRef attach(String name, String contentType, byte[] content) {
        String n = Check.name("attachment.name", name, 255);
        Check.notNull("attachment.contentType", contentType);
        if (!contentType.strip().matches("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*")) {
            throw new InvalidInputException("attachment.contentType", contentType, "is not a media type like application/pdf");
        }
        Check.notNull("attachment.content", content);
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new InvalidInputException("attachment.content", content.length + " bytes",
                    "is larger than " + MAX_ATTACHMENT_BYTES + " bytes");
        }
        return ctx.storage().attachments().store(n, contentType.strip(), content);
    }

    /**
     * The content of a stored attachment.
     *
     * @throws NotFoundException when the attachment store does not hold it
     */
    public byte[] attachment(AttachmentRef attachment) {
        Check.notNull("attachment", attachment);
        return ctx.storage().attachments().content(attachment.id())
                .orElseThrow(() -> new NotFoundException("attachment", attachment.id()));
    }

    /**
     * Makes a task (a PLANNED interaction of type {@code TASK}) from a stored letter, for oneself or
     * another manager, due at {@code due}. The task is linked to the letter (so the letter and its
     * attachments are reachable from it through {@link #letterOf}), to the letter's client, to the
     * contact who wrote it and to the interest of the letter's thread, if any.
     *
     * @param assignee the manager who is to do it
     * @param due      when it is due (its planned start and end)
     * @param by       the manager who makes it
     * @throws InvalidInputException for a missing argument
     * @throws NotFoundException     for an unknown letter, assignee or creator
     * @throws InvalidStateException when the letter is not linked to a client yet (accept its
     *                               sender's inquiry first), or the assignee is not active
     */
    public Interaction taskFromLetter(LetterId letterId, ManagerId assignee, Instant due, ManagerId by) {
        Check.notNull("letter", letterId);
        Check.notNull("assignee", assignee);
        Check.notNull("due", due);
        Check.notNull("by", by);
        return ctx.tx(() -> {
            Letter letter = letter(letterId);
            Manager to = ctx.manager("assignee", assignee);
            Manager author = ctx.manager("by", by);
            if (!to.active()) {
                throw new InvalidStateException("assignee", assignee, "is not an active manager");
            }
            if (letter.client() == null) {
                throw new InvalidStateException("letter", letterId,
                        "is not linked to a client yet: accept its sender's inquiry first");
            }
            Client client = ctx.client("letter.client", letter.client());
            ContactId contact = client.contactWithEmailKey(letter.from().email().key()).map(Contact::id).orElse(null);
            InterestId interest = ctx.storage().interactions().ofClient(client.id()).stream()
                    .filter(x -> letterId.equals(x.letter()) && x.interest() != null)
                    .map(Interaction::interest).findFirst().orElse(null);
            String about = letter.subject().isBlank() ? "Letter from " + letter.from().email().value() : letter.subject();
            String subject = cut("Task: " + about, 1000);
            String description = "Made from letter " + letter.messageId() + " by " + author.name();
            Interaction task = Interaction.plan(InteractionId.of(ctx.newId("interaction")), InteractionType.TASK,
                    client.id(), contact, interest, to.id(), subject, description, due, due, Importance.NORMAL)
                    .withLetter(letterId);
            Interaction saved = ctx.storage().interactions().save(task);
            ctx.publish(new DomainEvent.InteractionPlanned(saved.id(), saved.client(), saved.manager(), ctx.now()));
            return saved;
        });
    }

    private static String cut(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString().strip();
    }

    private static List<MailAddress> addresses(String field, List<String> raw) {
        List<MailAddress> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            out.add(new MailAddress(Email.of(field + "[" + i + "]", raw.get(i)), null));
        }
        return out;
    }
}
