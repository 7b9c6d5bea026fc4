package io.crmkit.org;

import io.crmkit.AccessDeniedException;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.client.Email;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Departments and managers, and what each caller may see. Reach it with {@code crm.org()}. */
public final class OrgService {
    private final CrmContext ctx;

    public OrgService(CrmContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Adds a department.
     *
     * @param parent the parent department or {@code null} for a top-level one
     * @param dailyNormPoints the daily norm of automotivator points; {@code null} takes the settings' default
     * @throws InvalidInputException for a blank name or a negative norm
     * @throws NotFoundException for an unknown parent
     * @throws io.crmkit.ConflictException when the id is taken
     */
    public Department addDepartment(DepartmentId id, String name, DepartmentId parent, Integer dailyNormPoints) {
        Department d = Department.of(id, name, parent, null,
                dailyNormPoints == null ? ctx.settings().defaultNormPoints() : dailyNormPoints);
        return ctx.tx(() -> {
            if (parent != null && ctx.storage().departments().find(parent).isEmpty()) {
                throw new NotFoundException("department.parent", parent);
            }
            return ctx.storage().departments().save(d);
        });
    }

    /**
     * Makes a manager the head of a department.
     *
     * @throws NotFoundException for an unknown department or manager
     */
    public Department setHead(DepartmentId department, ManagerId head) {
        return ctx.tx(() -> {
            Department d = department(department);
            if (head != null) {
                ctx.manager("department.head", head);
            }
            return ctx.storage().departments().save(d.withHead(head));
        });
    }

    /** Changes a department's daily norm of points. */
    public Department setDailyNorm(DepartmentId department, int points) {
        Check.range("department.dailyNormPoints", points, 0, 1_000_000);
        return ctx.tx(() -> ctx.storage().departments().save(department(department).withDailyNormPoints(points)));
    }

    /**
     * Moves a department under another one (or to the top with {@code null}).
     *
     * @throws InvalidInputException when that would make a cycle
     */
    public Department moveDepartment(DepartmentId department, DepartmentId newParent) {
        return ctx.tx(() -> {
            Department d = department(department);
            if (newParent != null) {
                department(newParent);
                if (ctx.chart().departmentsUnder(department).contains(newParent)) {
                    throw new InvalidInputException("department.parent", newParent, "would put " + department + " below itself");
                }
            }
            return ctx.storage().departments().save(d.withParent(newParent));
        });
    }

    /**
     * Adds a manager to a department.
     *
     * @param email the manager's address, or {@code null}
     * @throws InvalidInputException for a blank name or malformed e-mail
     * @throws NotFoundException for an unknown department
     */
    public Manager addManager(ManagerId id, String name, String email, DepartmentId department) {
        Manager m = Manager.of(id, name, email == null ? null : Email.of("manager.email", email), department);
        return ctx.tx(() -> {
            department(department);
            return ctx.storage().managers().save(m);
        });
    }

    /** Marks a manager as no longer active; their records stay. */
    public Manager deactivate(ManagerId id) {
        return ctx.tx(() -> ctx.storage().managers().save(manager(id).deactivated()));
    }

    /** Moves a manager to another department. */
    public Manager moveManager(ManagerId id, DepartmentId department) {
        return ctx.tx(() -> {
            department(department);
            return ctx.storage().managers().save(manager(id).movedTo(department));
        });
    }

    /** @throws NotFoundException for an unknown id */
    public Department department(DepartmentId id) {
        Check.notNull("department", id);
        return ctx.storage().departments().find(id).orElseThrow(() -> new NotFoundException("department", id));
    }

    /** @throws NotFoundException for an unknown id */
    public Manager manager(ManagerId id) {
        return ctx.manager("manager", id);
    }

    public List<Department> departments() {
        return ctx.storage().departments().all();
    }

    public List<Manager> managers() {
        return ctx.storage().managers().all();
    }

    /** The managers a scope covers, sorted by id. */
    public Set<ManagerId> managersIn(Scope scope) {
        return ctx.resolve(scope).managers();
    }

    /** A current snapshot of the org chart. */
    public OrgChart chart() {
        return ctx.chart();
    }

    /** The widest scope a caller may view: company for a director, a department for its head, else their own. */
    public Scope widestScopeOf(ManagerId caller) {
        return ctx.chart().widestScopeOf(caller);
    }

    /**
     * Checks that a caller may view a scope and returns it.
     *
     * @throws AccessDeniedException when the scope reaches beyond what the caller heads
     */
    public Scope authorize(ManagerId caller, Scope scope) {
        Check.notNull("caller", caller);
        Check.notNull("scope", scope);
        OrgChart chart = ctx.chart();
        chart.managersIn(scope);
        if (!chart.mayView(caller, scope)) {
            throw new AccessDeniedException("scope", scope, "manager " + caller + " may not view it");
        }
        return scope;
    }

    /** Whether a department lies at or below another. */
    public boolean isWithin(DepartmentId department, DepartmentId ancestor) {
        return new HashSet<>(ctx.chart().departmentsUnder(ancestor)).contains(department);
    }
}
