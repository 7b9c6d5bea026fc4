package io.crmkit.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The plain harness for what JMH does not fit (an import that needs a fresh database per run, a
 * data set too large to rebuild per fork): a few warm-up runs, then repeated timed runs.
 */
public final class Timing {
    private Timing() {
    }

    /** Wall times of the timed runs, in nanoseconds, sorted. */
    public record Runs(long[] nanos) {
        public Runs {
            nanos = nanos.clone();
            Arrays.sort(nanos);
        }

        public double medianMillis() {
            int n = nanos.length;
            double mid = n % 2 == 1 ? nanos[n / 2] : (nanos[n / 2 - 1] + nanos[n / 2]) / 2.0;
            return mid / 1e6;
        }

        public double minMillis() {
            return nanos[0] / 1e6;
        }

        /** The value at quantile {@code q} (0..1), nearest rank. */
        public double quantileMillis(double q) {
            int i = (int) Math.ceil(q * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }
    }

    /** Black hole for results, so that the JIT cannot drop the work. */
    private static volatile Object sink;

    /** Runs {@code work} {@code warmups} times untimed, then {@code runs} times timed. */
    public static Runs measure(int warmups, int runs, Supplier<?> work) {
        if (runs <= 0) {
            throw new IllegalArgumentException("runs must be positive: " + runs);
        }
        for (int i = 0; i < warmups; i++) {
            sink = work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink = work.get();
            nanos[i] = System.nanoTime() - t0;
        }
        return new Runs(nanos);
    }

    /** Timed runs of two pieces of work measured side by side. */
    public record Pair(Runs first, Runs second) {
    }

    /**
     * Runs {@code a} and {@code b} alternately ({@code warmups} untimed rounds, then {@code runs}
     * timed rounds, each round timing {@code a} then {@code b}, the order swapped every round), so
     * that a change of machine load or a collection of a large heap falls on both sides alike
     * instead of on whichever block of runs it happens to hit.
     */
    public static Pair alternate(int warmups, int runs, Supplier<?> a, Supplier<?> b) {
        if (runs <= 0) {
            throw new IllegalArgumentException("runs must be positive: " + runs);
        }
        for (int i = 0; i < warmups; i++) {
            sink = a.get();
            sink = b.get();
        }
        long[] na = new long[runs];
        long[] nb = new long[runs];
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                na[i] = time(a);
                nb[i] = time(b);
            } else {
                nb[i] = time(b);
                na[i] = time(a);
            }
        }
        return new Pair(new Runs(na), new Runs(nb));
    }

    private static long time(Supplier<?> work) {
        long t0 = System.nanoTime();
        sink = work.get();
        return System.nanoTime() - t0;
    }

    static Object last() {
        return sink;
    }
}
