package io.crmkit.mail;

import java.time.Instant;
import java.util.List;

/**
 * What {@link MimeReader} read from one message, before anything is stored. {@code html} is
 * already sanitized; attachment contents are not stored yet.
 *
 * @param autoReply why the letter is an auto-reply, or {@code null}
 */
record ParsedLetter(String messageId, MailAddress from, List<MailAddress> to, List<MailAddress> cc, String subject,
                    Instant sentAt, String text, String html, List<Part> attachments, List<String> references,
                    String autoReply) {
    ParsedLetter {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        references = List.copyOf(references);
    }

    /** An attachment as declared by the sender: its name is data only. */
    record Part(String declaredName, String contentType, byte[] content) {
    }
}
