package io.crmkit.bench;

import io.crmkit.Crm;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.inquiry.InquiryService;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every database measurement of one size on one store (H2 or PostgreSQL), each beside its
 * baseline on the same data in the same run:
 * <ol>
 * <li>import: the data set into fresh databases through the library's bulk path and through plain
 * JDBC batches, alternately, each in a child JVM under {@code -Xmx256m} (rows per second, SQL
 * statements and round trips per 1,000 records, peak heap); the two databases must hold the same
 * rows;</li>
 * <li>checks: after an untimed {@code ANALYZE}, on the library-imported database, every report, lookup and screen of the library
 * must give the numbers its baseline gives;</li>
 * <li>JMH: reports, lookups (p50/p99) and per-person screens, library beside baseline.</li>
 * </ol>
 */
public final class DbBench {
    private static final Logger LOG = LoggerFactory.getLogger(DbBench.class);

    /** How the JMH part runs. */
    public record JmhConfig(int forks, int warmups, int iterations, int seconds, boolean inProcessImport) {
        /** One short in-process iteration: for the smoke test. */
        public static JmhConfig smoke() {
            return new JmhConfig(0, 0, 1, 0, true);
        }
    }

    private DbBench() {
    }

    /**
     * Runs everything for {@code gen} on {@code store}; adds figures to {@code table}, and a line to
     * {@code problems} for every mismatch or failure (a failed part does not stop the others).
     */
    public static void run(DataGenerator gen, String store, Path folder, BenchMain.Options o, ResultTable table,
                           List<String> problems) {
        String size = gen.size().name();
        JmhConfig jmh = o.jmh();
        Database lib = null;
        String existingDb = store.equals("postgresql") ? o.pgDb(gen.size()) : null;
        boolean existing = existingDb != null;
        try {
            if (existing) {
                lib = Database.existing(o.pgServer(), existingDb, o.pgUser());
                // loaded earlier, perhaps by an older jar: bring it to this jar's schema first (untimed)
                try (SqlCounter.PooledDataSource ds = new SqlCounter().dataSource(lib.url(), lib.user(), lib.password())) {
                    io.crmkit.jpa.JpaStorage.migrate(ds);
                }
                LOG.info("measuring the existing database {} (no import): {}", existingDb, lib.rowCounts());
            } else {
                lib = importBoth(gen, store, folder, o, table, problems);
            }

            // 2. statistics and heads (an org chart has them; not timed), then the checks
            long t0 = System.nanoTime();
            lib.analyze();
            LOG.info("analyze of {} took {} ms", lib.name(), (System.nanoTime() - t0) / 1_000_000);
            DbState.Opened opened = DbState.shared(lib.url(), lib.user(), lib.password(), gen);
            for (Map.Entry<DepartmentId, ManagerId> h : gen.heads().entrySet()) {
                opened.crm().org().setHead(h.getKey(), h.getValue());
            }
            problems.addAll(check(store + " " + size, gen, opened.crm(), new SqlBaseline(opened.baseline(), gen.settings())));
            if (jmh.forks() > 0) {
                DbState.closeAll(); // the forks open their own
            }

            // 3. JMH
            runJmh(gen, store, lib, jmh, o.only(), table, problems);
        } catch (RuntimeException e) {
            LOG.error("{} at {} failed", store, size, e);
            problems.add(store + " " + size + ": failed: " + e);
        } finally {
            DbState.closeAll();
            if (lib != null && !existing) {
                lib.close();
            }
        }
    }

    /**
     * Imports the data set through the baseline and the library alternately, into fresh databases;
     * returns the last library database (the caller closes it), drops the others.
     */
    private static Database importBoth(DataGenerator gen, String store, Path folder, BenchMain.Options o, ResultTable table,
                                   List<String> problems) {
        String size = gen.size().name();
        Database lib = null;
        try {
            // 1. import, alternating baseline and library; the last library database is kept
            List<ImportRun.Result> libRuns = new ArrayList<>();
            List<ImportRun.Result> baseRuns = new ArrayList<>();
            Map<String, Long> baseRows = null;
            for (int r = 0; r < o.importRuns(); r++) {
                try (Database base = Database.fresh(store, folder, o.pgServer(), o.pgUser())) {
                    baseRuns.add(importOnce("baseline", base, gen, o.jmh()));
                    baseRows = base.rowCounts();
                }
                if (lib != null) {
                    lib.close();
                }
                lib = Database.fresh(store, folder, o.pgServer(), o.pgUser());
                libRuns.add(importOnce("library", lib, gen, o.jmh()));
            }
            Map<String, Long> libRows = lib.rowCounts();
            if (!libRows.equals(baseRows)) {
                problems.add(store + " " + size + ": the baseline import wrote other rows than the library: library "
                        + libRows + ", baseline " + baseRows);
            }
            addImportFigures(table, store, size, libRuns, baseRuns, libRows, o.jmh().inProcessImport());
            Database kept = lib;
            lib = null;
            return kept;
        } finally {
            if (lib != null) {
                lib.close();
            }
        }
    }

    private static ImportRun.Result importOnce(String mode, Database db, DataGenerator gen, JmhConfig jmh) {
        long t0 = System.nanoTime();
        ImportRun.Result r = jmh.inProcessImport()
                ? mode.equals("library") ? ImportRun.library(db, gen) : ImportRun.baseline(db, gen)
                : ImportRun.inChildJvm(mode, db, gen.size(), gen.seed(), 256);
        LOG.info("{} import into {}: {} records in {} ms ({} s with the JVM)", mode, db.store(), r.records(),
                Math.round(r.millis()), (System.nanoTime() - t0) / 1_000_000_000);
        return r;
    }

    private static double median(List<ImportRun.Result> runs, java.util.function.ToDoubleFunction<ImportRun.Result> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void addImportFigures(ResultTable table, String store, String size, List<ImportRun.Result> lib,
                                         List<ImportRun.Result> base, Map<String, Long> rows, boolean inProcess) {
        long records = lib.get(0).records();
        long dbRows = rows.values().stream().mapToLong(Long::longValue).sum();
        String runs = "median of " + lib.size();
        table.add(Figure.rate("import", store, size, "records per second (" + runs + ")", "records/s",
                median(lib, ImportRun.Result::recordsPerSecond), median(base, ImportRun.Result::recordsPerSecond),
                records + " records = " + dbRows + " table rows, " + ImportRun.BATCH + " records per transaction"));
        table.add(Figure.amount("import", store, size, "SQL statements per 1,000 records", "stmts",
                median(lib, ImportRun.Result::statementsPer1k), median(base, ImportRun.Result::statementsPer1k), "", null,
                "a batch entry counts as one statement"));
        table.add(Figure.amount("import", store, size, "JDBC round trips per 1,000 records", "calls",
                median(lib, ImportRun.Result::roundTripsPer1k), median(base, ImportRun.Result::roundTripsPer1k), "", null,
                "execute… and executeBatch calls"));
        double max = lib.stream().mapToDouble(ImportRun.Result::maxHeapMb).max().orElse(Double.NaN);
        double libLive = lib.stream().mapToDouble(ImportRun.Result::peakAfterGcMb).max().orElse(Double.NaN);
        double baseLive = base.stream().mapToDouble(ImportRun.Result::peakAfterGcMb).max().orElse(Double.NaN);
        table.add(Figure.amount("import", store, size, "peak heap after GC (live set)", "MB", libLive, baseLive,
                inProcess ? "" : "fits -Xmx" + Math.round(max) + "m", inProcess ? null : Boolean.TRUE,
                inProcess ? "in-process run: heap shared with the harness"
                        : "child JVM -Xmx" + Math.round(max) + "m; peak in use incl. garbage: library "
                        + Math.round(lib.stream().mapToDouble(ImportRun.Result::peakHeapMb).max().orElse(Double.NaN))
                        + " MB, baseline " + Math.round(base.stream().mapToDouble(ImportRun.Result::peakHeapMb).max()
                        .orElse(Double.NaN)) + " MB"));
    }

    /** Every library answer against its baseline; returns the mismatches. */
    static List<String> check(String where, DataGenerator gen, Crm crm, SqlBaseline base) {
        List<String> out = new ArrayList<>();
        LibraryReports lib = new LibraryReports(crm);
        compare(out, where + " funnel", lib::funnel, () -> base.funnel(ReportParams.FUNNEL_FROM, ReportParams.FUNNEL_TO));
        compare(out, where + " automotivator", lib::automotivator,
                () -> base.automotivator(ReportParams.MONTH_FROM, ReportParams.MONTH_TO));
        compare(out, where + " traffic light", lib::trafficLight, () -> base.trafficLight(gen.now()));
        compare(out, where + " price list", lib::priceList,
                () -> base.priceList(ReportParams.PRICE_TYPE, ReportParams.PRICE_DATE));
        compare(out, where + " funnel (listing baseline)", lib::funnel,
                () -> base.funnelListed(ReportParams.FUNNEL_FROM, ReportParams.FUNNEL_TO, new ArrayList<>()));
        compare(out, where + " traffic light (listing baseline)", lib::trafficLight,
                () -> base.trafficLightListed(gen.now(), new ArrayList<>()));
        compare(out, where + " price list (listing baseline)", lib::priceList,
                () -> base.priceListListed(ReportParams.PRICE_TYPE, ReportParams.PRICE_DATE, new ArrayList<>(), new ArrayList<>()));
        for (int i = 0; i < 8; i++) {
            DataGenerator.LookupTarget t = gen.lookupTarget(i);
            compare(out, where + " lookup by phone " + t.phone(), () -> ScreenNumbers.Lookup.of(
                    crm.inquiries().search(ClientSearch.byPhone(t.phone()), Scope.company())), () -> base.lookupByPhone(t.phone()));
            compare(out, where + " lookup by e-mail " + t.email(), () -> ScreenNumbers.Lookup.of(
                    crm.inquiries().search(ClientSearch.byEmail(t.email()), Scope.company())), () -> base.lookupByEmail(t.email()));
            compare(out, where + " lookup by name " + t.nameFragment(), () -> ScreenNumbers.Lookup.of(
                    crm.inquiries().search(ClientSearch.byName(t.nameFragment()), Scope.company())),
                    () -> base.lookupByName(t.nameFragment(), InquiryService.NAME_MATCH_LIMIT));
        }
        for (ManagerId m : gen.teamManagers(4)) {
            compare(out, where + " my tasks of " + m, () -> ScreenNumbers.Tasks.of(crm.agenda().myTasks(m)),
                    () -> base.myTasks(m, gen.now()));
            compare(out, where + " my sales of " + m, () -> ScreenNumbers.Sales.of(crm.agenda().mySales(m)),
                    () -> base.mySales(m));
            compare(out, where + " week calendar of " + m, () -> ScreenNumbers.Calendar.of(
                    crm.agenda().calendar(m, ReportParams.WEEK_FROM, ReportParams.WEEK_TO)),
                    () -> base.calendar(m, ReportParams.WEEK_FROM, ReportParams.WEEK_TO));
        }
        if (out.isEmpty()) {
            LOG.info("{}: every baseline gives the library's numbers", where);
        }
        return out;
    }

    private static void compare(List<String> out, String what, java.util.function.Supplier<Object> lib,
                                java.util.function.Supplier<Object> base) {
        try {
            Checks.same(what, lib.get(), base.get());
        } catch (Checks.Mismatch e) {
            LOG.error("{}", e.getMessage());
            out.add(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} failed", what, e);
            out.add(what + ": failed: " + e);
        }
    }

    private static void runJmh(DataGenerator gen, String store, Database db, JmhConfig jmh, String only,
                               ResultTable table, List<String> problems) {
        String methods = only == null ? "" : "\\.(" + only + ")$";
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(java.util.regex.Pattern.quote(ReportBenchmarks.class.getName()) + methods)
                .include(java.util.regex.Pattern.quote(LookupBenchmarks.class.getName()) + methods)
                .include(java.util.regex.Pattern.quote(ScreenBenchmarks.class.getName()) + methods)
                .param("url", db.url()).param("user", db.user()).param("password", db.password())
                .param("size", gen.size().name()).param("seed", Long.toString(gen.seed()))
                .forks(jmh.forks())
                .warmupIterations(jmh.warmups())
                .measurementIterations(jmh.iterations())
                .shouldFailOnError(true);
        if (jmh.seconds() > 0) {
            b.warmupTime(TimeValue.seconds(jmh.seconds())).measurementTime(TimeValue.seconds(jmh.seconds()));
        } else {
            b.warmupTime(TimeValue.milliseconds(100)).measurementTime(TimeValue.milliseconds(100));
        }
        Collection<RunResult> results;
        try {
            results = new Runner(b.build()).run();
        } catch (RunnerException e) {
            problems.add(store + " " + gen.size() + ": JMH failed: " + e.getMessage());
            return;
        } finally {
            DbState.closeAll();
        }
        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark();
            byName.put(bench.substring(bench.lastIndexOf('.') + 1), r);
        }
        addJmhFigures(table, store, gen.size().name(), byName, only == null ? problems : new ArrayList<>());
    }

    private static double score(RunResult r) {
        return r.getPrimaryResult().getScore();
    }

    private static double percentile(RunResult r, double p) {
        return r.getPrimaryResult().getStatistics().getPercentile(p);
    }

    static void addJmhFigures(ResultTable table, String store, String size, Map<String, RunResult> r,
                              List<String> problems) {
        for (String report : List.of("funnel", "automotivator", "trafficLight", "priceList")) {
            RunResult l = r.get(report + "Library");
            RunResult b = r.get(report + "Baseline");
            if (l == null || b == null) {
                problems.add(store + " " + size + ": no JMH result for " + report);
                continue;
            }
            table.add(Figure.time("report", store, size, label(report), score(l), score(b), 1.3,
                    "JMH average; baseline: hand-written SQL GROUP BY, numbers checked equal"));
            RunResult listed = r.get(report + "ListedBaseline");
            if (listed != null) {
                // Informational beside the target's ratio: a baseline that also reads what the report lists.
                table.add(Figure.time("report", store, size, label(report) + " (informational: baseline + what the report lists)",
                        score(l), score(listed), null, switch (report) {
                            case "trafficLight" -> "baseline lists every client (id, name, manager, colour) by id, as the report must";
                            case "funnel" -> "baseline reads every active interest and cohort member by id, as the report lists them";
                            default -> "baseline also reads the type, the groups and each product's name, unit and group";
                        }));
            }
        }
        Map<String, double[]> targets = Map.of("phone", new double[] {5}, "email", new double[] {5},
                "name", new double[] {50});
        for (String kind : List.of("phone", "email", "name")) {
            RunResult l = r.get(kind + "Library");
            RunResult b = r.get(kind + "Baseline");
            if (l == null || b == null) {
                problems.add(store + " " + size + ": no JMH result for lookup by " + kind);
                continue;
            }
            double p99target = targets.get(kind)[0];
            String what = "lookup by " + (kind.equals("email") ? "e-mail" : kind.equals("name") ? "name fragment" : kind);
            table.add(Figure.time("lookup", store, size, what + " p50", percentile(l, 50), percentile(b, 50), null,
                    "JMH sample, " + l.getPrimaryResult().getSampleCount() + " samples"));
            double p99 = percentile(l, 99);
            boolean pg = store.equals("postgresql");
            table.add(new Figure("lookup", store, size, what + " p99", "ms", p99, percentile(b, 99),
                    p99 / percentile(b, 99), pg ? "p99 ≤ " + (int) p99target + " ms (PostgreSQL, 1M clients)" : "",
                    pg && size.equals("L") ? p99 <= p99target : null,
                    pg && !size.equals("L") ? "target is set at L; " + (p99 <= p99target ? "within it here" : "above it already here")
                            : "baseline: the same lookup in SQL"));
        }
        for (String screen : List.of("myTasks", "mySales", "weekCalendar")) {
            RunResult l = r.get(screen + "Library");
            RunResult b = r.get(screen + "Baseline");
            if (l == null || b == null) {
                problems.add(store + " " + size + ": no JMH result for " + screen);
                continue;
            }
            table.add(Figure.time("screen", store, size, label(screen), score(l), score(b), null,
                    "JMH average over 16 managers; baseline: SQL fetching the same rows"));
        }
    }

    static String label(String name) {
        return switch (name) {
            case "funnel" -> "funnel, company, Q1";
            case "automotivator" -> "automotivator, company, a month";
            case "trafficLight" -> "traffic light, company";
            case "priceList" -> "price list, all groups";
            case "myTasks" -> "My tasks";
            case "mySales" -> "My sales";
            case "weekCalendar" -> "one manager's week calendar";
            default -> name;
        };
    }
}
