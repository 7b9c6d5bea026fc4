package io.crmkit.mail;

import io.crmkit.client.ClientId;
import io.crmkit.internal.Check;
import java.time.Instant;
import java.util.List;

/**
 * A stored e-mail. {@code html} is always already sanitized. {@code messageId} is unique in the
 * storage (a content hash stands in for a letter without one).
 *
 * @param mailbox    the mailbox it was fetched from (incoming) or sent from (outgoing)
 * @param client     the client it is linked to, or {@code null} for a letter from an unknown sender
 * @param references the Message-IDs of the thread it answers (In-Reply-To first, then References)
 */
public record Letter(LetterId id, String messageId, LetterDirection direction, String mailbox, MailAddress from,
                     List<MailAddress> to, List<MailAddress> cc, String subject, Instant sentAt, String text,
                     String html, List<AttachmentRef> attachments, List<String> references, ClientId client) {
    public Letter {
        Check.notNull("letter.id", id);
        Check.name("letter.messageId", messageId, 1000);
        Check.notNull("letter.direction", direction);
        Check.notNull("letter.from", from);
        to = Check.list("letter.to", to);
        cc = Check.list("letter.cc", cc);
        subject = subject == null ? "" : subject;
        Check.notNull("letter.sentAt", sentAt);
        attachments = Check.list("letter.attachments", attachments);
        references = Check.list("letter.references", references);
    }

    public Letter linkedTo(ClientId newClient) {
        return new Letter(id, messageId, direction, mailbox, from, to, cc, subject, sentAt, text, html, attachments,
                references, newClient);
    }
}
