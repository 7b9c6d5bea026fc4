package io.crmkit.interaction;

/** How important an interaction is. */
public enum Importance {
    LOW, NORMAL, HIGH
}
