package io.crmkit.bench;

/**
 * One measured figure with its baseline beside it, from the same data in the same run.
 *
 * @param section  import, report, lookup, screen or in-memory
 * @param store    h2, postgresql or memory
 * @param size     the data size (S, M, L, TINY)
 * @param what     what was measured ("funnel", "lookup by phone p99", …)
 * @param unit     the unit of both values ("ms", "rows/s", "stmts/1k rows", "MB")
 * @param library  the library's value
 * @param baseline the baseline's value (hand-written SQL, plain JDBC, a plain loop); NaN when none
 * @param ratio    library cost ÷ baseline cost (above 1: the library is slower or uses more)
 * @param target   the target, in words ("ratio ≤ 1.3", "p99 ≤ 5 ms"), or empty
 * @param met      whether the target is met; {@code null} when there is no target
 * @param note     anything a reader must know (numbers checked equal, a mismatch, the baseline used)
 */
public record Figure(String section, String store, String size, String what, String unit, double library,
                     double baseline, double ratio, String target, Boolean met, String note) {

    /** A time (lower is better): ratio = library ÷ baseline; target met when ratio ≤ maxRatio (if given). */
    public static Figure time(String section, String store, String size, String what, double libMs, double baseMs,
                              Double maxRatio, String note) {
        double ratio = libMs / baseMs;
        return new Figure(section, store, size, what, "ms", libMs, baseMs, ratio,
                maxRatio == null ? "" : "ratio ≤ " + maxRatio, maxRatio == null ? null : ratio <= maxRatio, note);
    }

    /** A throughput (higher is better): ratio = baseline ÷ library, the library's relative cost. */
    public static Figure rate(String section, String store, String size, String what, String unit, double lib,
                              double base, String note) {
        return new Figure(section, store, size, what, unit, lib, base, base / lib, "", null, note);
    }

    /** An amount used (lower is better): ratio = library ÷ baseline. */
    public static Figure amount(String section, String store, String size, String what, String unit, double lib,
                                double base, String target, Boolean met, String note) {
        return new Figure(section, store, size, what, unit, lib, base, lib / base, target, met, note);
    }

    /** "MET", "NOT MET" or "". */
    public String verdict() {
        return met == null ? "" : met ? "met" : "NOT MET";
    }
}
