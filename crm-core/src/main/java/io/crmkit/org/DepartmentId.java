package io.crmkit.org;

import io.crmkit.internal.Check;

/** The id of a department. Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record DepartmentId(String value) implements Comparable<DepartmentId> {
    public DepartmentId {
        Check.id("departmentId", value);
    }

    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public int compareTo(DepartmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
