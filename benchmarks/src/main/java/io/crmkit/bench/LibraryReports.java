package io.crmkit.bench;

import io.crmkit.Crm;
import io.crmkit.catalog.InteractionType;
import io.crmkit.money.MoneySum;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.product.ProductId;
import io.crmkit.reports.Automotivator;
import io.crmkit.reports.PriceList;
import io.crmkit.reports.Reports;
import io.crmkit.reports.SalesFunnelReport;
import io.crmkit.reports.TrafficLight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The library side of every report benchmark: the report as crm-reports' {@link Reports} computes
 * it over a {@link Crm} (on whatever storage the crm has), plus the conversion of each report to
 * {@link ReportNumbers} so that it can be checked against its baseline. The benchmarks time the
 * report calls only; the conversions are for the checks.
 */
public final class LibraryReports {
    private final Crm crm;
    private final Reports reports;

    public LibraryReports(Crm crm) {
        this.crm = crm;
        this.reports = Reports.of(crm);
    }

    Map<String, Integer> points() {
        Map<String, Integer> out = new HashMap<>();
        for (InteractionType t : crm.settings().interactionTypes()) {
            out.put(t.code(), t.points());
        }
        return out;
    }

    /** The company's sales funnel of Q1 2026. */
    public SalesFunnelReport funnelReport() {
        return reports.salesFunnel(Scope.company(), ReportParams.FUNNEL_FROM, ReportParams.FUNNEL_TO);
    }

    /** The company's automotivator of February 2026. */
    public Automotivator automotivatorReport() {
        return reports.automotivator(Scope.company(), ReportParams.MONTH_FROM, ReportParams.MONTH_TO);
    }

    /** The company's traffic light now. */
    public TrafficLight trafficLightReport() {
        return reports.trafficLight(Scope.company());
    }

    /** The RETAIL price list of every group today. */
    public PriceList priceListReport() {
        return reports.priceList(ReportParams.PRICE_TYPE, ReportParams.PRICE_DATE, null, null);
    }

    public ReportNumbers.Funnel funnel() {
        return numbers(funnelReport());
    }

    public ReportNumbers.Automotivator automotivator() {
        return numbers(automotivatorReport());
    }

    public ReportNumbers.TrafficLight trafficLight() {
        return numbers(trafficLightReport());
    }

    public ReportNumbers.PriceList priceList() {
        return numbers(priceListReport());
    }

    private static Map<String, BigDecimal> exact(MoneySum s) {
        return s.exact();
    }

    public static ReportNumbers.Funnel numbers(SalesFunnelReport r) {
        List<ReportNumbers.StageNumbers> stages = new ArrayList<>();
        for (SalesFunnelReport.StageRow s : r.stages()) {
            stages.add(new ReportNumbers.StageNumbers(s.code(), s.activeCount(), exact(s.activeAmount()),
                    exact(s.weightedAmount()), s.reached(), s.lostAt(), s.meanDaysInStage()));
        }
        return new ReportNumbers.Funnel(stages, r.won().size(), r.lost().size());
    }

    public static ReportNumbers.Automotivator numbers(Automotivator a) {
        List<ReportNumbers.DayRow> rows = new ArrayList<>();
        for (Automotivator.ManagerRow m : a.managers()) {
            for (Automotivator.Day d : m.days()) {
                rows.add(new ReportNumbers.DayRow(m.manager(), d.date(), d.planned(), d.earned()));
            }
        }
        return new ReportNumbers.Automotivator(rows);
    }

    public static ReportNumbers.TrafficLight numbers(TrafficLight t) {
        Map<ManagerId, long[]> acc = new TreeMap<>();
        for (TrafficLight.ManagerCounts m : t.managers()) {
            acc.put(m.manager(), new long[] {m.counts().red(), m.counts().yellow(), m.counts().green()});
        }
        return ReportNumbers.TrafficLight.of(acc);
    }

    public static ReportNumbers.PriceList numbers(PriceList p) {
        Map<ProductId, BigDecimal> prices = new TreeMap<>();
        for (PriceList.Item i : p.items()) {
            prices.put(i.product(), i.price());
        }
        return new ReportNumbers.PriceList(prices);
    }
}
