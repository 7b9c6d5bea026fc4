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

    /** Informational: the funnel's SQL listing every active interest and cohort member as the report does. */
    @Benchmark
    public Object funnelListedBaseline(DbState s) {
        return s.base.funnelListed(ReportParams.FUNNEL_FROM, ReportParams.FUNNEL_TO, new java.util.ArrayList<>());
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

    /** Informational: the traffic light's SQL listing every client as the report does (not the ratio's baseline). */
    @Benchmark
    public Object trafficLightListedBaseline(DbState s) {
        return s.base.trafficLightListed(s.gen.now(), new java.util.ArrayList<>());
    }

    /** Informational: the price list's SQL reading names, units, groups and the type as the report does. */
    @Benchmark
    public Object priceListListedBaseline(DbState s) {
        return s.base.priceListListed(ReportParams.PRICE_TYPE, ReportParams.PRICE_DATE, new java.util.ArrayList<>(),
                new java.util.ArrayList<>());
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
