package io.crmkit.reports.golden;

import static io.crmkit.reports.golden.JsonAssert.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.AccessDeniedException;
import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.WorkingCalendar;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.Automotivator;
import io.crmkit.reports.ReportJson;
import io.crmkit.reports.ReportRequest;
import io.crmkit.reports.Reports;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The automotivator across the daylight-saving change of Europe/Berlin (2026-03-29, 02:00 CET →
 * 03:00 CEST), with a holiday (Friday 2026-03-27) in the host's calendar, a weekend, cancelled
 * interactions and a department the scope must hide. Default points: MEETING 8, OUTGOING_CALL 2,
 * INCOMING_CALL 1, TASK 1, OUTGOING_LETTER 1.
 *
 * <pre>
 * sales (norm 10): a1, a2            other (norm 5): a3
 * period Thu 2026-03-26 .. Tue 2026-03-31: working days 26, 30, 31 (27 holiday, 28/29 weekend)
 *
 * id   mgr type           planned start (Berlin)     status     completed at
 * x1   a1  MEETING        03-26 10:00-11:00          COMPLETED  03-26 11:00
 * x2   a1  OUTGOING_CALL  03-26 12:00-12:15          COMPLETED  03-26 12:15
 * x3   a1  MEETING        03-30 10:00-11:00          CANCELLED              (counts nowhere)
 * x4   a1  OUTGOING_CALL  03-30 09:00-09:10          PLANNED
 * x5   a1  MEETING        03-29 00:30-01:30 (CET)    COMPLETED  03-29 03:30 (CEST)
 * x6   a1  TASK           03-30 00:30-00:45 (CEST)   COMPLETED  03-30 00:45 (= 03-29 22:30 UTC: a fixed +01:00 would misplace it)
 * x7   a1  INCOMING_CALL  03-31 09:00 (done)         COMPLETED  03-31 09:00
 * x8   a1  OUTGOING_CALL  03-25 16:00-16:10          COMPLETED  03-26 09:00 (planned before the period, earned in it)
 * x9   a1  MEETING        03-31 14:00-15:00          COMPLETED  04-01 10:00 (earned after the period)
 * x10  a1  OUTGOING_LETTER 03-28 10:00 (Saturday)    CANCELLED
 * x11  a1  OUTGOING_CALL  03-31 15:00-15:10          PLANNED
 * x12  a3  MEETING        03-26 10:00-11:00          COMPLETED  03-26 11:00 (other department)
 * </pre>
 */
public abstract class AutomotivatorGoldenTest {
    private Reports reports;
    private Crm crm;

    /** A fresh, empty storage. */
    protected abstract Storage newStorage();

    @BeforeEach
    void load() {
        CrmSettings settings = CrmSettings.defaults(ZoneId.of("Europe/Berlin"))
                .withCalendar(WorkingCalendar.mondayToFriday().withHolidays(List.of(LocalDate.parse("2026-03-27"))));
        Fixture f = new Fixture(newStorage(), settings);
        f.department("sales", "Sales", null, 10).department("other", "Other", null, 5)
                .manager("a1", "Anna", "sales").manager("a2", "Boris", "sales").manager("a3", "Clara", "other")
                .head("sales", "a1").head("other", "a3");
        f.client("c1", "Romashka", "a1", Map.of()).client("c3", "Lyutik", "a3", Map.of());
        f.interaction("x1", "MEETING", "c1", "a1", "2026-03-26T10:00", "2026-03-26T11:00", InteractionStatus.COMPLETED, "2026-03-26T11:00");
        f.interaction("x2", "OUTGOING_CALL", "c1", "a1", "2026-03-26T12:00", "2026-03-26T12:15", InteractionStatus.COMPLETED, "2026-03-26T12:15");
        f.interaction("x3", "MEETING", "c1", "a1", "2026-03-30T10:00", "2026-03-30T11:00", InteractionStatus.CANCELLED, null);
        f.interaction("x4", "OUTGOING_CALL", "c1", "a1", "2026-03-30T09:00", "2026-03-30T09:10", InteractionStatus.PLANNED, null);
        f.interaction("x5", "MEETING", "c1", "a1", "2026-03-29T00:30", "2026-03-29T01:30", InteractionStatus.COMPLETED, "2026-03-29T03:30");
        f.interaction("x6", "TASK", "c1", "a1", "2026-03-30T00:30", "2026-03-30T00:45", InteractionStatus.COMPLETED, "2026-03-30T00:45");
        f.interaction("x7", "INCOMING_CALL", "c1", "a1", "2026-03-31T09:00", "2026-03-31T09:00", InteractionStatus.COMPLETED, "2026-03-31T09:00");
        f.interaction("x8", "OUTGOING_CALL", "c1", "a1", "2026-03-25T16:00", "2026-03-25T16:10", InteractionStatus.COMPLETED, "2026-03-26T09:00");
        f.interaction("x9", "MEETING", "c1", "a1", "2026-03-31T14:00", "2026-03-31T15:00", InteractionStatus.COMPLETED, "2026-04-01T10:00");
        f.interaction("x10", "OUTGOING_LETTER", "c1", "a1", "2026-03-28T10:00", "2026-03-28T10:05", InteractionStatus.CANCELLED, null);
        f.interaction("x11", "OUTGOING_CALL", "c1", "a1", "2026-03-31T15:00", "2026-03-31T15:10", InteractionStatus.PLANNED, null);
        f.interaction("x12", "MEETING", "c3", "a3", "2026-03-26T10:00", "2026-03-26T11:00", InteractionStatus.COMPLETED, "2026-03-26T11:00");
        crm = f.crmAt("2026-04-02T12:00");
        reports = Reports.of(crm);
    }

    @Test
    void theDepartmentAcrossTheDaylightSavingChange() {
        Automotivator a = reports.automotivator(Scope.department(DepartmentId.of("sales")),
                LocalDate.parse("2026-03-26"), LocalDate.parse("2026-03-31"));
        // a1, day by day (planned = not cancelled, by planned start; earned = completed, by completed-at):
        //   26 (working): planned x1 8 + x2 2 = 10; earned x1 8 + x2 2 + x8 2 = 12; fulfilment 12/10 = 1.2
        //   27 holiday, 28 Saturday: nothing (x10 is cancelled) → not listed
        //   29 Sunday: planned x5 8, earned x5 8 → listed, workingDay false, fulfilment null
        //   30 (working): planned x4 2 + x6 1 = 3 (x3 cancelled); earned x6 1; fulfilment 0.1
        //   31 (working): planned x7 1 + x9 8 + x11 2 = 11; earned x7 1 (x9 earned on 04-01); fulfilment 0.1
        //   earned 12 + 8 + 1 + 1 = 22; normTotal 10 × 3 = 30; fulfilment 22/30 = 0.7333…
        //   planned ≥ 10 on 26 and 31 → 2/3 = 0.6667; earned ≥ 10 on 26 only → 1/3 = 0.3333
        // a2: no activity: the three working days with zeros; fulfilment 0; stabilities 0/3 = 0.
        // a3 (other department) is not listed.
        assertJson(ReportJson.render(a), """
                {'managers': [
                 {'manager': 'a1', 'norm': 10, 'days': [
                   {'date': '2026-03-26', 'workingDay': true, 'planned': 10, 'earned': 12, 'fulfilment': 1.2},
                   {'date': '2026-03-29', 'workingDay': false, 'planned': 8, 'earned': 8, 'fulfilment': null},
                   {'date': '2026-03-30', 'workingDay': true, 'planned': 3, 'earned': 1, 'fulfilment': 0.1},
                   {'date': '2026-03-31', 'workingDay': true, 'planned': 11, 'earned': 1, 'fulfilment': 0.1}],
                  'earned': 22, 'normTotal': 30, 'fulfilment': 0.7333, 'plannedStability': 0.6667, 'earnedStability': 0.3333},
                 {'manager': 'a2', 'norm': 10, 'days': [
                   {'date': '2026-03-26', 'workingDay': true, 'planned': 0, 'earned': 0, 'fulfilment': 0},
                   {'date': '2026-03-30', 'workingDay': true, 'planned': 0, 'earned': 0, 'fulfilment': 0},
                   {'date': '2026-03-31', 'workingDay': true, 'planned': 0, 'earned': 0, 'fulfilment': 0}],
                  'earned': 0, 'normTotal': 30, 'fulfilment': 0, 'plannedStability': 0, 'earnedStability': 0}]}""");
    }

    @Test
    void aPeriodWithoutWorkingDaysHasNoNormAndNullRatios() {
        Automotivator a = reports.automotivator(Scope.own(ManagerId.of("a1")),
                LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"));
        // only Sunday 29 has points (x5); no working day → normTotal 0, every ratio null.
        assertJson(ReportJson.render(a), """
                {'managers': [{'manager': 'a1', 'norm': 10,
                  'days': [{'date': '2026-03-29', 'workingDay': false, 'planned': 8, 'earned': 8, 'fulfilment': null}],
                  'earned': 8, 'normTotal': 0, 'fulfilment': null, 'plannedStability': null, 'earnedStability': null}]}""");
    }

    @Test
    void theCompanyListsEveryManagerById() {
        Automotivator a = reports.automotivator(Scope.company(), LocalDate.parse("2026-03-26"), LocalDate.parse("2026-03-26"));
        // a3: norm 5, earned x12 8 on 26 → 8/5 = 1.6; planned 8 ≥ 5 → stability 1.
        assertJson(ReportJson.render(a), """
                {'managers': [{'manager': 'a1', 'earned': 12}, {'manager': 'a2', 'earned': 0},
                 {'manager': 'a3', 'norm': 5, 'earned': 8, 'normTotal': 5, 'fulfilment': 1.6, 'plannedStability': 1, 'earnedStability': 1}]}""");
    }

    @Test
    void theScenarioEntryPointReadsDatesInTheGivenZone() {
        // Read in Moscow (UTC+3 all year), x6 (03-29 22:30 UTC) falls on 03-30 too, but x5's
        // completion (03-29 01:30 UTC = 04:30 Moscow) stays on the 29th; the period 03-30..03-30 shows x4 and x6.
        var json = reports.run(ReportRequest.automotivator("auto", Scope.own(ManagerId.of("a1")),
                LocalDate.parse("2026-03-30"), LocalDate.parse("2026-03-30")), crm.clock().instant(), ZoneId.of("Europe/Moscow"));
        assertJson(json, "{'managers': [{'manager': 'a1', 'days': [{'date': '2026-03-30', 'planned': 3, 'earned': 1}]}]}");
    }

    @Test
    void aManagerMayNotSeeAColleague() {
        assertThatThrownBy(() -> reports.as(ManagerId.of("a2")).automotivator(Scope.own(ManagerId.of("a1")),
                LocalDate.parse("2026-03-26"), LocalDate.parse("2026-03-31"))).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.as(ManagerId.of("a1")).automotivator(Scope.own(ManagerId.of("a2")),
                LocalDate.parse("2026-03-26"), LocalDate.parse("2026-03-31")).managers()).hasSize(1);
        assertThatThrownBy(() -> reports.automotivator(Scope.company(), LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-26")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2026-03-26");
    }
}
