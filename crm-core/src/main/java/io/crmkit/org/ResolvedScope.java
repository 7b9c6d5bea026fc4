package io.crmkit.org;

import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link Scope} resolved against the org chart into the managers it covers. Storage adapters
 * receive this and filter by responsible manager in their own query language.
 *
 * @param everyone true for the company scope (no filter needed)
 * @param managers the managers covered, sorted by id (all of them for the company scope)
 */
public record ResolvedScope(boolean everyone, Set<ManagerId> managers) {
    public ResolvedScope {
        managers = java.util.Collections.unmodifiableSet(new TreeSet<>(managers));
    }

    public static ResolvedScope of(OrgChart chart, Scope scope) {
        return new ResolvedScope(scope instanceof Scope.Company, chart.managersIn(scope));
    }

    public boolean contains(ManagerId manager) {
        return everyone || managers.contains(manager);
    }
}
