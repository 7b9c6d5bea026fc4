package io.crmkit.bench;

import io.crmkit.jpa.JpaStorage;
import io.crmkit.tx.BulkImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One timed import of a whole data set into a fresh database, through the library's bulk path
 * ({@code Storage.bulkImport} of crm-persistence-jpa's JpaStorage) or through the plain-JDBC
 * baseline, counting the SQL sent and sampling the heap. Run in a child JVM with a small heap
 * ({@link #inChildJvm}) so that "constant memory" is shown, not assumed.
 */
public final class ImportRun {
    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);
    private static final String PREFIX = "IMPORT_RESULT ";
    /** Records per transaction on both sides. */
    public static final int BATCH = 1000;

    private ImportRun() {
    }

    /** What one import did. */
    public record Result(String mode, long records, double millis, long statements, long roundTrips,
                         double peakHeapMb, double peakAfterGcMb, double maxHeapMb) {
        public double recordsPerSecond() {
            return records / (millis / 1000.0);
        }

        public double statementsPer1k() {
            return statements * 1000.0 / records;
        }

        public double roundTripsPer1k() {
            return roundTrips * 1000.0 / records;
        }

        String line() {
            return PREFIX + String.join(" ", mode, Long.toString(records), Double.toString(millis),
                    Long.toString(statements), Long.toString(roundTrips), Double.toString(peakHeapMb),
                    Double.toString(peakAfterGcMb), Double.toString(maxHeapMb));
        }

        static Result parse(String line) {
            String[] f = line.substring(PREFIX.length()).trim().split(" ");
            return new Result(f[0], Long.parseLong(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]));
        }
    }

    /** Imports through the library: JpaStorage over a pooled, counted data source, {@link #BATCH} records per batch. */
    public static Result library(Database db, DataGenerator gen) {
        SqlCounter counter = new SqlCounter();
        try (SqlCounter.PooledDataSource ds = counter.dataSource(db.url(), db.user(), db.password());
             JpaStorage storage = JpaStorage.fromDataSource(ds).build()) {
            System.gc();
            counter.reset();
            long t0 = System.nanoTime();
            DataGenerator.Counts counts;
            HeapSampler heap = HeapSampler.start();
            try (heap; BulkImport bulk = storage.bulkImport(BATCH)) {
                counts = gen.writeTo(bulk);
            }
            double millis = (System.nanoTime() - t0) / 1e6;
            return new Result("library", counts.records(), millis, counter.statements(), counter.roundTrips(),
                    heap.peakUsedMb(), heap.peakAfterGcMb(), HeapSampler.maxHeapMb());
        }
    }

    /** Imports through plain JDBC batches into the same tables (created by the library's migrations first, untimed). */
    public static Result baseline(Database db, DataGenerator gen) {
        SqlCounter counter = new SqlCounter();
        try (SqlCounter.PooledDataSource ds = counter.dataSource(db.url(), db.user(), db.password())) {
            JpaStorage.migrate(ds);
            System.gc();
            counter.reset();
            long t0 = System.nanoTime();
            DataGenerator.Counts counts;
            HeapSampler heap = HeapSampler.start();
            try (heap; Connection c = ds.getConnection(); JdbcBaselineWriter w = new JdbcBaselineWriter(c, BATCH, true)) {
                counts = gen.writeTo(w);
            }
            double millis = (System.nanoTime() - t0) / 1e6;
            return new Result("baseline", counts.records(), millis, counter.statements(), counter.roundTrips(),
                    heap.peakUsedMb(), heap.peakAfterGcMb(), HeapSampler.maxHeapMb());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("baseline import into " + db.name() + " failed", e);
        }
    }

    /**
     * Runs one import in a child JVM with {@code -Xmx<heapMb>m} and returns what it printed.
     *
     * @throws IllegalStateException when the child fails (for instance with an OutOfMemoryError)
     */
    public static Result inChildJvm(String mode, Database db, Size size, long seed, int heapMb) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ImportRun.class.getName(), mode, db.store(), db.url(), db.user(), db.password(), size.name(),
                Long.toString(seed)));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Result result = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith(PREFIX)) {
                        result = Result.parse(line);
                    }
                }
            }
            int exit = p.waitFor();
            if (exit != 0 || result == null) {
                throw new IllegalStateException("the " + mode + " import of " + size + " into " + db.store()
                        + " under -Xmx" + heapMb + "m failed (exit " + exit + ")");
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Child entry: {@code mode store url user password size seed}; prints one result line. */
    public static void main(String[] args) {
        String mode = args[0];
        Database db = new Database(args[1], args[2], args[3], args.length > 4 ? args[4] : "", "", null);
        DataGenerator gen = DataGenerator.create(Size.of(args[5]), Long.parseLong(args[6]));
        LOG.info("{} import of {} into {}", mode, gen.describe(), db.url());
        Result r = switch (mode.toLowerCase(Locale.ROOT)) {
            case "library" -> library(db, gen);
            case "baseline" -> baseline(db, gen);
            default -> throw new IllegalArgumentException("mode must be library or baseline: " + mode);
        };
        System.out.println(r.line());
    }
}
