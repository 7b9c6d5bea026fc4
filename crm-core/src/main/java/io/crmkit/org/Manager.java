package io.crmkit.org;

import io.crmkit.client.Email;
import io.crmkit.internal.Check;

/**
 * An employee who works with clients: a name, an e-mail, a department and whether they are still active.
 *
 * @param version the optimistic-locking version; 0 for a manager never stored
 */
public record Manager(ManagerId id, String name, Email email, DepartmentId department, boolean active, long version) {
    public Manager {
        Check.notNull("manager.id", id);
        name = Check.name("manager.name", name);
        Check.notNull("manager.department", department);
    }

    public static Manager of(ManagerId id, String name, Email email, DepartmentId department) {
        return new Manager(id, name, email, department, true, 0);
    }

    public Manager deactivated() {
        return new Manager(id, name, email, department, false, version);
    }

    public Manager movedTo(DepartmentId newDepartment) {
        return new Manager(id, name, email, newDepartment, active, version);
    }

    public Manager withVersion(long v) {
        return new Manager(id, name, email, department, active, v);
    }
}
