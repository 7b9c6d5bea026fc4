package io.crmkit.mail;

import java.util.List;

/**
 * What one {@link MailPoller#poll()} did, folder by folder.
 *
 * @param folders one entry per mailbox folder polled, in the order polled
 */
public record PollReport(List<Folder> folders) {
    public PollReport {
        folders = List.copyOf(folders);
    }

    /**
     * One folder's share of a poll.
     *
     * @param interactions letters from known contacts, recorded as INCOMING_LETTER interactions
     * @param inquiries    letters from unknown senders, waiting as inquiries
     * @param autoReplies  auto-replies, stored as letters only
     * @param internal     letters from the company's own managers (copies of internal or outgoing
     *                     mail), stored as letters only
     * @param duplicates   messages already recorded (from another mailbox, folder or an earlier poll)
     * @param quarantined  messages that could not be read
     * @param error        why the folder could not be read to the end (the rest is read next
     *                     time), or {@code null}
     */
    public record Folder(String mailbox, String folder, long uidValidity, int interactions, int inquiries,
                         int autoReplies, int internal, int duplicates, int quarantined, String error) {
        /** Letters newly stored. */
        public int recorded() {
            return interactions + inquiries + autoReplies + internal;
        }
    }

    /** Letters newly stored, over every folder. */
    public int recorded() {
        return folders.stream().mapToInt(Folder::recorded).sum();
    }

    public int duplicates() {
        return folders.stream().mapToInt(Folder::duplicates).sum();
    }

    public int quarantined() {
        return folders.stream().mapToInt(Folder::quarantined).sum();
    }

    public int inquiries() {
        return folders.stream().mapToInt(Folder::inquiries).sum();
    }

    public int interactions() {
        return folders.stream().mapToInt(Folder::interactions).sum();
    }

    public int autoReplies() {
        return folders.stream().mapToInt(Folder::autoReplies).sum();
    }

    public int internal() {
        return folders.stream().mapToInt(Folder::internal).sum();
    }

    /** Whether every folder was read to the end. */
    public boolean complete() {
        return folders.stream().allMatch(f -> f.error() == null);
    }
}
