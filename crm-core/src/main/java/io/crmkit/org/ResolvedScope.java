package io.crmkit.org;

import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link Scope} resolved against the org chart into the managers it covers. Storage adapters
 * receive this and filter by responsible manager in their own query language.
 *
 * <p>Adapters filter by {@link #everyone()} first: the company scope needs no filter, and where
 * crmkit only filters by a scope (the client search) it passes {@link #EVERYONE}, whose manager set
 * is empty, instead of reading the org chart.
 *
 * @param everyone true for the company scope (no filter needed)
 * @param managers the managers covered, sorted by id (all of them for the company scope as
 *                 {@code Crm} resolves it for reports; empty in {@link #EVERYONE})
 */
public record ResolvedScope(boolean everyone, Set<ManagerId> managers) {
    /** The company scope without its list of managers, for callers that only filter. */
    public static final ResolvedScope EVERYONE = new ResolvedScope(true, Set.of());

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
