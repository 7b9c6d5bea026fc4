package io.crmkit.event;

import io.crmkit.client.ClientId;
import io.crmkit.inquiry.InquiryId;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;
import io.crmkit.org.ManagerId;
import java.time.Instant;

/**
 * Something that happened in the CRM. Every state change publishes one through the
 * {@link EventPublisher} port after the change is stored (within the same transaction).
 */
public sealed interface DomainEvent {
    /** When it happened, from the injected clock or the caller's moment. */
    Instant at();

    record ClientCreated(ClientId client, ManagerId manager, Instant at) implements DomainEvent {
    }

    /**
     * A stored client changed: {@code what} is {@code contacts}, {@code portrait}, {@code contactInfo},
     * {@code name} or {@code manager}.
     */
    record ClientChanged(ClientId client, String what, Instant at) implements DomainEvent {
    }

    record InterestOpened(InterestId interest, ClientId client, String stage, ManagerId by, Instant at) implements DomainEvent {
    }

    record StageChanged(InterestId interest, String from, String to, ManagerId by, Instant at) implements DomainEvent {
    }

    record InterestSuspended(InterestId interest, ManagerId by, Instant at) implements DomainEvent {
    }

    record InterestResumed(InterestId interest, ManagerId by, Instant at) implements DomainEvent {
    }

    record InterestWon(InterestId interest, String stage, ManagerId by, Instant at) implements DomainEvent {
    }

    record InterestLost(InterestId interest, String stage, String reason, ManagerId by, Instant at) implements DomainEvent {
    }

    /** An interest's {@code amount}, {@code expectedClose} or {@code manager} changed. */
    record InterestChanged(InterestId interest, String what, ManagerId by, Instant at) implements DomainEvent {
    }

    record InterestReopened(InterestId interest, ManagerId by, Instant at) implements DomainEvent {
    }

    record InteractionPlanned(InteractionId interaction, ClientId client, ManagerId manager, Instant at) implements DomainEvent {
    }

    record InteractionRescheduled(InteractionId interaction, Instant start, Instant end, Instant at) implements DomainEvent {
    }

    record InteractionCompleted(InteractionId interaction, ClientId client, ManagerId manager, Instant at) implements DomainEvent {
    }

    record InteractionCancelled(InteractionId interaction, Instant at) implements DomainEvent {
    }

    record InquiryAccepted(InquiryId inquiry, ClientId client, InterestId interest, InteractionId interaction,
                           boolean newClient, boolean newInterest, Instant at) implements DomainEvent {
    }

    record InquiryRegistered(InquiryId inquiry, ManagerId manager, Instant at) implements DomainEvent {
    }
}
