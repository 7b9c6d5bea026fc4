package io.crmkit.inquiry;

import io.crmkit.catalog.InteractionType;

/** How an inquiry came in, and the interaction type it is recorded as. */
public enum Channel {
    PHONE(InteractionType.INCOMING_CALL),
    EMAIL(InteractionType.INCOMING_LETTER),
    WEB(InteractionType.INCOMING_LETTER),
    IN_PERSON(InteractionType.MEETING);

    private final String interactionType;

    Channel(String interactionType) {
        this.interactionType = interactionType;
    }

    /** The code of the interaction type an inquiry of this channel is recorded as. */
    public String interactionType() {
        return interactionType;
    }
}
