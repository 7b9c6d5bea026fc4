package io.crmkit.mail;

import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;
import io.crmkit.org.ManagerId;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One IMAP mailbox to poll: a name crmkit keys its checkpoints by (keep it stable, e.g. the
 * address), the server, the folders to read, and the manager in whose My tasks letters from
 * unknown senders wait.
 *
 * @param name    a stable name for the mailbox, e.g. {@code "sales@example.com"}
 * @param server  the IMAP server
 * @param folders the folders to read, e.g. {@code ["INBOX"]}; at least one, no repeats
 * @param manager who gets inquiries from unknown senders
 */
public record Mailbox(String name, MailServerConfig server, List<String> folders, ManagerId manager) {
    public Mailbox {
        name = Check.name("mailbox.name", name, 300);
        Check.notNull("mailbox.server", server);
        folders = Check.list("mailbox.folders", folders);
        if (folders.isEmpty()) {
            throw new InvalidInputException("mailbox.folders", "[]", "name at least one folder, e.g. INBOX");
        }
        for (int i = 0; i < folders.size(); i++) {
            Check.name("mailbox.folders[" + i + "]", folders.get(i), 300);
        }
        if (new LinkedHashSet<>(folders).size() != folders.size()) {
            throw new InvalidInputException("mailbox.folders", folders, "must not name a folder twice");
        }
        Check.notNull("mailbox.manager", manager);
    }

    /** A mailbox whose INBOX is read. */
    public static Mailbox inbox(String name, MailServerConfig server, ManagerId manager) {
        return new Mailbox(name, server, List.of("INBOX"), manager);
    }
}
