package io.crmkit.examples.scenario;

import io.crmkit.tx.IdGenerator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ids crmkit makes while a scenario runs: {@code new-client-1}, {@code new-interest-1}, … per
 * kind, skipping any id the document already uses. Deterministic, so a scenario prints the same
 * output on every run and on every storage.
 */
final class ScenarioIds implements IdGenerator {
    private final Set<String> taken;
    private final Map<String, Long> counters = new HashMap<>();

    ScenarioIds(Set<String> taken) {
        this.taken = Set.copyOf(taken);
    }

    @Override
    public synchronized String next(String kind) {
        while (true) {
            long n = counters.merge(kind, 1L, Long::sum);
            String id = "new-" + kind + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
