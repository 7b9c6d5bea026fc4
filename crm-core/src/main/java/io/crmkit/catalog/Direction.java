package io.crmkit.catalog;

/** Which way an interaction goes: from the client to us, from us to the client, or neither (a meeting, a task). */
public enum Direction {
    IN, OUT, NONE
}
