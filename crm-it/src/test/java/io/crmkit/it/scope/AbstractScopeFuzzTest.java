package io.crmkit.it.scope;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Storage;
import io.crmkit.it.support.Seeds;
import io.crmkit.it.support.World;
import io.crmkit.org.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scope property, randomized: for generated org charts (nested departments, heads, a
 * director now and then, managers moved and records handed over) with clients, interests,
 * interactions and inquiries, every public query and every report fact, for every scope (each
 * manager's own, each department with its sub-departments, the company), returns nothing outside
 * the scope and everything inside it, compared with an oracle computed from the generated data
 * alone. Also: {@code OrgService.authorize} and {@code OrgChart.mayView} for every caller against
 * every scope.
 *
 * <p>A case is one scope of one data set with all its queries checked; every
 * {@link #reportEvery()}-th data set has every report of crm-reports checked too, for every scope. The run seed is printed;
 * {@code -Dcrmkit.seed=S} replays a run and {@code -Dcrmkit.datasets=N} changes how many data
 * sets it makes. A failure names the data set's own seed, which replays it alone as data set 0.
 *
 * <p>Subclasses give the storage. With {@link #freshStoragePerDataset()} each data set gets an
 * empty storage; otherwise data sets accumulate in one storage (slower storages), so later ones
 * hang new departments under earlier ones and every scope sees the whole accumulated world.
 */
abstract class AbstractScopeFuzzTest {
    protected abstract Storage newStorage();

    /** How many data sets a CI run makes. */
    protected abstract int datasets();

    /** The least number of cases a CI run must check. */
    protected abstract int minimumCases();

    /** Every how many data sets the reports of crm-reports are checked too (1: every data set). */
    protected int reportEvery() {
        return 1;
    }

    /**
     * Whether every caller's authorization and every search probe is checked on every data set; the
     * slower storages check callers on the first data set only and a random third of the probes.
     */
    protected boolean thorough() {
        return true;
    }

    /** How many scopes of a data set are checked: all of them, or (slower storages) the company and a random sample. */
    protected int scopesPerDataset() {
        return Integer.MAX_VALUE;
    }

    protected boolean freshStoragePerDataset() {
        return true;
    }

    protected long fixedSeed() {
        return 20260331L;
    }

    private List<Scope> sample(List<Scope> all, Random r) {
        if (all.size() <= scopesPerDataset()) {
            return all;
        }
        List<Scope> pool = new ArrayList<>(all.subList(0, all.size() - 1));
        Collections.shuffle(pool, r);
        List<Scope> out = new ArrayList<>(pool.subList(0, scopesPerDataset() - 1));
        out.add(all.get(all.size() - 1));
        return out;
    }

    @Test
    void everyQueryAndReportFactReturnsExactlyTheScope() {
        long seed = Seeds.seed(getClass().getSimpleName(), fixedSeed());
        int n = Seeds.count("crmkit.datasets", datasets());
        long cases = 0;
        long generateNanos = 0;
        long storageNanos = 0;
        long reportCases = 0;
        long callers = 0;
        World shared = freshStoragePerDataset() ? null : new World(newStorage());
        try {
            for (int i = 0; i < n; i++) {
                long dsSeed = Seeds.derive(seed, i);
                long ts = System.nanoTime();
                World w = shared != null ? shared : new World(newStorage());
                storageNanos += System.nanoTime() - ts;
                Random r = new Random(dsSeed);
                try {
                    long t0 = System.nanoTime();
                    w.generate(r, "k" + i + "-");
                    generateNanos += System.nanoTime() - t0;
                    boolean withReports = i % reportEvery() == 0;
                    ScopeChecks checks = new ScopeChecks(w, r, withReports, thorough());
                    for (Scope s : sample(w.allScopes(), r)) {
                        try {
                            checks.check(s);
                        } catch (AssertionError e) {
                            throw new AssertionError("scope " + s + " of data set " + i + " (seed " + dsSeed
                                    + (shared == null ? ", replay alone with -Dcrmkit.seed=" + dsSeed + " -Dcrmkit.datasets=1" : "")
                                    + "): " + e.getMessage() + "\nworld:\n  " + w.describe(), e);
                        }
                        cases++;
                        reportCases += withReports ? 1 : 0;
                    }
                    for (String caller : thorough() || i == 0 ? w.managers() : List.<String>of()) {
                        try {
                            checks.checkAuthorization(caller);
                        } catch (AssertionError e) {
                            throw new AssertionError("caller " + caller + " of data set " + i + " (seed " + dsSeed + "): "
                                    + e.getMessage() + "\nworld:\n  " + w.describe(), e);
                        }
                        callers++;
                    }
                } finally {
                    if (shared == null) {
                        w.storage.close();
                    }
                }
            }
        } finally {
            if (shared != null) {
                shared.storage.close();
            }
        }
        System.out.printf("%s: %d ms to empty storages, %d ms to generate data%n", getClass().getSimpleName(),
                storageNanos / 1_000_000, generateNanos / 1_000_000);
        System.out.println(getClass().getSimpleName() + ": " + n + " data sets, " + cases + " scope cases ("
                + reportCases + " with every report), " + callers + " callers authorized against every scope");
        if (n == datasets()) {
            assertThat(cases).as("scope cases checked in a CI run").isGreaterThanOrEqualTo(minimumCases());
        }
    }
}
