package io.crmkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** The four reports through crm-reports on the JPA storage, each beside its hand-written SQL. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmarks {
    @Benchmark
    public Object funnelLibrary(DbState s) {
        return s.lib.funnelReport();
    }

    @Benchmark
    public Object funnelBaseline(DbState s) {
        return s.base.funnel(ReportParams.FUNNEL_FROM, ReportParams.FUNNEL_TO);
    }

    @Benchmark
    public Object automotivatorLibrary(DbState s) {
        return s.lib.automotivatorReport();
    }

    @Benchmark
    public Object automotivatorBaseline(DbState s) {
        return s.base.automotivator(ReportParams.MONTH_FROM, ReportParams.MONTH_TO);
    }

    @Benchmark
    public Object trafficLightLibrary(DbState s) {
        return s.lib.trafficLightReport();
    }

    @Benchmark
    public Object trafficLightBaseline(DbState s) {
        return s.base.trafficLight(s.gen.now());
    }

    @Benchmark
    public Object priceListLibrary(DbState s) {
        return s.lib.priceListReport();
    }

    @Benchmark
    public Object priceListBaseline(DbState s) {
        return s.base.priceList(ReportParams.PRICE_TYPE, ReportParams.PRICE_DATE);
    }
}
