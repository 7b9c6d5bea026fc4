package io.crmkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark command. Runs every measurement for each size and store asked and prints one table
 * of figures, each beside its baseline, with the ratio:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar --sizes S --stores postgresql,h2,memory --import-runs 1 --forks 0 --iterations 2
 * java -Xmx8g -jar benchmarks/target/benchmarks.jar --sizes M,L --stores postgresql,h2 --import-runs 1 --forks 1 --iterations 3
 * </pre>
 *
 * Options: {@code --sizes} (TINY, S, M, L), {@code --stores} (h2, postgresql, memory), {@code --seed}
 * (default {@value DataGenerator#DEFAULT_SEED}), {@code --runs} (timed runs of the in-memory harness),
 * {@code --import-runs} (timed imports per side), {@code --forks}, {@code --warmups},
 * {@code --iterations}, {@code --seconds} (JMH), {@code --quick} (the smoke test's settings: in-process
 * imports, one short JMH iteration), {@code --out} (also write the table to this file), {@code --pg}
 * (the PostgreSQL server, default {@code jdbc:postgresql://127.0.0.1:5432/}; a fresh database is
 * created per run and dropped after), {@code --pg-user}, {@code --only} (a regular expression: only the JMH
 * benchmarks whose method name matches, e.g. {@code 'phone.*|email.*'}), {@code --pg-db} ({@code SIZE=name,…}:
 * for that size measure an existing PostgreSQL database that {@link ImportRun} loaded with the same size and seed
 * instead of importing: migrated to the current schema, no import figures, the database is kept). See docs/BENCHMARKS.md.
 */
public final class BenchMain {
    private static final Logger LOG = LoggerFactory.getLogger(BenchMain.class);

    private BenchMain() {
    }

    /** The parsed command line. */
    public record Options(List<Size> sizes, List<String> stores, long seed, int runs, int importRuns,
                          DbBench.JmhConfig jmh, boolean quick, Path out, String pgServer, String pgUser,
                          String only, java.util.Map<Size, String> pgDbs) {
        /** The existing PostgreSQL database to measure for {@code size}, or {@code null} to import a fresh one. */
        public String pgDb(Size size) {
            return pgDbs.get(size);
        }

        public static Options parse(String... args) {
            List<Size> sizes = List.of(Size.S);
            List<String> stores = List.of("h2", "postgresql", "memory");
            long seed = DataGenerator.DEFAULT_SEED;
            int runs = 11;
            int importRuns = 2;
            int forks = 1;
            int warmups = 1;
            int iterations = 3;
            int seconds = 1;
            boolean quick = false;
            Path out = null;
            String pg = "jdbc:postgresql://127.0.0.1:5432/";
            String pgUser = "postgres";
            String only = null;
            java.util.Map<Size, String> pgDbs = new java.util.HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--sizes" -> sizes = List.of(args[++i].split(",")).stream().map(Size::of).toList();
                    case "--stores" -> stores = List.of(args[++i].toLowerCase(Locale.ROOT).split(","));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--import-runs" -> importRuns = Integer.parseInt(args[++i]);
                    case "--forks" -> forks = Integer.parseInt(args[++i]);
                    case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--quick" -> quick = true;
                    case "--out" -> out = Path.of(args[++i]);
                    case "--pg" -> pg = args[++i];
                    case "--pg-user" -> pgUser = args[++i];
                    case "--only" -> only = args[++i];
                    case "--pg-db" -> {
                        for (String e : args[++i].split(",")) {
                            String[] kv = e.split("=", 2);
                            if (kv.length != 2 || !kv[1].matches("[a-z_][a-z0-9_]*")) {
                                throw new IllegalArgumentException("--pg-db takes SIZE=database[,SIZE=database]: " + e);
                            }
                            pgDbs.put(Size.of(kv[0]), kv[1]);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a
                            + " (use --sizes, --stores, --seed, --runs, --import-runs, --forks, --warmups, --iterations,"
                            + " --seconds, --quick, --out, --pg, --pg-user, --only, --pg-db)");
                }
            }
            for (String s : stores) {
                if (!List.of("h2", "postgresql", "memory").contains(s)) {
                    throw new IllegalArgumentException("unknown store " + s + " (h2, postgresql, memory)");
                }
            }
            if (only != null) {
                java.util.regex.Pattern.compile(only); // a bad pattern fails here, not after an hour of import
            }
            DbBench.JmhConfig jmh = quick ? DbBench.JmhConfig.smoke()
                    : new DbBench.JmhConfig(forks, warmups, iterations, seconds, false);
            return new Options(sizes, stores, seed, runs, quick ? 1 : importRuns, jmh, quick, out, pg, pgUser, only, pgDbs);
        }
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args);
        ResultTable table = run(o);
        String md = table.markdown();
        System.out.println();
        System.out.println(md);
        if (!table.problems().isEmpty()) {
            System.out.println("PROBLEMS (" + table.problems().size() + "):");
            table.problems().forEach(p -> System.out.println("- " + p));
            md = md + "\nProblems:\n" + String.join("\n", table.problems().stream().map(p -> "- " + p).toList()) + "\n";
        }
        if (o.out() != null) {
            Files.writeString(o.out(), md);
        }
        if (!table.problems().isEmpty()) {
            System.exit(1);
        }
    }

    /**
     * For every per-person screen measured at both M and L on a store: the time at L ÷ the time at M,
     * against the target of 1.5 (a screen costs what the person's own data costs).
     */
    static void addScaleFigures(ResultTable table) {
        List<Figure> all = table.figures();
        for (Figure m : all) {
            if (!m.section().equals("screen") || !m.size().equals("M")) {
                continue;
            }
            for (Figure l : all) {
                if (l.section().equals("screen") && l.size().equals("L") && l.store().equals(m.store())
                        && l.what().equals(m.what())) {
                    double ratio = l.library() / m.library();
                    table.add(new Figure("scale", m.store(), "L vs M", m.what(), "ms", l.library(), m.library(), ratio,
                            "L ÷ M ≤ 1.5", ratio <= 1.5, "library at L beside library at M; baseline at L ÷ M: "
                            + String.format(Locale.ROOT, "%.2f", l.baseline() / m.baseline())));
                }
            }
        }
    }

    /** Runs what the options ask and returns the figures. */
    public static ResultTable run(Options o) {
        ResultTable table = new ResultTable();
        List<String> problems = new ArrayList<>();
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "crmkit-bench");
        for (Size size : o.sizes()) {
            DataGenerator gen = DataGenerator.create(size, o.seed());
            LOG.info("benchmarking {}", gen.describe());
            System.out.println("data set: " + gen.describe());
            for (String store : o.stores()) {
                long t0 = System.nanoTime();
                if (store.equals("memory")) {
                    InMemoryBench.run(gen, table, o.quick() ? 0 : 3, o.quick() ? 1 : o.runs());
                } else {
                    DbBench.run(gen, store, folder, o, table, problems);
                }
                LOG.info("{} at {} done in {} s", store, size, (System.nanoTime() - t0) / 1_000_000_000);
            }
        }
        addScaleFigures(table);
        problems.forEach(p -> LOG.error("problem: {}", p));
        table.problems().addAll(problems);
        return table;
    }
}
