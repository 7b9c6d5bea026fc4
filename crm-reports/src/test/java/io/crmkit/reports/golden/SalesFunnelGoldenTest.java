package io.crmkit.reports.golden;

import static io.crmkit.reports.golden.JsonAssert.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.AccessDeniedException;
import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestStatus;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.FunnelCell;
import io.crmkit.reports.ReportJson;
import io.crmkit.reports.ReportRequest;
import io.crmkit.reports.Reports;
import io.crmkit.reports.SalesFunnelReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sales funnel report on a hand-worked data set (zone Europe/Moscow, default funnel
 * INQUIRY 10 → OFFER 30 → AGREEMENT 50 → CONTRACT 70 → FULFILMENT 90, period 2026-03-01..2026-03-31).
 *
 * <pre>
 * department sales (m1, m2); department other (m3), which the sales scope must hide
 * id  mgr  created           history                                   status  closed            amount
 * i1  m1   03-02 10:00       INQUIRY 03-02 10:00, OFFER 03-05 10:00    ACTIVE                    150000.00 RUB
 * i2  m1   03-03 10:00       INQUIRY 03-03 10:00, CONTRACT 03-04 10:00 WON     03-10 10:00       200000.00 RUB  (skips OFFER, AGREEMENT)
 * i3  m2   03-04 12:00       INQUIRY 03-04 12:00, OFFER 03-06 12:00    LOST    03-07 00:00        50000.00 RUB
 * i4  m2   03-05 09:00       INQUIRY                                   ACTIVE                    —
 * i5  m1   02-20 10:00       INQUIRY 02-20, AGREEMENT 02-25 10:00      ACTIVE                     1000.00 USD  (before the period)
 * i6  m1   03-10 10:00       INQUIRY 03-10 10:00, OFFER 03-11 10:00    lost 03-12 10:00, reopened 03-12 15:00 → ACTIVE, 99.99 RUB
 * i7  m3   03-02 10:00       INQUIRY                                   ACTIVE                      777.00 RUB  (other department)
 * i8  m2   04-01 00:30       INQUIRY                                   ACTIVE                       10.00 RUB  (just after the period)
 * i9  m2   03-31 23:30       INQUIRY                                   ACTIVE                    —            (last half hour of the period)
 * </pre>
 *
 * Scope department sales: active now (any creation date) i1, i4, i5, i6, i8, i9; cohort (created
 * 03-01 00:00 .. 04-01 00:00 Moscow) i1, i2, i3, i4, i6, i9.
 */
public abstract class SalesFunnelGoldenTest {
    private static final LocalDate FROM = LocalDate.parse("2026-03-01");
    private static final LocalDate TO = LocalDate.parse("2026-03-31");
    private Crm crm;
    private Reports reports;

    /** A fresh, empty storage. */
    protected abstract Storage newStorage();

    @BeforeEach
    void load() {
        Fixture f = new Fixture(newStorage(), CrmSettings.defaults(ZoneId.of("Europe/Moscow")));
        f.department("sales", "Sales", null, 48).department("other", "Other", null, 48)
                .manager("m1", "Anna", "sales").manager("m2", "Boris", "sales").manager("m3", "Clara", "other")
                .head("sales", "m1").head("other", "m3");
        f.client("c1", "Romashka", "m1", Map.of()).client("c2", "Vasilek", "m2", Map.of()).client("c3", "Lyutik", "m3", Map.of());
        f.interest("i1", "c1", "m1", "DEFAULT", "150000.00 RUB", InterestStatus.ACTIVE, null,
                "INQUIRY", "2026-03-02T10:00", "OFFER", "2026-03-05T10:00");
        f.interest("i2", "c1", "m1", "DEFAULT", "200000.00 RUB", InterestStatus.WON, "2026-03-10T10:00",
                "INQUIRY", "2026-03-03T10:00", "CONTRACT", "2026-03-04T10:00");
        f.interest("i3", "c2", "m2", "DEFAULT", "50000.00 RUB", InterestStatus.LOST, "2026-03-07T00:00",
                "INQUIRY", "2026-03-04T12:00", "OFFER", "2026-03-06T12:00");
        f.interest("i4", "c2", "m2", "DEFAULT", null, InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-05T09:00");
        f.interest("i5", "c1", "m1", "DEFAULT", "1000.00 USD", InterestStatus.ACTIVE, null,
                "INQUIRY", "2026-02-20T10:00", "AGREEMENT", "2026-02-25T10:00");
        Interest i6 = f.opened("i6", "c1", "m1", "99.99 RUB", "2026-03-10T10:00")
                .moveTo(f.funnel(), "OFFER", ManagerId.of("m1"), f.at("2026-03-11T10:00"))
                .lose("Price too high", f.at("2026-03-12T10:00"))
                .reopen(f.at("2026-03-12T15:00"));
        f.interest(i6);
        f.interest("i7", "c3", "m3", "DEFAULT", "777.00 RUB", InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-02T10:00");
        f.interest("i8", "c2", "m2", "DEFAULT", "10.00 RUB", InterestStatus.ACTIVE, null, "INQUIRY", "2026-04-01T00:30");
        f.interest("i9", "c2", "m2", "DEFAULT", null, InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-31T23:30");
        crm = f.crmAt("2026-04-02T12:00");
        reports = Reports.of(crm);
    }

    @Test
    void departmentScopeGivesTheHandWorkedFunnel() {
        SalesFunnelReport r = reports.salesFunnel(Scope.department(DepartmentId.of("sales")), FROM, TO);
        // INQUIRY: active i4, i8, i9; amount 10.00 (i8 only has one); weighted 10 × 0.10 = 1.00.
        //   reached: all 6 of the cohort; conversion = reached(OFFER) 4 / 6 = 0.66666… → 0.6667.
        //   time: left entries i1 3 d, i2 1 d, i3 2 d, i6 1 d (i4, i9 still there) → 7 / 4 = 1.75.
        // OFFER: active i1, i6: 150000.00 + 99.99 = 150099.99; weighted × 0.30 = 45029.997 → 45030.00.
        //   reached: i1, i2 (skipped it: a later stage counts), i3, i6 = 4; conversion 1 / 4 = 0.25.
        //   lostAt: i3 (i6 was lost there too but is reopened, ACTIVE now) = 1.
        //   time: only i3's entry was left (06 12:00 → closed 07 00:00) = 0.5 d; i1 and i6 are still at OFFER.
        // AGREEMENT: active i5 (created in February, still counted) 1000.00 USD, weighted 500.00 USD.
        //   reached: i2 only (furthest CONTRACT); conversion 1 / 1 = 1; nobody entered it → mean null.
        // CONTRACT: nothing active ({}); reached i2; conversion 1; i2 there 04 10:00 → closed 10 10:00 = 6 d.
        // FULFILMENT: reached i2 (WON reached every stage); conversion = won 1 / reached 1 = 1; mean null.
        // won 1 (i2), lost 1 (i3). i7 (other department) appears nowhere; i8 is outside the period.
        assertJson(ReportJson.render(r), """
                {'funnel': 'DEFAULT', 'stages': [
                 {'code': 'INQUIRY', 'activeCount': 3, 'activeAmount': {'RUB': '10.00'}, 'weightedAmount': {'RUB': '1.00'},
                  'activeInterests': ['i4', 'i8', 'i9'], 'reached': 6, 'conversionToNext': 0.6667, 'lostAt': 0, 'meanDaysInStage': 1.75},
                 {'code': 'OFFER', 'activeCount': 2, 'activeAmount': {'RUB': '150099.99'}, 'weightedAmount': {'RUB': '45030.00'},
                  'activeInterests': ['i1', 'i6'], 'reached': 4, 'conversionToNext': 0.25, 'lostAt': 1, 'meanDaysInStage': 0.5},
                 {'code': 'AGREEMENT', 'activeCount': 1, 'activeAmount': {'USD': '1000.00'}, 'weightedAmount': {'USD': '500.00'},
                  'activeInterests': ['i5'], 'reached': 1, 'conversionToNext': 1, 'lostAt': 0, 'meanDaysInStage': null},
                 {'code': 'CONTRACT', 'activeCount': 0, 'activeAmount': {}, 'weightedAmount': {},
                  'activeInterests': [], 'reached': 1, 'conversionToNext': 1, 'lostAt': 0, 'meanDaysInStage': 6},
                 {'code': 'FULFILMENT', 'activeCount': 0, 'activeAmount': {}, 'weightedAmount': {},
                  'activeInterests': [], 'reached': 1, 'conversionToNext': 1, 'lostAt': 0, 'meanDaysInStage': null}],
                 'won': 1, 'lost': 1}""");
        assertThat(ReportJson.write(ReportJson.render(r))).contains("\"RUB\" : \"45030.00\"").contains("\"conversionToNext\" : 0.6667,");
    }

    @Test
    void companyScopeAddsTheOtherDepartment() {
        SalesFunnelReport r = reports.salesFunnel(Scope.company(), FROM, TO);
        // i7 joins: INQUIRY active i4, i7, i8, i9 with 777.00 + 10.00 = 787.00, weighted 78.70;
        // the cohort has 7 members, 4 reached OFFER: 4 / 7 = 0.571428… → 0.5714.
        assertJson(ReportJson.render(r), """
                {'stages': [{'code': 'INQUIRY', 'activeCount': 4, 'activeAmount': {'RUB': '787.00'},
                  'weightedAmount': {'RUB': '78.70'}, 'activeInterests': ['i4', 'i7', 'i8', 'i9'], 'reached': 7,
                  'conversionToNext': 0.5714, 'meanDaysInStage': 1.75}, {}, {}, {}, {}], 'won': 1, 'lost': 1}""");
    }

    @Test
    void ownScopeShowsOneManager() {
        SalesFunnelReport r = reports.salesFunnel(Scope.own(ManagerId.of("m2")), FROM, TO);
        // m2: active i4, i8, i9 at INQUIRY; cohort i3 (reached OFFER, lost there), i4, i9.
        // INQUIRY reached 3, conversion 1 / 3 = 0.3333; left entries: i3 only, 2 days.
        assertJson(ReportJson.render(r), """
                {'stages': [{'code': 'INQUIRY', 'activeCount': 3, 'reached': 3, 'conversionToNext': 0.3333, 'meanDaysInStage': 2},
                 {'code': 'OFFER', 'activeCount': 0, 'reached': 1, 'conversionToNext': 0, 'lostAt': 1, 'meanDaysInStage': 0.5},
                 {'code': 'AGREEMENT', 'reached': 0, 'conversionToNext': null}, {}, {}], 'won': 0, 'lost': 1}""");
    }

    @Test
    void anEmptyPeriodHasNoCohortButStillTheActiveInterests() {
        SalesFunnelReport r = reports.salesFunnel(Scope.department(DepartmentId.of("sales")),
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"));
        // nobody was created in May: reached 0 everywhere, every conversion and mean null; the
        // active columns do not depend on the period.
        assertJson(ReportJson.render(r), """
                {'stages': [
                 {'code': 'INQUIRY', 'activeCount': 3, 'reached': 0, 'conversionToNext': null, 'lostAt': 0, 'meanDaysInStage': null},
                 {'code': 'OFFER', 'activeCount': 2, 'reached': 0, 'conversionToNext': null, 'lostAt': 0, 'meanDaysInStage': null},
                 {'code': 'AGREEMENT', 'activeCount': 1, 'reached': 0, 'conversionToNext': null},
                 {'code': 'CONTRACT', 'reached': 0, 'conversionToNext': null},
                 {'code': 'FULFILMENT', 'reached': 0, 'conversionToNext': null}], 'won': 0, 'lost': 0}""");
    }

    @Test
    void everyCellDrillsDownToItsInterests() {
        SalesFunnelReport r = reports.salesFunnel(Scope.department(DepartmentId.of("sales")), FROM, TO);
        assertThat(ids(reports, r, "OFFER", FunnelCell.ACTIVE)).containsExactly("i1", "i6");
        assertThat(ids(reports, r, "OFFER", FunnelCell.REACHED)).containsExactly("i1", "i2", "i3", "i6");
        assertThat(ids(reports, r, "OFFER", FunnelCell.CONVERTED)).containsExactly("i2");
        assertThat(ids(reports, r, "OFFER", FunnelCell.LOST_AT)).containsExactly("i3");
        assertThat(ids(reports, r, "INQUIRY", FunnelCell.TIME_IN_STAGE)).containsExactly("i1", "i2", "i3", "i6");
        assertThat(ids(reports, r, "OFFER", FunnelCell.TIME_IN_STAGE)).containsExactly("i3");
        assertThat(ids(reports, r, "AGREEMENT", FunnelCell.TIME_IN_STAGE)).isEmpty();
        assertThat(ids(reports, r, "FULFILMENT", FunnelCell.CONVERTED)).containsExactly("i2");
        assertThat(ids(reports, r, null, FunnelCell.WON)).containsExactly("i2");
        assertThat(ids(reports, r, null, FunnelCell.LOST)).containsExactly("i3");
        assertThat(r.cohort()).extracting(Object::toString).containsExactly("i1", "i2", "i3", "i4", "i6", "i9");
        assertThatThrownBy(() -> reports.drillDown(r, "NOPE", FunnelCell.ACTIVE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NOPE");
    }

    @Test
    void theScenarioEntryPointGivesTheSameShape() {
        var json = reports.run(ReportRequest.salesFunnel("funnel", Scope.department(DepartmentId.of("sales")), FROM, TO, null),
                crm.clock().instant(), ZoneId.of("Europe/Moscow"));
        assertJson(json, "{'funnel': 'DEFAULT', 'won': 1, 'lost': 1, 'stages': [{'reached': 6}, {}, {}, {}, {}]}");
    }

    @Test
    void aManagerSeesOnlyTheirOwnFunnelAndAHeadTheirDepartment() {
        Reports asBoris = reports.as(ManagerId.of("m2"));
        assertThat(asBoris.salesFunnel(Scope.own(ManagerId.of("m2")), FROM, TO).cohort()).hasSize(3);
        assertThatThrownBy(() -> asBoris.salesFunnel(Scope.department(DepartmentId.of("sales")), FROM, TO))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asBoris.salesFunnel(Scope.own(ManagerId.of("m1")), FROM, TO))
                .isInstanceOf(AccessDeniedException.class);
        Reports asHead = reports.as(ManagerId.of("m1"));
        assertThat(asHead.salesFunnel(Scope.department(DepartmentId.of("sales")), FROM, TO).cohort()).hasSize(6);
        assertThatThrownBy(() -> asHead.salesFunnel(Scope.department(DepartmentId.of("other")), FROM, TO))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHead.salesFunnel(Scope.company(), FROM, TO)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRejectedNamingTheField() {
        Scope sales = Scope.department(DepartmentId.of("sales"));
        assertThatThrownBy(() -> reports.salesFunnel(sales, TO, FROM)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to").hasMessageContaining("2026-03-01");
        assertThatThrownBy(() -> reports.salesFunnel(sales, null, TO)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from");
        assertThatThrownBy(() -> reports.salesFunnel(sales, FROM, TO, "WHOLESALE")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("WHOLESALE");
        assertThatThrownBy(() -> reports.salesFunnel(Scope.department(DepartmentId.of("nope")), FROM, TO))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> reports.salesFunnel(sales, FROM, FROM.plusDays(400)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("366");
        assertThatThrownBy(() -> reports.salesFunnel(null, FROM, TO)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scope");
    }

    @Test
    void aCohortAcrossTheDaylightSavingChange() {
        // Europe/Berlin switches from CET (+01:00) to CEST (+02:00) at 2026-03-29 02:00.
        // b1 created 03-29 00:30 CET: in the one-day period 03-29. b2 created 03-30 00:30 CEST
        // (= 03-29 22:30 UTC; a fixed +01:00 would put it on the 29th): outside.
        // b1 was at INQUIRY from 03-29 00:30 CET (= 03-28 23:30 UTC) to 03-30 12:00 CEST
        // (= 03-30 10:00 UTC): 34 h 30 min = 1.4375 days → 1.44 (the day of the change has 23 hours).
        // b3 created 03-28 12:00 CET is outside the period; it is ACTIVE at OFFER with 100.00 EUR.
        Fixture f = new Fixture(newStorage(), CrmSettings.defaults(ZoneId.of("Europe/Berlin")));
        f.department("d", "D", null, 48).manager("a", "A", "d");
        f.client("c", "C", "a", Map.of());
        f.interest("b1", "c", "a", "DEFAULT", null, InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-29T00:30",
                "OFFER", "2026-03-30T12:00");
        f.interest("b2", "c", "a", "DEFAULT", null, InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-30T00:30");
        f.interest("b3", "c", "a", "DEFAULT", "100.00 EUR", InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-28T12:00",
                "OFFER", "2026-03-28T13:00");
        Reports berlin = Reports.of(f.crmAt("2026-04-01T12:00"));
        SalesFunnelReport r = berlin.salesFunnel(Scope.company(), LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"));
        // INQUIRY: active b2; reached b1 (cohort of one); conversion 1/1; mean 1.44.
        // OFFER: active b1, b3 (100.00 EUR, weighted 30.00 EUR); reached 1; nothing left it → null.
        assertJson(ReportJson.render(r), """
                {'stages': [
                  {'code': 'INQUIRY', 'activeInterests': ['b2'], 'reached': 1, 'conversionToNext': 1, 'meanDaysInStage': 1.44},
                  {'code': 'OFFER', 'activeInterests': ['b1', 'b3'], 'activeAmount': {'EUR': '100.00'},
                   'weightedAmount': {'EUR': '30.00'}, 'reached': 1, 'conversionToNext': 0, 'meanDaysInStage': null},
                  {}, {}, {}], 'won': 0, 'lost': 0}""");
        assertThat(r.cohort()).extracting(Object::toString).containsExactly("b1");
    }

    private static java.util.List<String> ids(Reports reports, SalesFunnelReport r, String stage, FunnelCell cell) {
        return reports.drillDown(r, stage, cell).stream().map(i -> i.id().value()).toList();
    }
}
