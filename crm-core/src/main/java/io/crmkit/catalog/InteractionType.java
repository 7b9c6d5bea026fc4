package io.crmkit.catalog;

import io.crmkit.internal.Check;

/**
 * An entry of the host-configurable interaction type catalog: a code such as {@code OUTGOING_CALL},
 * its direction and the automotivator points one interaction of it is worth.
 */
public record InteractionType(String code, Direction direction, int points) {
    public static final String OUTGOING_CALL = "OUTGOING_CALL";
    public static final String INCOMING_CALL = "INCOMING_CALL";
    public static final String MEETING = "MEETING";
    public static final String OUTGOING_LETTER = "OUTGOING_LETTER";
    public static final String INCOMING_LETTER = "INCOMING_LETTER";
    public static final String TASK = "TASK";

    public InteractionType {
        Check.id("interactionType.code", code);
        Check.notNull("interactionType.direction", direction);
        Check.range("interactionType.points", points, 0, 1_000_000);
    }
}
