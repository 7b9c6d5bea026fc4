package io.crmkit.event;

/**
 * Port through which crmkit announces every state change. A host may forward events to a bus,
 * an outbox table or listeners; {@link #none()} drops them.
 */
@FunctionalInterface
public interface EventPublisher {
    void publish(DomainEvent event);

    static EventPublisher none() {
        return e -> { };
    }
}
