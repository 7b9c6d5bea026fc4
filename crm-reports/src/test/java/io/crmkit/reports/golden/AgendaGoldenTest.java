package io.crmkit.reports.golden;

import static io.crmkit.reports.golden.Fixture.contact;
import static io.crmkit.reports.golden.JsonAssert.assertJson;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.AccessDeniedException;
import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.InterestStatus;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.ReportRequest;
import io.crmkit.reports.ReportType;
import io.crmkit.reports.Reports;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MY_TASKS, MY_SALES, CALENDAR and FIND_CLIENT through the scenario entry point, Europe/Moscow,
 * now = Friday 2026-03-13 17:00.
 *
 * <pre>
 * c1 Romashka LLC (m1): p1 Ivan Ivanov +7 (912) 345-67-89, ivan@romashka.example
 * c2 Vasilek (m1):      p2 Olga Olga@Vasilek.example; p3 Ivan Sidorov (no contact info)
 * c3 Ivanhoe Ltd (m2):  no contacts
 * c4 Lyutik (m2):       p4 Anna 8 912 345 67 89 (the same phone key as p1)
 * interests: i1 c1 m1 ACTIVE INQUIRY 150000.00 RUB; i2 c1 m1 ACTIVE OFFER no amount;
 *            i3 c2 m1 ACTIVE OFFER 5000.00 RUB; i4 c3 m2 ACTIVE INQUIRY; i5 c1 m1 WON
 * interactions of m1 (start–end, status):
 *  x1  c1 i1 OUTGOING_CALL 03-12 10:00–10:30 PLANNED   overdue
 *  x10 c2    TASK          03-12 10:00–10:15 PLANNED   overdue (same start as x1: by id, "x1" &lt; "x10")
 *  x6  c1    OUTGOING_CALL 03-13 09:00–09:30 COMPLETED
 *  x3  c2 i3 OUTGOING_CALL 03-13 16:30–17:30 PLANNED   today (ends after now)
 *  x8  c2 i3 OUTGOING_CALL 03-13 17:30–18:00 PLANNED   today
 *  x7  c1 i2 MEETING       03-13 17:30–18:00 CANCELLED
 *  x9  c1 i1 INCOMING_CALL 03-13 17:45–18:15 PLANNED   today
 *  x2  c1 i1 MEETING       03-13 18:00–19:00 PLANNED   today
 *  x5  c2    TASK          03-14 00:00–00:30 PLANNED   upcoming (starts at the start of tomorrow)
 *  x4  c1 i1 MEETING       03-16 10:00–11:00 PLANNED   upcoming
 * </pre>
 */
public abstract class AgendaGoldenTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private Reports reports;
    private Instant now;

    /** A fresh, empty storage. */
    protected abstract Storage newStorage();

    @BeforeEach
    void load() {
        Fixture f = new Fixture(newStorage(), CrmSettings.defaults(MOSCOW));
        f.department("sales", "Sales", null, 48).manager("m1", "Anna", "sales").manager("m2", "Boris", "sales").head("sales", "m1");
        f.client("c1", "Romashka LLC", "m1", Map.of(), contact("p1", "Ivan Ivanov", "+7 (912) 345-67-89", "ivan@romashka.example"));
        f.client("c2", "Vasilek", "m1", Map.of(), contact("p2", "Olga", null, "Olga@Vasilek.example"),
                contact("p3", "Ivan Sidorov", null, null));
        f.client("c3", "Ivanhoe Ltd", "m2", Map.of());
        f.client("c4", "Lyutik", "m2", Map.of(), contact("p4", "Anna", "8 912 345 67 89", null));
        f.interest("i1", "c1", "m1", "DEFAULT", "150000.00 RUB", InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-01T10:00");
        f.interest("i2", "c1", "m1", "DEFAULT", null, InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-01T10:00",
                "OFFER", "2026-03-02T10:00");
        f.interest("i3", "c2", "m1", "DEFAULT", "5000.00 RUB", InterestStatus.ACTIVE, null, "OFFER", "2026-03-03T10:00");
        f.interest("i4", "c3", "m2", "DEFAULT", null, InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-03T10:00");
        f.interest("i5", "c1", "m1", "DEFAULT", "1.00 RUB", InterestStatus.WON, "2026-03-05T10:00", "INQUIRY", "2026-03-01T09:00");
        f.interaction("x1", "OUTGOING_CALL", "c1", "i1", "m1", "2026-03-12T10:00", "2026-03-12T10:30", InteractionStatus.PLANNED, null);
        f.interaction("x10", "TASK", "c2", null, "m1", "2026-03-12T10:00", "2026-03-12T10:15", InteractionStatus.PLANNED, null);
        f.interaction("x6", "OUTGOING_CALL", "c1", null, "m1", "2026-03-13T09:00", "2026-03-13T09:30", InteractionStatus.COMPLETED, "2026-03-13T09:30");
        f.interaction("x3", "OUTGOING_CALL", "c2", "i3", "m1", "2026-03-13T16:30", "2026-03-13T17:30", InteractionStatus.PLANNED, null);
        f.interaction("x8", "OUTGOING_CALL", "c2", "i3", "m1", "2026-03-13T17:30", "2026-03-13T18:00", InteractionStatus.PLANNED, null);
        f.interaction("x7", "MEETING", "c1", "i2", "m1", "2026-03-13T17:30", "2026-03-13T18:00", InteractionStatus.CANCELLED, null);
        f.interaction("x9", "INCOMING_CALL", "c1", "i1", "m1", "2026-03-13T17:45", "2026-03-13T18:15", InteractionStatus.PLANNED, null);
        f.interaction("x2", "MEETING", "c1", "i1", "m1", "2026-03-13T18:00", "2026-03-13T19:00", InteractionStatus.PLANNED, null);
        f.interaction("x5", "TASK", "c2", null, "m1", "2026-03-14T00:00", "2026-03-14T00:30", InteractionStatus.PLANNED, null);
        f.interaction("x4", "MEETING", "c1", "i1", "m1", "2026-03-16T10:00", "2026-03-16T11:00", InteractionStatus.PLANNED, null);
        Crm crm = f.crmAt("2026-03-13T17:00");
        now = crm.clock().instant();
        reports = Reports.of(crm);
    }

    @Test
    void myTasks() {
        assertJson(reports.run(ReportRequest.ofManager("t", ReportType.MY_TASKS, ManagerId.of("m1"), null, null), now, MOSCOW),
                "{'overdue': ['x1', 'x10'], 'today': ['x3', 'x8', 'x9', 'x2'], 'upcoming': ['x5', 'x4']}");
        assertJson(reports.run(ReportRequest.ofManager("t", ReportType.MY_TASKS, ManagerId.of("m2"), null, null), now, MOSCOW),
                "{'overdue': [], 'today': [], 'upcoming': []}");
    }

    @Test
    void myTasksOneHourLaterInAnotherZone() {
        // at 18:00 Moscow x3 (ends 17:30) turns overdue; x8 ends at 18:00, which is not before now.
        assertJson(reports.run(ReportRequest.ofManager("t", ReportType.MY_TASKS, ManagerId.of("m1"), null, null),
                now.plusSeconds(3600), MOSCOW), "{'overdue': ['x1', 'x10', 'x3'], 'today': ['x8', 'x9', 'x2'], 'upcoming': ['x5', 'x4']}");
        // in Kaliningrad (UTC+2) tomorrow starts at 03-14 01:00 Moscow, so x5 (00:00 Moscow) is still today's.
        assertJson(reports.run(ReportRequest.ofManager("t", ReportType.MY_TASKS, ManagerId.of("m1"), null, null),
                now, ZoneId.of("Europe/Kaliningrad")), "{'today': ['x3', 'x8', 'x9', 'x2', 'x5'], 'upcoming': ['x4']}");
    }

    @Test
    void mySales() {
        // i1: planned x1 (overdue), x9, x2, x4 → the earliest x1. i2: only the cancelled x7 → no next step. i3: x3.
        assertJson(reports.run(ReportRequest.ofManager("s", ReportType.MY_SALES, ManagerId.of("m1"), null, null), now, MOSCOW), """
                {'stages': [
                  {'code': 'INQUIRY', 'interests': [{'interest': 'i1', 'client': 'c1',
                     'amount': {'amount': '150000.00', 'currency': 'RUB'}, 'nextInteraction': 'x1'}]},
                  {'code': 'OFFER', 'interests': [
                     {'interest': 'i2', 'client': 'c1', 'amount': null, 'nextInteraction': null},
                     {'interest': 'i3', 'client': 'c2', 'amount': {'amount': '5000.00', 'currency': 'RUB'}, 'nextInteraction': 'x3'}]},
                  {'code': 'AGREEMENT', 'interests': []}, {'code': 'CONTRACT', 'interests': []}, {'code': 'FULFILMENT', 'interests': []}],
                 'withoutNextStep': ['i2']}""");
    }

    @Test
    void calendar() {
        // 03-12: x1 0.5 h + x10 0.25 h = 0.75 h; 2 + 1 = 3 points; they overlap.
        // 03-13: x6, x3, x8, x9, x2 (x7 cancelled): 0.5 + 1 + 0.5 + 0.5 + 1 = 3.5 h; 2 + 2 + 2 + 1 + 8 = 15 points;
        //        x3/x8 and x8/x2 only touch; x8/x9 and x9/x2 overlap.
        // 03-14 (Saturday): x5 0.5 h, 1 point. 03-15: empty. 03-16: x4 1 h, 8 points.
        assertJson(reports.run(ReportRequest.ofManager("c", ReportType.CALENDAR, ManagerId.of("m1"),
                LocalDate.parse("2026-03-12"), LocalDate.parse("2026-03-16")), now, MOSCOW), """
                {'days': [
                  {'date': '2026-03-12', 'interactions': ['x1', 'x10'], 'hours': 0.75, 'points': 3, 'overlaps': [['x1', 'x10']]},
                  {'date': '2026-03-13', 'interactions': ['x6', 'x3', 'x8', 'x9', 'x2'], 'hours': 3.5, 'points': 15,
                   'overlaps': [['x8', 'x9'], ['x9', 'x2']]},
                  {'date': '2026-03-14', 'interactions': ['x5'], 'hours': 0.5, 'points': 1, 'overlaps': []},
                  {'date': '2026-03-15', 'interactions': [], 'hours': 0, 'points': 0, 'overlaps': []},
                  {'date': '2026-03-16', 'interactions': ['x4'], 'hours': 1, 'points': 8, 'overlaps': []}]}""");
    }

    @Test
    void findClient() {
        // phone key +79123456789: c1 (p1) and c4 (p4), by client id; e-mail (case-insensitive): c2 (p2);
        // name "ivan": c1 and c2 already found by stronger keys; c3 by its own name (no contact).
        assertJson(reports.run(ReportRequest.findClient("f", null, "9123456789", "olga@vasilek.example", "ivan"), now, MOSCOW), """
                {'matches': [
                  {'client': 'c1', 'contact': 'p1', 'matchedBy': 'PHONE', 'activeInterests': ['i1', 'i2']},
                  {'client': 'c4', 'contact': 'p4', 'matchedBy': 'PHONE', 'activeInterests': []},
                  {'client': 'c2', 'contact': 'p2', 'matchedBy': 'EMAIL', 'activeInterests': ['i3']},
                  {'client': 'c3', 'contact': null, 'matchedBy': 'NAME', 'activeInterests': ['i4']}]}""");
        // by name alone, c2 matches through its contact Ivan Sidorov (p3).
        assertJson(reports.run(ReportRequest.findClient("f", null, null, null, "IVAN"), now, MOSCOW), """
                {'matches': [{'client': 'c1', 'contact': 'p1', 'matchedBy': 'NAME'}, {'client': 'c2', 'contact': 'p3', 'matchedBy': 'NAME'},
                  {'client': 'c3', 'contact': null, 'matchedBy': 'NAME'}]}""");
        // limited to m1's own clients, c3 and c4 disappear.
        assertJson(reports.run(ReportRequest.findClient("f", Scope.own(ManagerId.of("m1")), "9123456789", null, "ivan"), now, MOSCOW),
                "{'matches': [{'client': 'c1', 'matchedBy': 'PHONE'}, {'client': 'c2', 'matchedBy': 'NAME', 'contact': 'p3'}]}");
    }

    @Test
    void callersAndBadRequests() {
        Reports boris = reports.as(ManagerId.of("m2"));
        assertThatThrownBy(() -> boris.myTasks(ManagerId.of("m1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boris.calendar(ManagerId.of("m1"), LocalDate.parse("2026-03-12"), LocalDate.parse("2026-03-12")))
                .isInstanceOf(AccessDeniedException.class);
        assertJson(boris.run(ReportRequest.findClient("f", null, null, null, "ivan"), now, MOSCOW),
                "{'matches': [{'client': 'c3', 'matchedBy': 'NAME'}]}");
        assertThatThrownBy(() -> reports.run(ReportRequest.ofManager("t", ReportType.MY_TASKS, ManagerId.of("m9"), null, null), now, MOSCOW))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("m9");
        assertThatThrownBy(() -> reports.run(ReportRequest.ofManager("cal", ReportType.CALENDAR, ManagerId.of("m1"), null, null), now, MOSCOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cal.from");
        assertThatThrownBy(() -> reports.run(ReportRequest.findClient("f", null, null, null, null), now, MOSCOW))
                .isInstanceOf(InvalidInputException.class);
    }
}
