package io.crmkit.interest;

import io.crmkit.InvalidInputException;
import io.crmkit.InvalidStateException;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.internal.Check;
import io.crmkit.money.Money;
import io.crmkit.org.ManagerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A client's interest in the company's products (a lead or opportunity), moved through the stages
 * of one sales funnel. Immutable: every transition returns a new interest with the same version.
 *
 * <p>Transitions: {@link #moveTo} any stage of the funnel (forward, skipping, or back) while
 * {@code ACTIVE}; {@link #suspend} and {@link #resume}; {@link #win} and {@link #lose} (with a
 * reason), which are final until {@link #reopen}. Every stage entered is kept in the history with
 * when and by whom; an interest's creation moment is its first history entry.
 */
public final class Interest {
    private final InterestId id;
    private final ClientId client;
    private final ContactId contact;
    private final ManagerId manager;
    private final String funnel;
    private final InterestStatus status;
    private final Money amount;
    private final LocalDate expectedClose;
    private final String source;
    private final String lossReason;
    private final Instant closedAt;
    private final List<StageEntry> history;
    private final long version;

    private Interest(InterestId id, ClientId client, ContactId contact, ManagerId manager, String funnel,
                     InterestStatus status, Money amount, LocalDate expectedClose, String source, String lossReason,
                     Instant closedAt, List<StageEntry> history, long version) {
        this.id = Check.notNull("interest.id", id);
        this.client = Check.notNull("interest.client", client);
        this.contact = contact;
        this.manager = Check.notNull("interest.manager", manager);
        this.funnel = Check.id("interest.funnel", funnel);
        this.status = Check.notNull("interest.status", status);
        this.amount = amount;
        this.expectedClose = expectedClose;
        this.source = Check.optionalName("interest.source", source);
        this.history = Check.list("interest.history", history);
        if (this.history.isEmpty()) {
            throw new InvalidInputException("interest.history", "[]", "an interest needs at least its first stage");
        }
        for (int i = 1; i < this.history.size(); i++) {
            if (this.history.get(i).at().isBefore(this.history.get(i - 1).at())) {
                throw new InvalidInputException("interest.history[" + i + "].at", this.history.get(i).at(),
                        "history entries must be in time order");
            }
        }
        if (status.closed() && closedAt == null) {
            throw new InvalidInputException("interest.closedAt", null, "a " + status + " interest needs closedAt");
        }
        if (!status.closed() && closedAt != null) {
            throw new InvalidInputException("interest.closedAt", closedAt, "only a WON or LOST interest has closedAt");
        }
        if (closedAt != null && closedAt.isBefore(createdAt())) {
            throw new InvalidInputException("interest.closedAt", closedAt, "must not be before the interest was created");
        }
        if (status == InterestStatus.LOST && (lossReason == null || lossReason.isBlank())) {
            throw new InvalidInputException("interest.lossReason", lossReason, "a LOST interest needs a loss reason");
        }
        if (status != InterestStatus.LOST && lossReason != null) {
            throw new InvalidInputException("interest.lossReason", lossReason, "only a LOST interest has a loss reason");
        }
        this.lossReason = lossReason == null ? null : Check.name("interest.lossReason", lossReason);
        this.closedAt = closedAt;
        this.version = version;
    }

    /** Opens a new interest at a stage of its funnel (usually the first). */
    public static Interest open(InterestId id, ClientId client, ContactId contact, ManagerId manager, SalesFunnel funnel,
                                String stage, Money amount, LocalDate expectedClose, String source, Instant at, ManagerId by) {
        Check.notNull("interest.funnel", funnel);
        funnel.stage("interest.stage", stage);
        return new Interest(id, client, contact, manager, funnel.code(), InterestStatus.ACTIVE, amount, expectedClose,
                source, null, null, List.of(new StageEntry(stage, Check.notNull("at", at), by)), 0);
    }

    /** Rebuilds a stored interest (for storage adapters and importers); checks every invariant. */
    public static Interest restore(InterestId id, ClientId client, ContactId contact, ManagerId manager, String funnel,
                                   InterestStatus status, Money amount, LocalDate expectedClose, String source,
                                   String lossReason, Instant closedAt, List<StageEntry> history, long version) {
        return new Interest(id, client, contact, manager, funnel, status, amount, expectedClose, source, lossReason,
                closedAt, history, version);
    }

    /**
     * Moves the interest to any stage of its funnel, forward, skipping stages, or back.
     *
     * @throws InvalidInputException when the stage is not in the funnel or {@code at} is before the last change
     * @throws InvalidStateException when the interest is not ACTIVE or already at that stage
     */
    public Interest moveTo(SalesFunnel f, String stage, ManagerId by, Instant at) {
        checkFunnel(f);
        f.stage("stage", stage);
        requireStatus("move", InterestStatus.ACTIVE);
        if (stage.equals(currentStage())) {
            throw new InvalidStateException("stage", stage, "the interest " + id + " is already at this stage");
        }
        checkMoment(at);
        List<StageEntry> h = new ArrayList<>(history);
        h.add(new StageEntry(stage, at, by));
        return copy(status, lossReason, closedAt, h);
    }

    /** Pauses an ACTIVE interest. */
    public Interest suspend(Instant at) {
        requireStatus("suspend", InterestStatus.ACTIVE);
        checkMoment(at);
        return copy(InterestStatus.SUSPENDED, null, null, history);
    }

    /** Makes a SUSPENDED interest ACTIVE again. */
    public Interest resume(Instant at) {
        requireStatus("resume", InterestStatus.SUSPENDED);
        checkMoment(at);
        return copy(InterestStatus.ACTIVE, null, null, history);
    }

    /** Closes the interest as won at its current stage. */
    public Interest win(Instant at) {
        requireOpen("win");
        checkMoment(at);
        return copy(InterestStatus.WON, null, at, history);
    }

    /** Closes the interest as lost at its current stage; the reason must already be checked against the catalog. */
    public Interest lose(String reason, Instant at) {
        requireOpen("lose");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("lossReason", reason, "a loss needs a reason");
        }
        checkMoment(at);
        return copy(InterestStatus.LOST, reason, at, history);
    }

    /** Reopens a WON or LOST interest: ACTIVE again at the stage where it was closed. */
    public Interest reopen(Instant at) {
        if (!status.closed()) {
            throw new InvalidStateException("status", status, "only a WON or LOST interest can be reopened (interest " + id + ")");
        }
        Check.notNull("at", at);
        if (at.isBefore(closedAt)) {
            throw new InvalidInputException("at", at, "must not be before the interest was closed at " + closedAt);
        }
        return copy(InterestStatus.ACTIVE, null, null, history);
    }

    public Interest withAmount(Money newAmount) {
        return new Interest(id, client, contact, manager, funnel, status, newAmount, expectedClose, source, lossReason,
                closedAt, history, version);
    }

    public Interest withExpectedClose(LocalDate date) {
        return new Interest(id, client, contact, manager, funnel, status, amount, date, source, lossReason, closedAt,
                history, version);
    }

    public Interest assignTo(ManagerId newManager) {
        return new Interest(id, client, contact, newManager, funnel, status, amount, expectedClose, source, lossReason,
                closedAt, history, version);
    }

    /** The same interest carrying another version; used by repositories only. */
    public Interest withVersion(long newVersion) {
        return new Interest(id, client, contact, manager, funnel, status, amount, expectedClose, source, lossReason,
                closedAt, history, newVersion);
    }

    private Interest copy(InterestStatus s, String reason, Instant closed, List<StageEntry> h) {
        return new Interest(id, client, contact, manager, funnel, s, amount, expectedClose, source, reason, closed, h, version);
    }

    private void checkFunnel(SalesFunnel f) {
        Check.notNull("funnel", f);
        if (!f.code().equals(funnel)) {
            throw new InvalidInputException("funnel", f.code(), "interest " + id + " belongs to funnel " + funnel);
        }
    }

    private void requireStatus(String action, InterestStatus required) {
        if (status != required) {
            throw new InvalidStateException("status", status, "cannot " + action + " interest " + id + " unless it is " + required);
        }
    }

    private void requireOpen(String action) {
        if (status.closed()) {
            throw new InvalidStateException("status", status, "cannot " + action + " interest " + id + ": it is closed; reopen it first");
        }
    }

    private void checkMoment(Instant at) {
        Check.notNull("at", at);
        Instant last = lastChange();
        if (at.isBefore(last)) {
            throw new InvalidInputException("at", at, "must not be before the last change of interest " + id + " at " + last);
        }
    }

    /** The moment of the last stage change or closing. */
    public Instant lastChange() {
        Instant last = history.get(history.size() - 1).at();
        return closedAt != null && closedAt.isAfter(last) ? closedAt : last;
    }

    public InterestId id() {
        return id;
    }

    public ClientId client() {
        return client;
    }

    /** The contact at the client, or {@code null}. */
    public ContactId contact() {
        return contact;
    }

    public ManagerId manager() {
        return manager;
    }

    /** The code of the interest's funnel. */
    public String funnel() {
        return funnel;
    }

    public InterestStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == InterestStatus.ACTIVE;
    }

    /** The code of the current stage: the last history entry. */
    public String currentStage() {
        return history.get(history.size() - 1).stage();
    }

    /** The amount, or {@code null}. */
    public Money amount() {
        return amount;
    }

    public LocalDate expectedClose() {
        return expectedClose;
    }

    public String source() {
        return source;
    }

    /** The loss reason of a LOST interest, else {@code null}. */
    public String lossReason() {
        return lossReason;
    }

    /** When a WON or LOST interest was closed, else {@code null}. */
    public Instant closedAt() {
        return closedAt;
    }

    /** The creation moment: the first history entry. */
    public Instant createdAt() {
        return history.get(0).at();
    }

    public List<StageEntry> history() {
        return history;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interest i && id.equals(i.id) && client.equals(i.client) && Objects.equals(contact, i.contact)
                && manager.equals(i.manager) && funnel.equals(i.funnel) && status == i.status
                && Objects.equals(amount, i.amount) && Objects.equals(expectedClose, i.expectedClose)
                && Objects.equals(source, i.source) && Objects.equals(lossReason, i.lossReason)
                && Objects.equals(closedAt, i.closedAt) && history.equals(i.history) && version == i.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Interest[" + id + ", " + status + " at " + currentStage() + "]";
    }
}
