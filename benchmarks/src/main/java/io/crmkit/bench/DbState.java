package io.crmkit.bench;

import io.crmkit.Crm;
import io.crmkit.jpa.JpaStorage;
import io.crmkit.org.ManagerId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A loaded database as the JMH benchmarks see it: the library (a {@link Crm} on crm-persistence-jpa's
 * JpaStorage over a small pool) and the baseline (hand-written SQL on a connection of its own), side
 * by side on the same data. The data set is recomputed from its size and seed (never loaded) to know
 * what to look up. Opened once per JVM and database, so that in-process runs share it.
 */
@State(Scope.Benchmark)
public class DbState {
    /** The JDBC URL of the loaded database. */
    @Param({""})
    public String url;
    @Param({"sa"})
    public String user;
    @Param({""})
    public String password;
    @Param({"S"})
    public String size;
    @Param({"20260313"})
    public long seed;

    /** How many different lookup targets and managers a benchmark cycles through. */
    public static final int TARGETS = 64;
    public static final int MANAGERS = 16;

    DataGenerator gen;
    Crm crm;
    LibraryReports lib;
    SqlBaseline base;
    DataGenerator.LookupTarget[] targets;
    ManagerId[] managers;

    record Opened(SqlCounter.PooledDataSource ds, JpaStorage storage, Crm crm, Connection baseline) {
    }

    private static final Map<String, Opened> OPEN = new ConcurrentHashMap<>();

    @Setup(Level.Trial)
    public void open() {
        gen = DataGenerator.create(Size.of(size), seed);
        Opened o = shared(url, user, password, gen);
        crm = o.crm();
        lib = new LibraryReports(crm);
        base = new SqlBaseline(o.baseline(), gen.settings());
        targets = new DataGenerator.LookupTarget[TARGETS];
        for (int i = 0; i < TARGETS; i++) {
            targets[i] = gen.lookupTarget(i);
        }
        managers = gen.teamManagers(MANAGERS).toArray(new ManagerId[0]);
    }

    /** The library and the baseline's connection on a loaded database, opened once per JVM. */
    static Opened shared(String url, String user, String password, DataGenerator gen) {
        return OPEN.computeIfAbsent(url, u -> {
            SqlCounter.PooledDataSource ds = new SqlCounter().dataSource(u, user, password);
            JpaStorage storage = JpaStorage.fromDataSource(ds).migrate(false).build();
            Crm c = Crm.builder().storage(storage).clock(gen.clock()).settings(gen.settings()).build();
            try {
                return new Opened(ds, storage, c, java.sql.DriverManager.getConnection(u, user, password));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot connect to " + u, e);
            }
        });
    }

    /** Closes every database this JVM opened (for in-process runs; a forked JVM just exits). */
    public static void closeAll() {
        for (Opened o : OPEN.values()) {
            o.storage().close();
            o.ds().close();
            try {
                o.baseline().close();
            } catch (SQLException e) {
                // the database may be gone already; nothing is left to release
            }
        }
        OPEN.clear();
    }
}
