package io.crmkit.interaction;

import io.crmkit.internal.Check;

/** The id of an interaction (call, meeting, letter, task). Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record InteractionId(String value) implements Comparable<InteractionId> {
    public InteractionId {
        Check.id("interactionId", value);
    }

    public static InteractionId of(String value) {
        return new InteractionId(value);
    }

    @Override
    public int compareTo(InteractionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
