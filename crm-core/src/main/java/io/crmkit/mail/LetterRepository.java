package io.crmkit.mail;

import io.crmkit.client.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage port for letters, mailbox checkpoints and quarantined messages. */
public interface LetterRepository {
    /**
     * Stores a new letter unless one with the same Message-ID exists.
     *
     * @return true when stored, false when a letter with this Message-ID was already there
     */
    boolean insertIfAbsent(Letter letter);

    /** Replaces a stored letter (e.g. to link it to a client). */
    void update(Letter letter);

    Optional<Letter> find(LetterId id);

    Optional<Letter> findByMessageId(String messageId);

    /** Letters of a client, by sent-at then id. */
    List<Letter> ofClient(ClientId client);

    /** The checkpoint of a mailbox folder, if it was polled before. */
    Optional<MailCheckpoint> checkpoint(String mailbox, String folder);

    void saveCheckpoint(MailCheckpoint checkpoint);

    /** Keeps a message that could not be read, with the reason, so the batch can go on. Idempotent per mailbox, folder and UID. */
    void quarantine(QuarantinedMessage message);

    List<QuarantinedMessage> quarantined();

    /** A quarantined message that could not be read: where it was, why, and when. */
    record QuarantinedMessage(String mailbox, String folder, long uidValidity, long uid, String reason, Instant at) {
    }
}
