package io.crmkit.mail;

import io.crmkit.client.ClientId;
import io.crmkit.interest.InterestId;
import io.crmkit.org.ManagerId;
import java.util.List;

/**
 * A letter to send: addresses as written, subject, bodies, attachments already in the
 * attachment store, and what it concerns. {@code client}, {@code interest} and {@code manager}
 * may be {@code null}.
 */
public record LetterDraft(String from, List<String> to, List<String> cc, String subject, String text, String html,
                          List<AttachmentRef> attachments, ClientId client, InterestId interest, ManagerId manager) {
    public LetterDraft {
        to = to == null ? List.of() : io.crmkit.internal.Check.list("to", to);
        cc = cc == null ? List.of() : io.crmkit.internal.Check.list("cc", cc);
        attachments = attachments == null ? List.of() : io.crmkit.internal.Check.list("attachments", attachments);
    }
}
