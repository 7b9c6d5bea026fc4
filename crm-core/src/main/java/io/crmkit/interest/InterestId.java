package io.crmkit.interest;

import io.crmkit.internal.Check;

/** The id of an interest (a lead or opportunity). Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record InterestId(String value) implements Comparable<InterestId> {
    public InterestId {
        Check.id("interestId", value);
    }

    public static InterestId of(String value) {
        return new InterestId(value);
    }

    @Override
    public int compareTo(InterestId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
