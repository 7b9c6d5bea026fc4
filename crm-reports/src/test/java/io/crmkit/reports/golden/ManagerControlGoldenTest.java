package io.crmkit.reports.golden;

import static io.crmkit.reports.golden.JsonAssert.assertJson;
import static io.crmkit.reports.golden.Fixture.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.AccessDeniedException;
import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.InterestStatus;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.Colour;
import io.crmkit.reports.ControlIndicator;
import io.crmkit.reports.ControlRule;
import io.crmkit.reports.ControlVariant;
import io.crmkit.reports.ReportJson;
import io.crmkit.reports.ReportRequest;
import io.crmkit.reports.Reports;
import io.crmkit.reports.TrafficLight;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Manager control and its variants on a hand-worked data set, Europe/Moscow, now = 2026-03-13 17:00.
 *
 * <pre>
 * hq (head d1, the director) ─┬─ sales (head m1; m1, m2) ── sales-north (m4)
 *                             └─ other (head m3; m3)
 * client  mgr  portrait (required: industry, size, region, source)   contacts
 * c1      m1   all four                                              p1 with a phone
 * c2      m1   no source                                             p2 with an e-mail
 * c3      m2   all four                                              p3 with neither
 * c4      m4   industry blank (dropped), others set                  none
 * c5      m3   all four                                              p5 with a phone   (other department)
 * interests: i1 c1 m1 ACTIVE 1000.00 RUB; i7 c1 m1 SUSPENDED 200.00 USD; i2 c2 m2 ACTIVE 500.00 RUB
 *            (c2 is m1's, i2 is m2's); i3 c3 m2 WON 300.00 RUB; i6 c3 m2 LOST, no amount; i5 c5 m3 LOST
 * interactions (start–end, status, completed):
 *  x1  c3 m2 OUTGOING_CALL   03-12 09:45–10:00 PLANNED            overdue
 *  x2  c3 m2 MEETING         03-13 16:00–16:59 PLANNED            overdue (ends a minute before now)
 *  x3  c3 m2 MEETING         03-13 16:00–17:00 PLANNED            not overdue (ends at now)
 *  x4  c3 m2 OUTGOING_CALL   03-01 10:00–10:10 CANCELLED          never overdue
 *  x5  c4 m3 TASK            03-10 09:00–18:00 PLANNED            overdue (c4's, though m3 manages it)
 *  x6  c1 m1 MEETING         03-02 09:00–10:00 COMPLETED 03-02 10:00
 *  x7  c1 m1 OUTGOING_CALL   03-13 23:50–23:59 COMPLETED 03-13 23:59 (after now)
 *  x8  c1 m1 OUTGOING_CALL   02-28 23:50–23:59 COMPLETED 02-28 23:59
 *  x9  c2 m1 OUTGOING_LETTER 03-14 00:00 done
 *  x10 c2 m3 INCOMING_CALL   03-05 11:00 done
 *  x11 c3 m2 INCOMING_LETTER 02-11 17:00 done (exactly 30 × 24 h before now)
 *  x12 c4 m4 OUTGOING_CALL   02-11 16:59 done (a minute too early to warm)
 * </pre>
 */
public abstract class ManagerControlGoldenTest {
    private static final Scope SALES = Scope.department(DepartmentId.of("sales"));
    private static final LocalDate FROM = LocalDate.parse("2026-03-01");
    private static final LocalDate TO = LocalDate.parse("2026-03-13");
    private Reports reports;
    private Crm crm;

    /** A fresh, empty storage. */
    protected abstract Storage newStorage();

    @BeforeEach
    void load() {
        Fixture f = new Fixture(newStorage(), CrmSettings.defaults(ZoneId.of("Europe/Moscow")));
        f.department("hq", "Head office", null, 48).department("sales", "Sales", "hq", 48)
                .department("sales-north", "Sales North", "sales", 48).department("other", "Other", "hq", 48)
                .manager("d1", "Director", "hq").manager("m1", "Anna", "sales").manager("m2", "Boris", "sales")
                .manager("m3", "Clara", "other").manager("m4", "Denis", "sales-north")
                .head("hq", "d1").head("sales", "m1").head("other", "m3");
        Map<String, String> full = Map.of("industry", "Retail", "size", "50-100", "region", "Moscow", "source", "Conference");
        f.client("c1", "Romashka", "m1", full, contact("p1", "Ivan", "+7 912 345-67-89", null));
        f.client("c2", "Vasilek", "m1", Map.of("industry", "Retail", "size", "10", "region", "Tver"),
                contact("p2", "Olga", null, "olga@vasilek.example"));
        f.client("c3", "Lyutik", "m2", full, contact("p3", "Petr", null, null));
        f.client("c4", "Kolokolchik", "m4", Map.of("industry", "  ", "size", "5", "region", "Omsk", "source", "Web"));
        f.client("c5", "Oduvanchik", "m3", full, contact("p5", "Sergey", "8 912 000 00 01", null));
        f.interest("i1", "c1", "m1", "DEFAULT", "1000.00 RUB", InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-01T10:00");
        f.interest("i7", "c1", "m1", "DEFAULT", "200.00 USD", InterestStatus.SUSPENDED, null, "INQUIRY", "2026-03-01T11:00");
        f.interest("i2", "c2", "m2", "DEFAULT", "500.00 RUB", InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-02T10:00");
        f.interest("i3", "c3", "m2", "DEFAULT", "300.00 RUB", InterestStatus.WON, "2026-03-05T10:00", "INQUIRY", "2026-03-02T10:00");
        f.interest("i6", "c3", "m2", "DEFAULT", null, InterestStatus.LOST, "2026-03-06T10:00", "INQUIRY", "2026-03-02T11:00");
        f.interest("i5", "c5", "m3", "DEFAULT", null, InterestStatus.LOST, "2026-03-06T10:00", "INQUIRY", "2026-03-02T11:00");
        f.interaction("x1", "OUTGOING_CALL", "c3", "m2", "2026-03-12T09:45", "2026-03-12T10:00", InteractionStatus.PLANNED, null);
        f.interaction("x2", "MEETING", "c3", "m2", "2026-03-13T16:00", "2026-03-13T16:59", InteractionStatus.PLANNED, null);
        f.interaction("x3", "MEETING", "c3", "m2", "2026-03-13T16:00", "2026-03-13T17:00", InteractionStatus.PLANNED, null);
        f.interaction("x4", "OUTGOING_CALL", "c3", "m2", "2026-03-01T10:00", "2026-03-01T10:10", InteractionStatus.CANCELLED, null);
        f.interaction("x5", "TASK", "c4", "m3", "2026-03-10T09:00", "2026-03-10T18:00", InteractionStatus.PLANNED, null);
        f.interaction("x6", "MEETING", "c1", "m1", "2026-03-02T09:00", "2026-03-02T10:00", InteractionStatus.COMPLETED, "2026-03-02T10:00");
        f.interaction("x7", "OUTGOING_CALL", "c1", "m1", "2026-03-13T23:50", "2026-03-13T23:59", InteractionStatus.COMPLETED, "2026-03-13T23:59");
        f.interaction("x8", "OUTGOING_CALL", "c1", "m1", "2026-02-28T23:50", "2026-02-28T23:59", InteractionStatus.COMPLETED, "2026-02-28T23:59");
        f.interaction("x9", "OUTGOING_LETTER", "c2", "m1", "2026-03-14T00:00", "2026-03-14T00:00", InteractionStatus.COMPLETED, "2026-03-14T00:00");
        f.interaction("x10", "INCOMING_CALL", "c2", "m3", "2026-03-05T11:00", "2026-03-05T11:00", InteractionStatus.COMPLETED, "2026-03-05T11:00");
        f.interaction("x11", "INCOMING_LETTER", "c3", "m2", "2026-02-11T17:00", "2026-02-11T17:00", InteractionStatus.COMPLETED, "2026-02-11T17:00");
        f.interaction("x12", "OUTGOING_CALL", "c4", "m4", "2026-02-11T16:59", "2026-02-11T16:59", InteractionStatus.COMPLETED, "2026-02-11T16:59");
        crm = f.crmAt("2026-03-13T17:00");
        reports = Reports.of(crm);
    }

    @Test
    void theTrafficLightOfTheSalesDepartment() {
        // c1: active i1, no overdue, portrait and contacts filled → GREEN.
        // c2: active i2 (m2's interest counts for m1's client); no source → YELLOW [PORTRAIT_FILLED].
        // c3: only WON/LOST interests; x1, x2 overdue (x3 ends at now, x4 cancelled); p3 unreachable
        //     → RED [ACTIVE_INTEREST, NO_OVERDUE, CONTACT_INFO_FILLED], overdue 2.
        // c4: no interest; x5 overdue (managed by m3, still c4's); blank industry; no contact
        //     → RED with all four, overdue 1.
        // per manager: m1 green 1 yellow 1; m2 red 1; m4 red 1. c5 (other) is hidden.
        // departments: sales with sales-north red 2 yellow 1 green 1; sales-north red 1.
        assertJson(ReportJson.render(reports.trafficLight(SALES)), """
                {'clients': [
                  {'client': 'c1', 'manager': 'm1', 'colour': 'GREEN', 'failed': [], 'overdue': 0},
                  {'client': 'c2', 'manager': 'm1', 'colour': 'YELLOW', 'failed': ['PORTRAIT_FILLED'], 'overdue': 0},
                  {'client': 'c3', 'manager': 'm2', 'colour': 'RED',
                   'failed': ['ACTIVE_INTEREST', 'NO_OVERDUE', 'CONTACT_INFO_FILLED'], 'overdue': 2},
                  {'client': 'c4', 'manager': 'm4', 'colour': 'RED',
                   'failed': ['ACTIVE_INTEREST', 'NO_OVERDUE', 'PORTRAIT_FILLED', 'CONTACT_INFO_FILLED'], 'overdue': 1}],
                 'managers': [{'manager': 'm1', 'red': 0, 'yellow': 1, 'green': 1},
                              {'manager': 'm2', 'red': 1, 'yellow': 0, 'green': 0},
                              {'manager': 'm4', 'red': 1, 'yellow': 0, 'green': 0}],
                 'totals': {'red': 2, 'yellow': 1, 'green': 1},
                 'departments': [{'department': 'sales', 'red': 2, 'yellow': 1, 'green': 1},
                                 {'department': 'sales-north', 'red': 1, 'yellow': 0, 'green': 0}]}""");
    }

    @Test
    void theCompanyAddsTheOtherDepartmentAndTheDirector() {
        // c5: LOST only → RED [ACTIVE_INTEREST]. d1 has no clients but is listed.
        assertJson(ReportJson.render(reports.trafficLight(Scope.company())), """
                {'clients': [{'client': 'c1'}, {'client': 'c2'}, {'client': 'c3'}, {'client': 'c4'},
                  {'client': 'c5', 'manager': 'm3', 'colour': 'RED', 'failed': ['ACTIVE_INTEREST'], 'overdue': 0}],
                 'managers': [{'manager': 'd1', 'red': 0, 'yellow': 0, 'green': 0}, {'manager': 'm1'}, {'manager': 'm2'},
                              {'manager': 'm3', 'red': 1}, {'manager': 'm4'}],
                 'totals': {'red': 3, 'yellow': 1, 'green': 1},
                 'departments': [{'department': 'hq', 'red': 3, 'yellow': 1, 'green': 1}, {'department': 'other', 'red': 1},
                                 {'department': 'sales', 'red': 2}, {'department': 'sales-north', 'red': 1}]}""");
    }

    @Test
    void aHostReplacesTheRulesAndSeverities() {
        // rules: no active interest → RED; more than one overdue → YELLOW; nothing else checked.
        // c1 GREEN; c2 GREEN (portrait no longer checked); c3 RED [ACTIVE_INTEREST, MANY_OVERDUE]; c4 RED [ACTIVE_INTEREST].
        TrafficLight t = reports.withControlRules(List.of(new ControlRule(ControlIndicator.ACTIVE_INTEREST, Colour.RED),
                new ControlRule(ControlIndicator.of("MANY_OVERDUE", c -> c.overdue() < 2), Colour.YELLOW))).trafficLight(SALES);
        assertJson(ReportJson.render(t), """
                {'clients': [{'client': 'c1', 'colour': 'GREEN', 'failed': []}, {'client': 'c2', 'colour': 'GREEN', 'failed': []},
                  {'client': 'c3', 'colour': 'RED', 'failed': ['ACTIVE_INTEREST', 'MANY_OVERDUE']},
                  {'client': 'c4', 'colour': 'RED', 'failed': ['ACTIVE_INTEREST']}], 'totals': {'red': 2, 'yellow': 0, 'green': 2}}""");
        // with NO_OVERDUE demoted to YELLOW and nothing RED, c3 and c4 become YELLOW.
        TrafficLight y = reports.withControlRules(List.of(new ControlRule(ControlIndicator.NO_OVERDUE, Colour.YELLOW))).trafficLight(SALES);
        assertThat(y.clients()).extracting(TrafficLight.ClientRow::colour)
                .containsExactly(Colour.GREEN, Colour.GREEN, Colour.YELLOW, Colour.YELLOW);
        assertThatThrownBy(() -> new ControlRule(ControlIndicator.NO_OVERDUE, Colour.GREEN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("GREEN");
        assertThatThrownBy(() -> reports.withControlRules(List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.withControlRules(List.of(ControlRule.DEFAULTS.get(0), ControlRule.DEFAULTS.get(0))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ACTIVE_INTEREST");
    }

    @Test
    void touchesPerClient() {
        // period 03-01 00:00 .. 03-14 00:00: c1 x6 and x7 (x8 is February) = 2; c2 x10 (m3's, counts;
        // x9 is 03-14 00:00, outside) = 1; c3, c4 0. Mean (2 + 1 + 0 + 0) / 4 = 0.75.
        assertJson(reports.run(ReportRequest.managerControl("t", SALES, ControlVariant.TOUCHES_PER_CLIENT, FROM, TO),
                crm.clock().instant(), ZoneId.of("Europe/Moscow")), """
                {'clients': [{'client': 'c1', 'touches': 2}, {'client': 'c2', 'touches': 1},
                             {'client': 'c3', 'touches': 0}, {'client': 'c4', 'touches': 0}], 'meanTouches': 0.75}""");
        // an empty scope: nobody to average over.
        assertJson(ReportJson.render(reports.touchesPerClient(Scope.own(ManagerId.of("d1")), FROM, TO)),
                "{'clients': [], 'meanTouches': null}");
    }

    @Test
    void warmClients() {
        // c1, c2 have active interests; c3's x11 is exactly 30 × 24 h old (warm); c4's x12 a minute older (cold).
        assertJson(ReportJson.render(reports.warmClients(SALES)), "{'clients': ['c1', 'c2', 'c3']}");
    }

    @Test
    void byInteractions() {
        // m1: planned in the period x6, x7 = 2, both completed; points earned 8 + 2 = 10.
        // m2: x1, x2, x3, x4 = 4; none completed; x4 cancelled; x1, x2 overdue.
        // m4: x12 is February → zeros. Totals 6, 2, 1, 2, 10; rate 2/6 = 0.3333.
        assertJson(ReportJson.render(reports.interactions(SALES, FROM, TO)), """
                {'managers': [
                  {'manager': 'm1', 'planned': 2, 'completed': 2, 'cancelled': 0, 'overdue': 0, 'points': 10, 'completionRate': 1},
                  {'manager': 'm2', 'planned': 4, 'completed': 0, 'cancelled': 1, 'overdue': 2, 'points': 0, 'completionRate': 0},
                  {'manager': 'm4', 'planned': 0, 'completed': 0, 'cancelled': 0, 'overdue': 0, 'points': 0, 'completionRate': null}],
                 'totals': {'planned': 6, 'completed': 2, 'cancelled': 1, 'overdue': 2, 'points': 10, 'completionRate': 0.3333}}""");
    }

    @Test
    void byInterests() {
        // by the interest's own manager: m1 i1 ACTIVE 1000 RUB, i7 SUSPENDED 200 USD; m2 i2 ACTIVE 500 RUB,
        // i3 WON 300 RUB, i6 LOST (no amount) → win rate 1/2; m4 nothing. i5 (m3) hidden.
        assertJson(ReportJson.render(reports.interests(SALES)), """
                {'managers': [
                  {'manager': 'm1', 'byStatus': {'ACTIVE': {'count': 1, 'amount': {'RUB': '1000.00'}},
                     'SUSPENDED': {'count': 1, 'amount': {'USD': '200.00'}}, 'WON': {'count': 0, 'amount': {}},
                     'LOST': {'count': 0, 'amount': {}}}, 'winRate': null},
                  {'manager': 'm2', 'byStatus': {'ACTIVE': {'count': 1, 'amount': {'RUB': '500.00'}},
                     'SUSPENDED': {'count': 0, 'amount': {}}, 'WON': {'count': 1, 'amount': {'RUB': '300.00'}},
                     'LOST': {'count': 1, 'amount': {}}}, 'winRate': 0.5},
                  {'manager': 'm4', 'byStatus': {'ACTIVE': {'count': 0}}, 'winRate': null}],
                 'totals': {'byStatus': {'ACTIVE': {'count': 2, 'amount': {'RUB': '1500.00'}},
                     'SUSPENDED': {'count': 1, 'amount': {'USD': '200.00'}}, 'WON': {'count': 1}, 'LOST': {'count': 1}},
                   'winRate': 0.5}}""");
    }

    @Test
    void byClients() {
        // m1: c1 (warm, active, filled, reachable), c2 (warm, active via i2, portrait not filled, reachable).
        // m2: c3 (warm by x11, no active, overdue, portrait filled, unreachable). m4: c4 (cold, overdue, nothing filled).
        assertJson(ReportJson.render(reports.clients(SALES)), """
                {'managers': [
                  {'manager': 'm1', 'clients': 2, 'warm': 2, 'withActiveInterest': 2, 'withOverdue': 0, 'portraitFilled': 1, 'contactInfoFilled': 2},
                  {'manager': 'm2', 'clients': 1, 'warm': 1, 'withActiveInterest': 0, 'withOverdue': 1, 'portraitFilled': 1, 'contactInfoFilled': 0},
                  {'manager': 'm4', 'clients': 1, 'warm': 0, 'withActiveInterest': 0, 'withOverdue': 1, 'portraitFilled': 0, 'contactInfoFilled': 0}],
                 'totals': {'clients': 4, 'warm': 3, 'withActiveInterest': 2, 'withOverdue': 2, 'portraitFilled': 2, 'contactInfoFilled': 2}}""");
    }

    @Test
    void byClientsAndInterests() {
        assertJson(ReportJson.render(reports.clientsAndInterests(SALES)), """
                {'clients': [
                  {'client': 'c1', 'manager': 'm1', 'active': ['i1'], 'suspended': ['i7'], 'won': [], 'lost': [], 'activeAmount': {'RUB': '1000.00'}},
                  {'client': 'c2', 'manager': 'm1', 'active': ['i2'], 'suspended': [], 'won': [], 'lost': [], 'activeAmount': {'RUB': '500.00'}},
                  {'client': 'c3', 'manager': 'm2', 'active': [], 'suspended': [], 'won': ['i3'], 'lost': ['i6'], 'activeAmount': {}},
                  {'client': 'c4', 'manager': 'm4', 'active': [], 'suspended': [], 'won': [], 'lost': [], 'activeAmount': {}}]}""");
    }

    @Test
    void funnelDrilldownListsTheInterestsOfEveryCell() {
        // cohort created 03-01..03-13 in sales: i1, i2, i3, i6, i7 (i5 is m3's). All at INQUIRY.
        // active at INQUIRY: i1, i2 (i7 suspended). reached INQUIRY: all five; OFFER nobody; won i3; lost i6 (at INQUIRY).
        assertJson(reports.run(new ReportRequest("d", io.crmkit.reports.ReportType.MANAGER_CONTROL, SALES, FROM, TO, null,
                ControlVariant.FUNNEL_DRILLDOWN, null, null, null, null, null, null, null, null), crm.clock().instant(),
                ZoneId.of("Europe/Moscow")), """
                {'funnel': 'DEFAULT', 'stages': [
                  {'code': 'INQUIRY', 'active': ['i1', 'i2'], 'reached': ['i1', 'i2', 'i3', 'i6', 'i7'], 'converted': ['i3'], 'lostAt': ['i6']},
                  {'code': 'OFFER', 'active': [], 'reached': ['i3'], 'converted': ['i3'], 'lostAt': []}, {}, {}, {}],
                 'cohort': ['i1', 'i2', 'i3', 'i6', 'i7'], 'won': ['i3'], 'lost': ['i6']}""");
    }

    @Test
    void eachCallerSeesExactlyTheirPart() {
        Reports director = reports.as(ManagerId.of("d1"));
        Reports head = reports.as(ManagerId.of("m1"));
        Reports manager = reports.as(ManagerId.of("m2"));
        assertThat(director.widestScope()).isEqualTo(Scope.company());
        assertThat(director.trafficLight(Scope.company()).clients()).hasSize(5);
        assertThat(head.widestScope()).isEqualTo(SALES);
        assertThat(head.trafficLight(SALES).clients()).extracting(c -> c.client().value()).containsExactly("c1", "c2", "c3", "c4");
        assertThat(head.trafficLight(Scope.department(DepartmentId.of("sales-north"))).clients()).hasSize(1);
        assertThatThrownBy(() -> head.trafficLight(Scope.company())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> head.warmClients(Scope.department(DepartmentId.of("other")))).isInstanceOf(AccessDeniedException.class);
        assertThat(manager.widestScope()).isEqualTo(Scope.own(ManagerId.of("m2")));
        assertThat(manager.trafficLight(manager.widestScope()).clients()).extracting(c -> c.client().value()).containsExactly("c3");
        assertThatThrownBy(() -> manager.trafficLight(SALES)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("m2");
        assertThatThrownBy(() -> manager.interests(Scope.own(ManagerId.of("m1")))).isInstanceOf(AccessDeniedException.class);
    }
}
