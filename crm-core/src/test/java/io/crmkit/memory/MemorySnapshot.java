package io.crmkit.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparable copy of everything an {@link InMemoryStorage} holds: every table's rows, by table
 * name, in key order. Rows are immutable domain values with full {@code equals}, so two snapshots
 * are equal exactly when nothing was written in between (a write always bumps a version or adds,
 * replaces or removes a row). Used to prove that a failed operation changed nothing.
 */
public final class MemorySnapshot {
    private MemorySnapshot() {
    }

    public static Map<String, List<Object>> of(InMemoryStorage s) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        out.put("departments", new ArrayList<>(s.departments.values()));
        out.put("managers", new ArrayList<>(s.managers.values()));
        out.put("clients", new ArrayList<>(s.clients.values()));
        out.put("interests", new ArrayList<>(s.interests.values()));
        out.put("interactions", new ArrayList<>(s.interactions.values()));
        out.put("inquiries", new ArrayList<>(s.inquiries.values()));
        out.put("productGroups", new ArrayList<>(s.groups.values()));
        out.put("products", new ArrayList<>(s.products.values()));
        out.put("priceTypes", new ArrayList<>(s.priceTypes.values()));
        out.put("prices", new ArrayList<>(s.prices.values()));
        out.put("letters", new ArrayList<>(s.letters.values()));
        out.put("checkpoints", new ArrayList<>(s.checkpoints.values()));
        out.put("quarantine", new ArrayList<>(s.quarantine.values()));
        out.put("outbox", new ArrayList<>(s.outbox.values()));
        return out;
    }

    /** How many rows the snapshot holds in all. */
    public static int rows(Map<String, List<Object>> snapshot) {
        return snapshot.values().stream().mapToInt(List::size).sum();
    }
}
