package io.crmkit.interaction;

import io.crmkit.InvalidInputException;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.event.DomainEvent;
import io.crmkit.interest.Interest;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import io.crmkit.mail.LetterId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.time.Instant;
import java.util.List;

/** Calls, meetings, letters and tasks: planned, rescheduled, completed, cancelled. Reach it with {@code crm.interactions()}. */
public final class InteractionService {
    private final CrmContext ctx;

    public InteractionService(CrmContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Plans an interaction.
     *
     * @throws InvalidInputException for an unknown type, an end before the start, a contact not of
     *         the client, or an interest of another client
     * @throws io.crmkit.NotFoundException for an unknown client, interest or manager
     */
    public Interaction plan(NewInteraction n) {
        Check.notNull("interaction", n);
        ctx.settings().interactionType("interaction.type", n.type());
        Check.notNull("interaction.start", n.start());
        Check.notNull("interaction.end", n.end());
        Check.order("interaction.end", n.start(), n.end());
        return ctx.tx(() -> {
            ManagerId manager = checkLinks(n.client(), n.contact(), n.interest(), n.manager());
            InteractionId id = n.id() != null ? n.id() : InteractionId.of(ctx.newId("interaction"));
            Interaction saved = ctx.storage().interactions().save(Interaction.plan(id, n.type(), n.client(), n.contact(),
                    n.interest(), manager, n.subject(), n.description(), n.start(), n.end(), n.importance()));
            ctx.publish(new DomainEvent.InteractionPlanned(saved.id(), saved.client(), saved.manager(), ctx.now()));
            return saved;
        });
    }

    /**
     * Records an interaction done now without a plan (planned start = end = completed-at = now).
     *
     * @param letter the letter it records, or {@code null}
     */
    public Interaction recordDone(String type, ClientId client, io.crmkit.client.ContactId contact,
                                  io.crmkit.interest.InterestId interest, ManagerId manager, String subject,
                                  String result, LetterId letter) {
        ctx.settings().interactionType("interaction.type", type);
        return ctx.tx(() -> {
            ManagerId m = checkLinks(client, contact, interest, manager);
            Instant now = ctx.now();
            Interaction saved = ctx.storage().interactions().save(Interaction.recordDone(
                    InteractionId.of(ctx.newId("interaction")), type, client, contact, interest, m, subject, null, now,
                    result, letter));
            ctx.publish(new DomainEvent.InteractionCompleted(saved.id(), saved.client(), saved.manager(), now));
            return saved;
        });
    }

    /**
     * Moves a planned interaction to a new interval.
     *
     * @throws InvalidInputException when the end is before the start
     * @throws io.crmkit.InvalidStateException when it is not PLANNED
     */
    public Interaction reschedule(InteractionId id, Instant start, Instant end) {
        Check.notNull("start", start);
        Check.notNull("end", end);
        Check.order("end", start, end);
        return ctx.tx(() -> {
            Interaction saved = ctx.storage().interactions().save(get(id).reschedule(start, end));
            ctx.publish(new DomainEvent.InteractionRescheduled(id, start, end, ctx.now()));
            return saved;
        });
    }

    /**
     * Marks a planned interaction done now, with a result.
     *
     * @throws io.crmkit.InvalidStateException when it is COMPLETED or CANCELLED
     */
    public Interaction complete(InteractionId id, String result) {
        Check.optionalText("result", result);
        return ctx.tx(() -> {
            Instant now = ctx.now();
            Interaction saved = ctx.storage().interactions().save(get(id).complete(result, now));
            ctx.publish(new DomainEvent.InteractionCompleted(id, saved.client(), saved.manager(), now));
            return saved;
        });
    }

    /**
     * Cancels a planned interaction.
     *
     * @throws io.crmkit.InvalidStateException when it is COMPLETED or CANCELLED
     */
    public Interaction cancel(InteractionId id, String reason) {
        Check.optionalText("reason", reason);
        return ctx.tx(() -> {
            Interaction saved = ctx.storage().interactions().save(get(id).cancel(reason));
            ctx.publish(new DomainEvent.InteractionCancelled(id, ctx.now()));
            return saved;
        });
    }

    /** @throws io.crmkit.NotFoundException for an unknown id */
    public Interaction get(InteractionId id) {
        return ctx.interaction("interaction", id);
    }

    /**
     * An interaction, only when its responsible manager is in {@code scope}.
     *
     * @throws io.crmkit.NotFoundException for an unknown id or an interaction outside the scope
     */
    public Interaction get(InteractionId id, Scope scope) {
        Interaction x = get(id);
        if (!ctx.resolve(scope).contains(x.manager())) {
            throw new io.crmkit.NotFoundException("interaction", id);
        }
        return x;
    }

    /** Every interaction of a client, by planned start then id. */
    public List<Interaction> ofClient(ClientId client) {
        ctx.client("client", client);
        return ctx.storage().interactions().ofClient(client);
    }

    /** Interactions in scope overdue now, by planned start then id. */
    public List<Interaction> overdue(Scope scope) {
        Instant now = ctx.now();
        return ctx.storage().interactions().plannedInScope(ctx.resolve(scope)).stream().filter(x -> x.isOverdue(now)).toList();
    }

    /** PLANNED interactions in scope, by planned start then id. */
    public List<Interaction> planned(Scope scope) {
        return ctx.storage().interactions().plannedInScope(ctx.resolve(scope));
    }

    private ManagerId checkLinks(ClientId clientId, io.crmkit.client.ContactId contact,
                                 io.crmkit.interest.InterestId interestId, ManagerId manager) {
        Client client = ctx.client("interaction.client", clientId);
        if (contact != null) {
            client.contact(contact);
        }
        if (interestId != null) {
            Interest interest = ctx.interest("interaction.interest", interestId);
            if (!interest.client().equals(clientId)) {
                throw new InvalidInputException("interaction.interest", interestId, "belongs to client " + interest.client()
                        + ", not " + clientId);
            }
        }
        ManagerId m = manager == null ? client.manager() : manager;
        ctx.manager("interaction.manager", m);
        return m;
    }
}
