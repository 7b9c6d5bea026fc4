package io.crmkit.mail;

/**
 * Hears what an {@link OutboxRelay} does, letter by letter, after each outcome is committed. Use it
 * to alert someone when a letter is given up. Methods run on the relay's thread.
 */
public interface RelayListener {
    /** The letter was handed to the SMTP server and recorded. */
    default void sent(OutgoingLetter letter) {
    }

    /** A send failed; the letter is PENDING again with its next attempt at {@code letter.nextAttemptAt()}. */
    default void willRetry(OutgoingLetter letter) {
    }

    /** The relay gave the letter up: it is FAILED, with the reason in {@code letter.lastError()}. */
    default void gaveUp(OutgoingLetter letter) {
    }

    /** Listens to nothing. */
    static RelayListener none() {
        return new RelayListener() {
        };
    }
}
