package io.crmkit.event;

import java.util.ArrayList;
import java.util.List;

/** An {@link EventPublisher} that keeps every event in memory, for hosts' tests and the demo. Thread-safe. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(event);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        events.clear();
    }
}
