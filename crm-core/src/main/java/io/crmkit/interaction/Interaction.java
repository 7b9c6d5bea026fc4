package io.crmkit.interaction;

import io.crmkit.InvalidStateException;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.mail.LetterId;
import io.crmkit.org.ManagerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A call, meeting, letter or task with a client, planned or done. Immutable: {@link #reschedule},
 * {@link #complete} and {@link #cancel} return a new interaction with the same version.
 *
 * <p>An interaction is <em>overdue</em> at moment T when it is {@code PLANNED} and its planned end
 * (the due moment) is before T; that is computed from a clock, never stored. An interaction
 * recorded as done without a plan has planned start = planned end = completed-at.
 */
public final class Interaction {
    private final InteractionId id;
    private final String type;
    private final ClientId client;
    private final ContactId contact;
    private final InterestId interest;
    private final ManagerId manager;
    private final String subject;
    private final String description;
    private final Instant plannedStart;
    private final Instant plannedEnd;
    private final InteractionStatus status;
    private final Instant completedAt;
    private final String result;
    private final Importance importance;
    private final LetterId letter;
    private final long version;

    private Interaction(InteractionId id, String type, ClientId client, ContactId contact, InterestId interest,
                        ManagerId manager, String subject, String description, Instant plannedStart, Instant plannedEnd,
                        InteractionStatus status, Instant completedAt, String result, Importance importance,
                        LetterId letter, long version) {
        this.id = Check.notNull("interaction.id", id);
        this.type = Check.id("interaction.type", type);
        this.client = Check.notNull("interaction.client", client);
        this.contact = contact;
        this.interest = interest;
        this.manager = Check.notNull("interaction.manager", manager);
        this.subject = Check.optionalName("interaction.subject", subject, 1000);
        this.description = Check.optionalText("interaction.description", description);
        this.plannedStart = Check.notNull("interaction.plannedStart", plannedStart);
        this.plannedEnd = Check.notNull("interaction.plannedEnd", plannedEnd);
        Check.order("interaction.plannedEnd", plannedStart, plannedEnd);
        this.status = Check.notNull("interaction.status", status);
        if (status == InteractionStatus.COMPLETED && completedAt == null) {
            throw new io.crmkit.InvalidInputException("interaction.completedAt", null, "a COMPLETED interaction needs completedAt");
        }
        if (status != InteractionStatus.COMPLETED && completedAt != null) {
            throw new io.crmkit.InvalidInputException("interaction.completedAt", completedAt, "only a COMPLETED interaction has completedAt");
        }
        this.completedAt = completedAt;
        this.result = Check.optionalText("interaction.result", result);
        this.importance = importance == null ? Importance.NORMAL : importance;
        this.letter = letter;
        this.version = version;
    }

    /** A new planned interaction. */
    public static Interaction plan(InteractionId id, String type, ClientId client, ContactId contact, InterestId interest,
                                   ManagerId manager, String subject, String description, Instant plannedStart,
                                   Instant plannedEnd, Importance importance) {
        return new Interaction(id, type, client, contact, interest, manager, subject, description, plannedStart,
                plannedEnd, InteractionStatus.PLANNED, null, null, importance, null, 0);
    }

    /** A new interaction recorded as done without a plan: planned start = planned end = completed-at = {@code at}. */
    public static Interaction recordDone(InteractionId id, String type, ClientId client, ContactId contact,
                                         InterestId interest, ManagerId manager, String subject, String description,
                                         Instant at, String result, LetterId letter) {
        Check.notNull("at", at);
        return new Interaction(id, type, client, contact, interest, manager, subject, description, at, at,
                InteractionStatus.COMPLETED, at, result, Importance.NORMAL, letter, 0);
    }

    /** Rebuilds a stored interaction (for storage adapters and importers); checks every invariant. */
    public static Interaction restore(InteractionId id, String type, ClientId client, ContactId contact,
                                      InterestId interest, ManagerId manager, String subject, String description,
                                      Instant plannedStart, Instant plannedEnd, InteractionStatus status,
                                      Instant completedAt, String result, Importance importance, LetterId letter,
                                      long version) {
        return new Interaction(id, type, client, contact, interest, manager, subject, description, plannedStart,
                plannedEnd, status, completedAt, result, importance, letter, version);
    }

    /** Moves a planned interaction to a new interval. */
    public Interaction reschedule(Instant start, Instant end) {
        requirePlanned("reschedule");
        return new Interaction(id, type, client, contact, interest, manager, subject, description, start, end, status,
                null, result, importance, letter, version);
    }

    /** Marks a planned interaction done at {@code at} with a result. */
    public Interaction complete(String withResult, Instant at) {
        requirePlanned("complete");
        return new Interaction(id, type, client, contact, interest, manager, subject, description, plannedStart,
                plannedEnd, InteractionStatus.COMPLETED, Check.notNull("at", at), withResult, importance, letter, version);
    }

    /** Cancels a planned interaction; the reason, if any, is kept as the result. */
    public Interaction cancel(String reason) {
        requirePlanned("cancel");
        return new Interaction(id, type, client, contact, interest, manager, subject, description, plannedStart,
                plannedEnd, InteractionStatus.CANCELLED, null, reason, importance, letter, version);
    }

    public Interaction linkTo(InterestId newInterest) {
        return new Interaction(id, type, client, contact, newInterest, manager, subject, description, plannedStart,
                plannedEnd, status, completedAt, result, importance, letter, version);
    }

    public Interaction assignTo(ManagerId newManager) {
        return new Interaction(id, type, client, contact, interest, newManager, subject, description, plannedStart,
                plannedEnd, status, completedAt, result, importance, letter, version);
    }

    public Interaction withLetter(LetterId newLetter) {
        return new Interaction(id, type, client, contact, interest, manager, subject, description, plannedStart,
                plannedEnd, status, completedAt, result, importance, newLetter, version);
    }

    /** The same interaction carrying another version; used by repositories only. */
    public Interaction withVersion(long newVersion) {
        return new Interaction(id, type, client, contact, interest, manager, subject, description, plannedStart,
                plannedEnd, status, completedAt, result, importance, letter, newVersion);
    }

    private void requirePlanned(String action) {
        if (status != InteractionStatus.PLANNED) {
            throw new InvalidStateException("status", status, "cannot " + action + " interaction " + id + ": it is " + status);
        }
    }

    /** PLANNED and due (planned end) strictly before {@code now}. */
    public boolean isOverdue(Instant now) {
        return status == InteractionStatus.PLANNED && plannedEnd.isBefore(now);
    }

    /** The planned duration. */
    public Duration plannedDuration() {
        return Duration.between(plannedStart, plannedEnd);
    }

    public InteractionId id() {
        return id;
    }

    /** The code of the interaction type in the catalog. */
    public String type() {
        return type;
    }

    public ClientId client() {
        return client;
    }

    public ContactId contact() {
        return contact;
    }

    public InterestId interest() {
        return interest;
    }

    public ManagerId manager() {
        return manager;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public Instant plannedStart() {
        return plannedStart;
    }

    /** The due moment. */
    public Instant plannedEnd() {
        return plannedEnd;
    }

    public InteractionStatus status() {
        return status;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String result() {
        return result;
    }

    public Importance importance() {
        return importance;
    }

    /** The letter a letter interaction records, or {@code null}. */
    public LetterId letter() {
        return letter;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interaction x && id.equals(x.id) && type.equals(x.type) && client.equals(x.client)
                && Objects.equals(contact, x.contact) && Objects.equals(interest, x.interest)
                && manager.equals(x.manager) && Objects.equals(subject, x.subject)
                && Objects.equals(description, x.description) && plannedStart.equals(x.plannedStart)
                && plannedEnd.equals(x.plannedEnd) && status == x.status && Objects.equals(completedAt, x.completedAt)
                && Objects.equals(result, x.result) && importance == x.importance && Objects.equals(letter, x.letter)
                && version == x.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Interaction[" + id + ", " + type + ", " + status + "]";
    }
}
