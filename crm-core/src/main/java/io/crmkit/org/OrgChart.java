package io.crmkit.org;

import io.crmkit.NotFoundException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A snapshot of the departments and managers, answering the questions scopes need: which
 * departments lie below a department, which managers a scope covers, and what a caller may see.
 */
public final class OrgChart {
    private final Map<DepartmentId, Department> departments = new HashMap<>();
    private final Map<ManagerId, Manager> managers = new HashMap<>();
    private final Map<DepartmentId, List<DepartmentId>> children = new HashMap<>();

    public OrgChart(Collection<Department> departments, Collection<Manager> managers) {
        for (Department d : departments) {
            this.departments.put(d.id(), d);
        }
        for (Department d : departments) {
            if (d.parent() != null) {
                children.computeIfAbsent(d.parent(), k -> new java.util.ArrayList<>()).add(d.id());
            }
        }
        for (Manager m : managers) {
            this.managers.put(m.id(), m);
        }
    }

    public Optional<Department> department(DepartmentId id) {
        return Optional.ofNullable(departments.get(id));
    }

    public Optional<Manager> manager(ManagerId id) {
        return Optional.ofNullable(managers.get(id));
    }

    /** Every department, sorted by id. */
    public List<Department> departments() {
        return departments.values().stream().sorted(Comparator.comparing(Department::id)).toList();
    }

    /** Every manager, sorted by id. */
    public List<Manager> managers() {
        return managers.values().stream().sorted(Comparator.comparing(Manager::id)).toList();
    }

    /** The department and every department below it, sorted by id. Cycles are tolerated. */
    public Set<DepartmentId> departmentsUnder(DepartmentId root) {
        if (!departments.containsKey(root)) {
            throw new NotFoundException("scope.department", root);
        }
        Set<DepartmentId> out = new TreeSet<>();
        Deque<DepartmentId> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            DepartmentId d = todo.poll();
            if (out.add(d)) {
                todo.addAll(children.getOrDefault(d, List.of()));
            }
        }
        return out;
    }

    /** The managers a scope covers, sorted by id. Fails with {@link NotFoundException} for an unknown manager or department. */
    public Set<ManagerId> managersIn(Scope scope) {
        Set<ManagerId> out = new TreeSet<>();
        if (scope instanceof Scope.Own own) {
            if (!managers.containsKey(own.manager())) {
                throw new NotFoundException("scope.manager", own.manager());
            }
            out.add(own.manager());
        } else if (scope instanceof Scope.OfDepartment dep) {
            Set<DepartmentId> ds = departmentsUnder(dep.department());
            for (Manager m : managers.values()) {
                if (ds.contains(m.department())) {
                    out.add(m.id());
                }
            }
        } else {
            out.addAll(managers.keySet());
        }
        return out;
    }

    /** The department ids a scope covers, or empty for an own scope. */
    public Set<DepartmentId> departmentsIn(Scope scope) {
        if (scope instanceof Scope.OfDepartment dep) {
            return departmentsUnder(dep.department());
        }
        if (scope instanceof Scope.Company) {
            return new TreeSet<>(departments.keySet());
        }
        return Set.of();
    }

    /** The daily norm of a manager's department. */
    public int normOf(ManagerId manager) {
        Manager m = managers.get(manager);
        if (m == null) {
            throw new NotFoundException("manager", manager);
        }
        Department d = departments.get(m.department());
        return d == null ? 0 : d.dailyNormPoints();
    }

    /**
     * The widest scope a caller may view: the whole company for the head of every top-level
     * department (a director), the department for a department head, and their own records for
     * any other manager.
     */
    public Scope widestScopeOf(ManagerId caller) {
        if (!managers.containsKey(caller)) {
            throw new NotFoundException("caller", caller);
        }
        List<Department> roots = departments.values().stream().filter(d -> d.parent() == null).toList();
        if (!roots.isEmpty() && roots.stream().allMatch(d -> caller.equals(d.head()))) {
            return Scope.company();
        }
        return departments.values().stream()
                .filter(d -> caller.equals(d.head()))
                .min(Comparator.comparing((Department d) -> depth(d.id())).thenComparing(Department::id))
                .map(d -> Scope.department(d.id()))
                .orElse(Scope.own(caller));
    }

    /** Whether a caller may view a scope: it must lie within what the caller heads (or be their own). */
    public boolean mayView(ManagerId caller, Scope scope) {
        if (!managers.containsKey(caller)) {
            return false;
        }
        if (scope instanceof Scope.Own own && own.manager().equals(caller)) {
            return true;
        }
        Set<DepartmentId> headed = new TreeSet<>();
        for (Department d : departments.values()) {
            if (caller.equals(d.head())) {
                headed.addAll(departmentsUnder(d.id()));
            }
        }
        if (scope instanceof Scope.Own own) {
            Manager m = managers.get(own.manager());
            return m != null && headed.contains(m.department());
        }
        if (scope instanceof Scope.OfDepartment dep) {
            return departments.containsKey(dep.department()) && headed.contains(dep.department());
        }
        return headed.containsAll(departments.keySet());
    }

    private int depth(DepartmentId id) {
        int n = 0;
        Department d = departments.get(id);
        Set<DepartmentId> seen = new TreeSet<>();
        while (d != null && d.parent() != null && seen.add(d.id())) {
            d = departments.get(d.parent());
            n++;
        }
        return n;
    }
}
