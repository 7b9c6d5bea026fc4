package io.crmkit.mail;

/**
 * Hears what a {@link MailPoller} does, message by message, after each is committed (for metrics,
 * notifications or tests). Methods run on the polling thread; an exception they throw stops the
 * poll of that folder, as a lost connection would, and the rest is read next time.
 */
public interface PollListener {
    /** A letter was stored and linked (committed). */
    default void recorded(Letter letter) {
    }

    /** A message could not be read and was quarantined (committed). */
    default void quarantined(String mailbox, String folder, long uid, String reason) {
    }

    /** Listens to nothing. */
    static PollListener none() {
        return new PollListener() {
        };
    }
}
