package io.crmkit.bench;

import io.crmkit.org.ManagerId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.State;

/**
 * The per-person screens (My tasks, My sales, one manager's week calendar), each beside the SQL
 * that fetches the same rows. Every call opens the screen of another of 16 team managers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScreenBenchmarks {
    /** Whose screen comes next, per thread. */
    @State(org.openjdk.jmh.annotations.Scope.Thread)
    public static class Cursor {
        int i;

        ManagerId next(DbState s) {
            i = (i + 1) % s.managers.length;
            return s.managers[i];
        }
    }

    @Benchmark
    public Object myTasksLibrary(DbState s, Cursor c) {
        return s.crm.agenda().myTasks(c.next(s));
    }

    @Benchmark
    public Object myTasksBaseline(DbState s, Cursor c) {
        return s.base.myTasks(c.next(s), s.gen.now());
    }

    @Benchmark
    public Object mySalesLibrary(DbState s, Cursor c) {
        return s.crm.agenda().mySales(c.next(s));
    }

    @Benchmark
    public Object mySalesBaseline(DbState s, Cursor c) {
        return s.base.mySales(c.next(s));
    }

    @Benchmark
    public Object weekCalendarLibrary(DbState s, Cursor c) {
        return s.crm.agenda().calendar(c.next(s), ReportParams.WEEK_FROM, ReportParams.WEEK_TO);
    }

    @Benchmark
    public Object weekCalendarBaseline(DbState s, Cursor c) {
        return s.base.calendar(c.next(s), ReportParams.WEEK_FROM, ReportParams.WEEK_TO);
    }
}
