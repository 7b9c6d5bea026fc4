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
 * java -jar benchmarks/target/benchmarks.jar --sizes S --stores h2,postgresql,memory
 * java -Xmx6g -jar benchmarks/target/benchmarks.jar --sizes M,L --stores h2,postgresql,memory
 * </pre>
 *
 * Options: {@code --sizes} (TINY, S, M, L), {@code --stores} (h2, postgresql, memory), {@code --seed}
 * (default {@value DataGenerator#DEFAULT_SEED}), {@code --runs} (timed runs of the plain harness),
 * {@code --quick} (one short JMH iteration, for trying the harness out), {@code --out} (also write the
 * table to this file), {@code --pg} (the PostgreSQL server, default
 * {@code jdbc:postgresql://127.0.0.1:5432/}; a fresh database is created per run and dropped after).
 */
public final class BenchMain {
    private static final Logger LOG = LoggerFactory.getLogger(BenchMain.class);

    private BenchMain() {
    }

    /** The parsed command line. */
    public record Options(List<Size> sizes, List<String> stores, long seed, int runs, boolean quick, Path out,
                          String pgServer, String pgUser) {
        public static Options parse(String... args) {
            List<Size> sizes = List.of(Size.S);
            List<String> stores = List.of("h2", "postgresql", "memory");
            long seed = DataGenerator.DEFAULT_SEED;
            int runs = 5;
            boolean quick = false;
            Path out = null;
            String pg = "jdbc:postgresql://127.0.0.1:5432/";
            String pgUser = "postgres";
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--sizes" -> sizes = List.of(args[++i].split(",")).stream().map(Size::of).toList();
                    case "--stores" -> stores = List.of(args[++i].toLowerCase(Locale.ROOT).split(","));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--quick" -> quick = true;
                    case "--out" -> out = Path.of(args[++i]);
                    case "--pg" -> pg = args[++i];
                    case "--pg-user" -> pgUser = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + a
                            + " (use --sizes, --stores, --seed, --runs, --quick, --out, --pg, --pg-user)");
                }
            }
            for (String s : stores) {
                if (!List.of("h2", "postgresql", "memory").contains(s)) {
                    throw new IllegalArgumentException("unknown store " + s + " (h2, postgresql, memory)");
                }
            }
            return new Options(sizes, stores, seed, runs, quick, out, pg, pgUser);
        }
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args);
        ResultTable table = run(o);
        String md = table.markdown();
        System.out.println();
        System.out.println(md);
        if (o.out() != null) {
            Files.writeString(o.out(), md);
        }
    }

    /** Runs what the options ask and returns the figures. */
    public static ResultTable run(Options o) {
        ResultTable table = new ResultTable();
        List<String> problems = new ArrayList<>();
        for (Size size : o.sizes()) {
            DataGenerator gen = DataGenerator.create(size, o.seed());
            LOG.info("benchmarking {}", gen.describe());
            System.out.println("data set: " + gen.describe());
            for (String store : o.stores()) {
                long t0 = System.nanoTime();
                if (store.equals("memory")) {
                    InMemoryBench.run(gen, table, o.quick() ? 0 : 2, o.quick() ? 1 : o.runs());
                } else {
                    problems.add(store + " at " + size + ": the database benchmarks need crm-persistence-jpa's JpaStorage");
                }
                LOG.info("{} at {} done in {} s", store, size, (System.nanoTime() - t0) / 1_000_000_000);
            }
        }
        problems.forEach(p -> LOG.warn("not measured: {}", p));
        return table;
    }
}
