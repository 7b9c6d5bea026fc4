package io.crmkit.org;

import io.crmkit.internal.Check;

/**
 * Whose records a query or report covers: one manager's own, a department's (with its
 * sub-departments), or the whole company. A client, interest or interaction is in a scope when
 * its responsible manager is. Every query and report of crmkit takes one, and nothing outside it
 * is ever returned.
 */
public sealed interface Scope {
    /** One manager's own records. */
    record Own(ManagerId manager) implements Scope {
        public Own {
            Check.notNull("scope.manager", manager);
        }
    }

    /** The records of the managers of a department and of all departments below it. */
    record OfDepartment(DepartmentId department) implements Scope {
        public OfDepartment {
            Check.notNull("scope.department", department);
        }
    }

    /** Every record of the company. */
    record Company() implements Scope {
    }

    static Scope own(ManagerId manager) {
        return new Own(manager);
    }

    static Scope department(DepartmentId department) {
        return new OfDepartment(department);
    }

    static Scope company() {
        return new Company();
    }
}
