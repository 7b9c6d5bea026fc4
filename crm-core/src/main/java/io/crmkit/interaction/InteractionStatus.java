package io.crmkit.interaction;

/** Where an interaction stands. */
public enum InteractionStatus {
    PLANNED, COMPLETED, CANCELLED
}
