package io.crmkit.interest;

/** Where an interest stands: worked on, paused, or closed as won or lost. Only ACTIVE interests are "active". */
public enum InterestStatus {
    ACTIVE, SUSPENDED, WON, LOST;

    public boolean closed() {
        return this == WON || this == LOST;
    }
}
