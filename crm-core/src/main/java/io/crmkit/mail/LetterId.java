package io.crmkit.mail;

import io.crmkit.internal.Check;

/** The id of a stored letter. Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record LetterId(String value) implements Comparable<LetterId> {
    public LetterId {
        Check.id("letterId", value);
    }

    public static LetterId of(String value) {
        return new LetterId(value);
    }

    @Override
    public int compareTo(LetterId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
