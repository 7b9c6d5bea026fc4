package io.crmkit.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage port for the outbox of letters to send. */
public interface Outbox {
    /** Adds a letter (within the caller's transaction). */
    void add(OutgoingLetter letter);

    /** Replaces a letter with the same id (after a send attempt). */
    void update(OutgoingLetter letter);

    Optional<OutgoingLetter> find(String id);

    /** PENDING letters whose next attempt is due at {@code now}, oldest first, at most {@code limit}. */
    List<OutgoingLetter> due(Instant now, int limit);

    /** Every letter, oldest first. */
    List<OutgoingLetter> all();
}
