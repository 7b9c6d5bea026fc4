package io.crmkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.interest.InterestStatus;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.golden.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade beyond the golden data sets: several funnels and bad input to every public entry point. */
class ReportsTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate FROM = LocalDate.parse("2026-03-01");
    private static final LocalDate TO = LocalDate.parse("2026-03-31");
    private Crm crm;
    private Reports reports;

    @BeforeEach
    void load() {
        SalesFunnel wholesale = new SalesFunnel("WHOLESALE", "Wholesale", List.of(new Stage("LEAD", "Lead", 20),
                new Stage("DEAL", "Deal", 80)));
        CrmSettings settings = CrmSettings.defaults(MOSCOW).withFunnels(List.of(SalesFunnel.defaultFunnel(), wholesale));
        Fixture f = new Fixture(InMemoryStorage.create(), settings);
        f.department("sales", "Sales", null, 48).manager("m1", "Anna", "sales");
        f.client("c1", "Romashka", "m1", Map.of());
        f.interest("i1", "c1", "m1", "DEFAULT", "100.00 RUB", InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-02T10:00");
        f.interest("w1", "c1", "m1", "WHOLESALE", "1000.00 RUB", InterestStatus.ACTIVE, null, "LEAD", "2026-03-02T10:00",
                "DEAL", "2026-03-04T10:00");
        f.interest("w2", "c1", "m1", "WHOLESALE", "500.00 RUB", InterestStatus.WON, "2026-03-05T10:00", "LEAD", "2026-03-03T10:00");
        crm = f.crmAt("2026-03-13T12:00");
        reports = Reports.of(crm);
    }

    @Test
    void aReportPerFunnel() {
        List<SalesFunnelReport> all = reports.salesFunnels(Scope.company(), FROM, TO);
        assertThat(all).extracting(SalesFunnelReport::funnel).containsExactly("DEFAULT", "WHOLESALE");
        SalesFunnelReport w = all.get(1);
        // WHOLESALE: w1 active at DEAL (1000.00, weighted 800.00); cohort w1, w2; LEAD reached 2, DEAL reached 2
        // (w1 is there, w2 is WON); conversion LEAD 2/2 = 1, DEAL won 1 / 2 = 0.5; LEAD left by w1 after 2 days
        // and by w2 when won after 2 days → 2.
        assertThat(w.stage("DEAL").activeInterests()).extracting(Object::toString).containsExactly("w1");
        assertThat(w.stage("DEAL").weightedAmount().rounded()).containsEntry("RUB", "800.00");
        assertThat(w.stage("LEAD").conversionToNext()).isEqualByComparingTo("1");
        assertThat(w.stage("DEAL").conversionToNext()).isEqualByComparingTo("0.5");
        assertThat(w.stage("LEAD").meanDaysInStage()).isEqualByComparingTo("2");
        assertThat(all.get(0).stage("INQUIRY").activeInterests()).extracting(Object::toString).containsExactly("i1");
        assertThat(reports.salesFunnel(Scope.company(), FROM, TO, "WHOLESALE")).isEqualTo(w);
    }

    @Test
    void badInputToTheFacade() {
        assertThatThrownBy(() -> Reports.of(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("crm");
        assertThatThrownBy(() -> reports.as(ManagerId.of("nobody"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nobody");
        assertThatThrownBy(() -> reports.as(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("caller");
        assertThatThrownBy(() -> reports.withControlRules(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("rules");
        assertThatThrownBy(() -> reports.automotivator(Scope.company(), FROM, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to");
        assertThatThrownBy(() -> reports.touchesPerClient(Scope.company(), TO, FROM)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.interactions(Scope.own(ManagerId.of("m9")), FROM, TO)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("m9");
        assertThatThrownBy(() -> reports.trafficLight(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("scope");
        assertThatThrownBy(() -> reports.drillDown(null, "INQUIRY", FunnelCell.ACTIVE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("report");
        SalesFunnelReport r = reports.salesFunnel(Scope.company(), FROM, TO);
        assertThatThrownBy(() -> reports.drillDown(r, "INQUIRY", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cell");
        assertThatThrownBy(() -> r.idsBehind("INQUIRY", FunnelCell.TIME_IN_STAGE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("TIME_IN_STAGE");
        assertThatThrownBy(() -> reports.findClient(null, Scope.company())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.at(null, MOSCOW)).isInstanceOf(InvalidInputException.class).hasMessageContaining("now");
        assertThatThrownBy(() -> reports.at(Instant.EPOCH, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> reports.build(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("request");
        assertThatThrownBy(() -> reports.sendPriceList(null, io.crmkit.client.ClientId.of("c1"), null, ManagerId.of("m1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("priceList");
    }

    @Test
    void badInputToTheRenderers() {
        assertThatThrownBy(() -> ReportJson.render("not a report")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> ReportJson.render((Object) null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReportCsv.write(42, MOSCOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("java.lang.Integer");
        assertThatThrownBy(() -> ReportCsv.write(reports.warmClients(Scope.company()), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("zone");
        assertThatThrownBy(() -> ReportHtml.render(List.of(), MOSCOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PriceListPdf.render(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("priceList");
        assertThatThrownBy(() -> CalendarIcs.export(null, Instant.EPOCH)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("calendar");
        assertThatThrownBy(() -> new ReportTable("t", "T", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 cells");
        assertThat(ReportHtml.escape(null)).isEmpty();
        assertThat(ReportHtml.escape("a&b<c>\"d'")).isEqualTo("a&amp;b&lt;c&gt;&quot;d&#39;");
    }

    @Test
    void roundingFollowsTheConventions() {
        assertThat(Ratios.ratio(2, 3)).isEqualByComparingTo("0.6667").hasToString("0.6667");
        assertThat(Ratios.ratio(1, 8)).hasToString("0.125");
        assertThat(Ratios.ratio(1, 20000)).hasToString("0.0001");
        assertThat(Ratios.ratio(1, 20001)).hasToString("0");
        assertThat(Ratios.ratio(20, 2)).hasToString("10");
        assertThat(Ratios.ratio(5, 0)).isNull();
        assertThat(Ratios.mean(1, 0)).isNull();
        assertThat(Ratios.mean(5, 8)).hasToString("0.63");
        assertThat(Ratios.meanDays(86_400_000L * 3 / 2, 1)).hasToString("1.5");
        assertThat(Ratios.meanDays(431_999L, 1)).hasToString("0");
        assertThat(Ratios.meanDays(432_000L, 1)).hasToString("0.01");
        assertThat(Ratios.meanDays(0, 0)).isNull();
        assertThat(Ratios.money(new java.math.BigDecimal("0.005"))).isEqualTo("0.01");
        assertThat(Ratios.money(new java.math.BigDecimal("12"))).isEqualTo("12.00");
    }
}
