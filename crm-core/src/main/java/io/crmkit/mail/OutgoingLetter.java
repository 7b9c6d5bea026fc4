package io.crmkit.mail;

import io.crmkit.client.ClientId;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.org.ManagerId;
import java.time.Instant;
import java.util.List;

/**
 * A letter waiting in the outbox or sent from it. It is written in the same transaction as the
 * business change and sent only after that commits; its Message-ID is fixed when it is written,
 * so a retry cannot show the recipient two letters.
 */
public record OutgoingLetter(String id, String messageId, MailAddress from, List<MailAddress> to, List<MailAddress> cc,
                             String subject, String text, String html, List<AttachmentRef> attachments,
                             ClientId client, InterestId interest, ManagerId manager, Status status, int attempts,
                             Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
    /** Where an outbox letter stands. */
    public enum Status {
        PENDING, SENT, FAILED
    }

    public OutgoingLetter {
        Check.id("outgoing.id", id);
        Check.name("outgoing.messageId", messageId, 1000);
        Check.notNull("outgoing.from", from);
        to = Check.list("outgoing.to", to);
        if (to.isEmpty()) {
            throw new io.crmkit.InvalidInputException("to", "[]", "a letter needs at least one recipient");
        }
        cc = Check.list("outgoing.cc", cc);
        subject = Check.optionalName("subject", subject, 1000);
        text = Check.optionalText("text", text);
        attachments = Check.list("outgoing.attachments", attachments);
        Check.notNull("outgoing.status", status);
        Check.notNull("outgoing.createdAt", createdAt);
    }

    public OutgoingLetter sent(Instant at) {
        return new OutgoingLetter(id, messageId, from, to, cc, subject, text, html, attachments, client, interest,
                manager, Status.SENT, attempts + 1, createdAt, null, at, null);
    }

    public OutgoingLetter failed(String error, Instant retryAt, boolean giveUp) {
        return new OutgoingLetter(id, messageId, from, to, cc, subject, text, html, attachments, client, interest,
                manager, giveUp ? Status.FAILED : Status.PENDING, attempts + 1, createdAt, retryAt, null, error);
    }
}
