package io.crmkit.reports;

/** A traffic-light colour of manager control, most severe first. */
public enum Colour {
    /** Needs fixing now. */
    RED,
    /** A problem, not critical. */
    YELLOW,
    /** All is well. */
    GREEN
}
