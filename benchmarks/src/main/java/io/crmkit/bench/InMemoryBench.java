package io.crmkit.bench;

import io.crmkit.Crm;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.tx.BulkImport;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory storage's funnel and automotivator against one plain Java loop over the same
 * lists: the data set is generated once into lists, the very same objects are bulk-imported into
 * an {@link InMemoryStorage}, and both sides answer the same question in the same JVM. A plain
 * harness (warm-up runs, then timed runs) rather than JMH, because a JMH fork would rebuild a
 * million-record data set per benchmark method.
 */
public final class InMemoryBench {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryBench.class);

    private InMemoryBench() {
    }

    /** Runs both comparisons and adds their figures to {@code table}; fails when the numbers differ. */
    public static void run(DataGenerator gen, ResultTable table, int warmups, int runs) {
        ListSink lists = new ListSink();
        long t0 = System.nanoTime();
        gen.writeTo(lists);
        InMemoryStorage storage = InMemoryStorage.create();
        try (BulkImport bulk = storage.bulkImport(10_000)) {
            lists.replayInto(bulk);
        }
        LOG.info("in-memory data set ready ({}): {} records in {} ms", gen.describe(), lists.committed(),
                (System.nanoTime() - t0) / 1_000_000);
        Crm crm = Crm.builder().storage(storage).clock(gen.clock()).settings(gen.settings()).build();
        LibraryReports lib = new LibraryReports(crm);
        SalesFunnel funnel = crm.settings().defaultFunnel();
        ZoneId zone = crm.settings().zone();
        String size = gen.size().name();

        ReportNumbers.Funnel libFunnel = lib.funnel();
        ReportNumbers.Funnel loopFunnel = PlainLoops.funnel(lists.interests, null, funnel,
                ReportParams.FUNNEL_FROM.atStartOfDay(zone).toInstant(),
                ReportParams.FUNNEL_TO.plusDays(1).atStartOfDay(zone).toInstant());
        Checks.same("in-memory funnel", libFunnel, loopFunnel);
        Timing.Pair f = Timing.alternate(warmups, runs, lib::funnelReport, () -> PlainLoops.funnel(lists.interests, null,
                funnel, ReportParams.FUNNEL_FROM.atStartOfDay(zone).toInstant(),
                ReportParams.FUNNEL_TO.plusDays(1).atStartOfDay(zone).toInstant()));
        table.add(Figure.time("in-memory", "memory", size, "funnel (median of " + runs + ")", f.first().medianMillis(),
                f.second().medianMillis(), null, "baseline: one loop over List<Interest>; numbers equal; runs alternate"
                        + minima(f)));

        ReportNumbers.Automotivator libA = lib.automotivator();
        ReportNumbers.Automotivator loopA = PlainLoops.automotivator(lists.interactions, null, ReportParams.MONTH_FROM,
                ReportParams.MONTH_TO, zone, lib.points());
        Checks.same("in-memory automotivator", libA, loopA);
        Timing.Pair a = Timing.alternate(warmups, runs, lib::automotivatorReport, () -> PlainLoops.automotivator(
                lists.interactions, null, ReportParams.MONTH_FROM, ReportParams.MONTH_TO, zone, lib.points()));
        table.add(Figure.time("in-memory", "memory", size, "automotivator, a month (median of " + runs + ")",
                a.first().medianMillis(), a.second().medianMillis(), null,
                "baseline: one loop over List<Interaction>; numbers equal (" + libA.earned() + " points earned); runs"
                        + " alternate" + minima(a)));
    }

    private static String minima(Timing.Pair p) {
        return String.format(java.util.Locale.ROOT, "; fastest run %.3g ms vs %.3g ms", p.first().minMillis(),
                p.second().minMillis());
    }
}
