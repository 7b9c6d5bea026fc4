package io.crmkit.org;

import io.crmkit.internal.Check;

/** The id of a manager. Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record ManagerId(String value) implements Comparable<ManagerId> {
    public ManagerId {
        Check.id("managerId", value);
    }

    public static ManagerId of(String value) {
        return new ManagerId(value);
    }

    @Override
    public int compareTo(ManagerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
