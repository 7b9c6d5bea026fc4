package io.crmkit.org;

import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;

/**
 * A unit of managers with an optional parent department, an optional head and a daily norm of
 * automotivator points. Immutable; {@code with…} methods return a changed copy that keeps the version.
 *
 * @param version the optimistic-locking version; 0 for a department never stored
 */
public record Department(DepartmentId id, String name, DepartmentId parent, ManagerId head, int dailyNormPoints,
                         long version) {
    public Department {
        Check.notNull("department.id", id);
        name = Check.name("department.name", name);
        Check.range("department.dailyNormPoints", dailyNormPoints, 0, 1_000_000);
        if (id.equals(parent)) {
            throw new InvalidInputException("department.parent", parent, "a department cannot be its own parent");
        }
    }

    public static Department of(DepartmentId id, String name, DepartmentId parent, ManagerId head, int dailyNormPoints) {
        return new Department(id, name, parent, head, dailyNormPoints, 0);
    }

    public Department withHead(ManagerId newHead) {
        return new Department(id, name, parent, newHead, dailyNormPoints, version);
    }

    public Department withDailyNormPoints(int points) {
        return new Department(id, name, parent, head, points, version);
    }

    public Department withParent(DepartmentId newParent) {
        return new Department(id, name, newParent, head, dailyNormPoints, version);
    }

    public Department withVersion(long v) {
        return new Department(id, name, parent, head, dailyNormPoints, v);
    }
}
