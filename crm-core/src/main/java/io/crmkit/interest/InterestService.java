package io.crmkit.interest;

import io.crmkit.InvalidInputException;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.event.DomainEvent;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import io.crmkit.money.Money;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Interests and their way through the sales funnel. Reach it with {@code crm.interests()}.
 *
 * <p>Every transition takes the acting manager ({@code by}) and happens at the clock's now. Each
 * has an overload taking the version the caller last saw: when the interest changed since,
 * it fails with {@link io.crmkit.ConflictException} and changes nothing.
 */
public final class InterestService {
    /** Pass as {@code expectedVersion} to skip the stale-version check. */
    public static final long ANY_VERSION = -1;
    private final CrmContext ctx;

    public InterestService(CrmContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Opens an interest of a client.
     *
     * @throws InvalidInputException for an unknown funnel or stage, or a contact not of the client
     * @throws io.crmkit.NotFoundException for an unknown client or manager
     */
    public Interest open(NewInterest n, ManagerId by) {
        Check.notNull("interest", n);
        SalesFunnel funnel = n.funnel() == null ? ctx.settings().defaultFunnel() : ctx.settings().funnel("interest.funnel", n.funnel());
        String stage = n.stage() == null ? funnel.first().code() : n.stage();
        funnel.stage("interest.stage", stage);
        return ctx.tx(() -> {
            Client client = ctx.client("interest.client", n.client());
            if (n.contact() != null) {
                client.contact(n.contact());
            }
            ManagerId manager = n.manager() == null ? client.manager() : n.manager();
            ctx.manager("interest.manager", manager);
            if (by != null) {
                ctx.manager("by", by);
            }
            InterestId id = n.id() != null ? n.id() : InterestId.of(ctx.newId("interest"));
            Instant now = ctx.now();
            Interest saved = ctx.storage().interests().save(Interest.open(id, client.id(), n.contact(), manager, funnel,
                    stage, n.amount(), n.expectedClose(), n.source(), now, by));
            ctx.publish(new DomainEvent.InterestOpened(saved.id(), saved.client(), stage, by, now));
            return saved;
        });
    }

    /**
     * Moves an interest to any stage of its funnel.
     *
     * @throws InvalidInputException when the stage is not in the interest's funnel
     * @throws io.crmkit.InvalidStateException when the interest is not ACTIVE or already at that stage
     */
    public Interest moveTo(InterestId id, String stage, ManagerId by) {
        return moveTo(id, ANY_VERSION, stage, by);
    }

    /** As {@link #moveTo(InterestId, String, ManagerId)}, failing with a conflict when the interest changed since {@code expectedVersion}. */
    public Interest moveTo(InterestId id, long expectedVersion, String stage, ManagerId by) {
        Check.id("stage", stage);
        return change(id, expectedVersion, by, (i, now) -> i.moveTo(ctx.settings().funnel("interest.funnel", i.funnel()), stage, by, now),
                (i, now) -> new DomainEvent.StageChanged(id, i.currentStage(), stage, by, now));
    }

    /** Moves an ACTIVE interest to the next stage of its funnel. */
    public Interest advance(InterestId id, ManagerId by) {
        Interest i = get(id);
        SalesFunnel f = ctx.settings().funnel("interest.funnel", i.funnel());
        int k = f.indexOf(i.currentStage());
        if (k + 1 >= f.stages().size()) {
            throw new io.crmkit.InvalidStateException("stage", i.currentStage(), "is the last stage of funnel " + f.code());
        }
        return moveTo(id, i.version(), f.stages().get(k + 1).code(), by);
    }

    /** Pauses an ACTIVE interest. */
    public Interest suspend(InterestId id, ManagerId by) {
        return suspend(id, ANY_VERSION, by);
    }

    public Interest suspend(InterestId id, long expectedVersion, ManagerId by) {
        return change(id, expectedVersion, by, (i, now) -> i.suspend(now),
                (i, now) -> new DomainEvent.InterestSuspended(id, by, now));
    }

    /** Makes a SUSPENDED interest ACTIVE again. */
    public Interest resume(InterestId id, ManagerId by) {
        return resume(id, ANY_VERSION, by);
    }

    public Interest resume(InterestId id, long expectedVersion, ManagerId by) {
        return change(id, expectedVersion, by, (i, now) -> i.resume(now),
                (i, now) -> new DomainEvent.InterestResumed(id, by, now));
    }

    /** Closes an interest as won at its current stage. */
    public Interest win(InterestId id, ManagerId by) {
        return win(id, ANY_VERSION, by);
    }

    public Interest win(InterestId id, long expectedVersion, ManagerId by) {
        return change(id, expectedVersion, by, (i, now) -> i.win(now),
                (i, now) -> new DomainEvent.InterestWon(id, i.currentStage(), by, now));
    }

    /**
     * Closes an interest as lost, with a reason from the configured list.
     *
     * @throws InvalidInputException when the reason is blank or not configured
     */
    public Interest lose(InterestId id, String reason, ManagerId by) {
        return lose(id, ANY_VERSION, reason, by);
    }

    public Interest lose(InterestId id, long expectedVersion, String reason, ManagerId by) {
        String r = ctx.settings().lossReason("lossReason", reason);
        return change(id, expectedVersion, by, (i, now) -> i.lose(r, now),
                (i, now) -> new DomainEvent.InterestLost(id, i.currentStage(), r, by, now));
    }

    /** Reopens a WON or LOST interest at the stage where it was closed. */
    public Interest reopen(InterestId id, ManagerId by) {
        return reopen(id, ANY_VERSION, by);
    }

    public Interest reopen(InterestId id, long expectedVersion, ManagerId by) {
        return change(id, expectedVersion, by, (i, now) -> i.reopen(now),
                (i, now) -> new DomainEvent.InterestReopened(id, by, now));
    }

    /** Sets or (with {@code null}) clears the amount. */
    public Interest setAmount(InterestId id, Money amount, ManagerId by) {
        return change(id, ANY_VERSION, by, (i, now) -> i.withAmount(amount),
                (i, now) -> new DomainEvent.InterestChanged(id, "amount", by, now));
    }

    /** Sets or clears the expected close date. */
    public Interest setExpectedClose(InterestId id, LocalDate date, ManagerId by) {
        return change(id, ANY_VERSION, by, (i, now) -> i.withExpectedClose(date),
                (i, now) -> new DomainEvent.InterestChanged(id, "expectedClose", by, now));
    }

    /** Hands an interest to another manager. */
    public Interest reassign(InterestId id, ManagerId manager, ManagerId by) {
        return change(id, ANY_VERSION, by, (i, now) -> {
            ctx.manager("manager", manager);
            return i.assignTo(manager);
        }, (i, now) -> new DomainEvent.InterestChanged(id, "manager", by, now));
    }

    /** @throws io.crmkit.NotFoundException for an unknown id */
    public Interest get(InterestId id) {
        return ctx.interest("interest", id);
    }

    /**
     * An interest, only when its responsible manager is in {@code scope}.
     *
     * @throws io.crmkit.NotFoundException for an unknown id or an interest outside the scope
     */
    public Interest get(InterestId id, Scope scope) {
        Interest i = get(id);
        if (!ctx.resolve(scope).contains(i.manager())) {
            throw new io.crmkit.NotFoundException("interest", id);
        }
        return i;
    }

    /** Every interest of a client, whoever manages it, by id. */
    public List<Interest> ofClient(ClientId client) {
        ctx.client("client", client);
        return ctx.storage().interests().ofClient(client);
    }

    /** ACTIVE interests in scope, by id. */
    public List<Interest> activeIn(Scope scope) {
        return ctx.storage().interests().activeInScope(ctx.resolve(scope));
    }

    /** Every interest in scope, by id. */
    public List<Interest> inScope(Scope scope) {
        return ctx.storage().interests().inScope(ctx.resolve(scope));
    }

    @FunctionalInterface
    private interface Transition {
        Interest apply(Interest current, Instant now);
    }

    @FunctionalInterface
    private interface Announcement {
        DomainEvent of(Interest before, Instant now);
    }

    private Interest change(InterestId id, long expectedVersion, ManagerId by, Transition t, Announcement event) {
        Check.notNull("interest", id);
        return ctx.tx(() -> {
            if (by != null) {
                ctx.manager("by", by);
            }
            Interest current = get(id);
            CrmContext.expectVersion("interest.version", id, expectedVersion, current.version());
            Instant now = ctx.now();
            Interest saved = ctx.storage().interests().save(t.apply(current, now));
            if (event != null) {
                ctx.publish(event.of(current, now));
            }
            return saved;
        });
    }
}
