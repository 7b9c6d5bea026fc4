package io.crmkit.bench;

import io.crmkit.Crm;
import io.crmkit.catalog.InteractionType;
import io.crmkit.catalog.PortraitField;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.org.ResolvedScope;
import io.crmkit.org.Scope;
import io.crmkit.report.ReportQueries;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library side of every report benchmark: the report computed by crmkit over a {@link Crm},
 * turned into {@link ReportNumbers} so that it can be checked against its baseline.
 */
public final class LibraryReports {
    private final Crm crm;

    public LibraryReports(Crm crm) {
        this.crm = crm;
    }

    private ReportQueries queries() {
        return crm.storage().reportQueries();
    }

    private ResolvedScope company() {
        return crm.context().resolve(Scope.company());
    }

    Map<String, Integer> points() {
        Map<String, Integer> out = new HashMap<>();
        for (InteractionType t : crm.settings().interactionTypes()) {
            out.put(t.code(), t.points());
        }
        return out;
    }

    /** The company's sales funnel of Q1 2026. */
    public ReportNumbers.Funnel funnel() {
        SalesFunnel f = crm.settings().defaultFunnel();
        ZoneId zone = crm.settings().zone();
        return ReportNumbers.Funnel.fromFacts(f, queries().funnelFacts(company(), f,
                ReportParams.FUNNEL_FROM.atStartOfDay(zone).toInstant(),
                ReportParams.FUNNEL_TO.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** The company's automotivator of February 2026. */
    public ReportNumbers.Automotivator automotivator() {
        return ReportNumbers.Automotivator.fromFacts(queries().dailyPoints(company(), ReportParams.MONTH_FROM,
                ReportParams.MONTH_TO, crm.settings().zone(), points()));
    }

    /** The company's traffic light now. */
    public ReportNumbers.TrafficLight trafficLight() {
        ResolvedScope rs = company();
        Set<String> required = new TreeSet<>();
        for (PortraitField f : crm.settings().portraitFields()) {
            if (f.required()) {
                required.add(f.key());
            }
        }
        return ReportNumbers.TrafficLight.fromFacts(rs.managers(), queries().clientFacts(rs, crm.clock().instant(), required));
    }

    /** The RETAIL price list of every group today. */
    public ReportNumbers.PriceList priceList() {
        return ReportNumbers.PriceList.fromFacts(queries().currentPrices(ReportParams.PRICE_TYPE, ReportParams.PRICE_DATE));
    }
}
