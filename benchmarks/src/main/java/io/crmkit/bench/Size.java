package io.crmkit.bench;

import java.util.Locale;

/**
 * How much data a benchmark runs over. Sizes differ the way a real company's data grows: by the
 * depth of its history. Every size keeps the same org chart and the same daily rhythm (about 20
 * interactions per manager and working day, a two-week horizon of planned work), so a manager's
 * current workload (active interests, planned interactions, one week of calendar) is about the same
 * at M and at L while the database holds ten times more.
 *
 * @param clients      clients (organisations and persons, with 0–3 contacts each)
 * @param interests    interests (leads), with their stage history
 * @param interactions calls, meetings, letters and tasks
 * @param managers     managers spread over the org chart
 * @param products     products in the price list's group tree
 */
public record Size(String name, int clients, int interests, int interactions, int managers, int products) {
    /** Interactions per manager and working day that set the length of the history. */
    public static final double INTERACTIONS_PER_MANAGER_DAY = 20.0;

    /** A few hundred records: for the smoke test only. */
    public static final Size TINY = new Size("TINY", 300, 300, 3_000, 30, 60);
    /** 10k clients, 10k interests, 100k interactions. */
    public static final Size S = new Size("S", 10_000, 10_000, 100_000, 200, 1_000);
    /** 100k clients, 100k interests, 1M interactions. */
    public static final Size M = new Size("M", 100_000, 100_000, 1_000_000, 200, 5_000);
    /** 1M clients, 1M interests, 10M interactions. */
    public static final Size L = new Size("L", 1_000_000, 1_000_000, 10_000_000, 200, 20_000);

    public Size {
        if (clients <= 0 || interests <= 0 || interactions <= 0 || products <= 0) {
            throw new IllegalArgumentException("size " + name + ": every count must be positive");
        }
        if (managers < 20) {
            throw new IllegalArgumentException("size " + name + ": at least 20 managers are needed to staff the org chart");
        }
    }

    /** TINY, S, M or L (case-insensitive). */
    public static Size of(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "TINY" -> TINY;
            case "S" -> S;
            case "M" -> M;
            case "L" -> L;
            default -> throw new IllegalArgumentException("unknown size " + name + " (TINY, S, M or L)");
        };
    }

    /** Days of history before "now", so that the daily rhythm is the same at every size. */
    public int historyDays() {
        double workingDays = interactions / (managers * INTERACTIONS_PER_MANAGER_DAY);
        return Math.max(14, (int) Math.ceil(workingDays * 7 / 5));
    }

    @Override
    public String toString() {
        return name;
    }
}
