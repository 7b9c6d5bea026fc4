package io.crmkit.mail;

import io.crmkit.InvalidInputException;
import io.crmkit.client.Email;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Letters of the CRM: the outbox that outgoing letters are written to. Reach it with
 * {@code crm.mail()}. Letters are sent by an outbox relay (crm-mail) after the transaction that
 * wrote them commits.
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

    private static List<MailAddress> addresses(String field, List<String> raw) {
        List<MailAddress> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            out.add(new MailAddress(Email.of(field + "[" + i + "]", raw.get(i)), null));
        }
        return out;
    }
}
