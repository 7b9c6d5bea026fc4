package io.crmkit.mail;

import io.crmkit.internal.Check;

/** How far a mailbox folder was read: its UIDVALIDITY and the last UID recorded. */
public record MailCheckpoint(String mailbox, String folder, long uidValidity, long lastUid) {
    public MailCheckpoint {
        Check.name("mailbox", mailbox, 300);
        Check.name("folder", folder, 300);
    }
}
