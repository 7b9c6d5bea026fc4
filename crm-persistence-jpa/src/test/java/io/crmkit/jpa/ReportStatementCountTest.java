package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Crm;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.org.Scope;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.reports.Reports;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a whole report (crm-reports' {@link Reports} over the JPA storage) costs in SQL statements,
 * transactions and entities loaded, on a small and on a ten times larger data set: the same on
 * both, and no more than the report needs. Guards the report-level fixes of the benchmarks: the
 * price list reads its type, groups and prices in one statement without entities; the
 * automotivator and the traffic light load the org chart once, in one transaction.
 */
class ReportStatementCountTest {
    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

    record Cost(long statements, long transactions, long entities) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void reportsCostTheSameWhateverTheDataSize(TestDatabases.Kind kind) {
        Map<String, Cost> small = measure(kind, 4);
        Map<String, Cost> large = measure(kind, 40);
        System.out.println(kind + " cost per report: " + small);
        assertThat(large).isEqualTo(small);
        // price list: price type, groups and prices in one statement and transaction, no entities
        assertThat(small.get("priceList")).isEqualTo(new Cost(1, 1, 0));
        // org chart (departments, managers) once in one transaction, then one aggregate statement (on PostgreSQL
        // preceded by the request for custom plans, Jpa.customPlans)
        int plans = kind == TestDatabases.Kind.POSTGRESQL ? 1 : 0;
        assertThat(small.get("automotivator").statements()).isEqualTo(3 + plans);
        assertThat(small.get("automotivator").transactions()).isEqualTo(2);
        assertThat(small.get("trafficLight").statements()).isEqualTo(3 + plans);
        assertThat(small.get("trafficLight").transactions()).isEqualTo(2);
        // the org chart's one department and two managers, nothing per client or interaction
        assertThat(small.get("automotivator").entities()).isEqualTo(3);
        assertThat(small.get("trafficLight").entities()).isEqualTo(3);
    }

    private Map<String, Cost> measure(TestDatabases.Kind kind, int clients) {
        JpaStorage s = SharedStorages.emptied(kind);
        StatementCountTest.seed(s, clients);
        s.transactions().run(() -> {
            s.products().saveGroup(new ProductGroup(ProductGroupId.of("g1"), "Hardware", null));
            s.products().saveGroup(new ProductGroup(ProductGroupId.of("g2"), "Laptops", ProductGroupId.of("g1")));
        });
        Crm crm = Crm.builder().storage(s).clock(Clock.fixed(NOW, ZoneId.of("Europe/Moscow")))
                .settings(CrmSettings.defaults(ZoneId.of("Europe/Moscow"))).build();
        Reports reports = Reports.of(crm);
        Statistics stats = s.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        Map<String, Consumer<Reports>> runs = new LinkedHashMap<>();
        runs.put("priceList", r -> assertThat(r.priceList("RETAIL", LocalDate.parse("2026-03-10"), null, null).items())
                .hasSize(clients));
        runs.put("automotivator", r -> assertThat(r.automotivator(Scope.company(), LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31")).managers()).hasSize(2));
        runs.put("trafficLight", r -> assertThat(r.trafficLight(Scope.company()).clients()).hasSize(clients));
        Map<String, Cost> out = new LinkedHashMap<>();
        runs.forEach((name, run) -> {
            stats.clear();
            run.accept(reports);
            out.put(name, new Cost(stats.getPrepareStatementCount(), stats.getTransactionCount(), stats.getEntityLoadCount()));
        });
        return out;
    }
}
