package io.crmkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap while a measurement runs: the most heap ever in use (garbage included) and the
 * most heap still in use right after a collection (close to the live set, what "constant memory"
 * is about).
 */
public final class HeapSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    /** Starts sampling every 5 ms. */
    public static HeapSampler start() {
        HeapSampler s = new HeapSampler();
        s.sampleOnce();
        s.thread.start();
        return s;
    }

    private void sample() {
        while (running) {
            sampleOnce();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sampleOnce() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > peakUsed) {
            peakUsed = used;
        }
        long afterGc = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) {
                afterGc += u.getUsed();
            }
        }
        if (afterGc > peakAfterGc) {
            peakAfterGc = afterGc;
        }
    }

    /** The most heap in use, in MB. */
    public double peakUsedMb() {
        return peakUsed / 1048576.0;
    }

    /** The most heap in use after a collection, in MB. */
    public double peakAfterGcMb() {
        return peakAfterGc / 1048576.0;
    }

    /** The JVM's maximum heap (-Xmx), in MB. */
    public static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampleOnce();
    }
}
