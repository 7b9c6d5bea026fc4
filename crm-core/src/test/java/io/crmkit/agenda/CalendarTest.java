package io.crmkit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CoreTestBase;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.ClientId;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar in Europe/Berlin, which moves from +01:00 to +02:00 on Sunday 2026-03-29. */
class CalendarTest extends CoreTestBase {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private ClientId c1;

    @Override
    protected CrmSettings settings() {
        return CrmSettings.defaults(BERLIN);
    }

    @BeforeEach
    void client() {
        c1 = newClient("c1", ANNA, "Romashka").id();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private Interaction plan(String id, String type, ManagerId m, String start, String end) {
        return crm.interactions().plan(NewInteraction.of(type, c1, at(start), at(end)).withId(InteractionId.of(id)).withManager(m));
    }

    private static List<String> ids(CalendarView.Day d) {
        return d.interactions().stream().map(x -> x.id().value()).toList();
    }

    private static List<String> slots(CalendarView.Day d) {
        return d.freeSlots().stream().map(s -> s.start().toLocalTime() + "-" + s.end().toLocalTime()).toList();
    }

    @Test
    void hoursPointsOverlapsAndFreeSlotsOfADay() {
        // Friday 2026-03-27, working hours 09:00-18:00 (+01:00)
        plan("x1", "MEETING", ANNA, "2026-03-27T10:00:00+01:00", "2026-03-27T11:00:00+01:00");
        plan("x2", "OUTGOING_CALL", ANNA, "2026-03-27T10:30:00+01:00", "2026-03-27T10:45:00+01:00");
        plan("x3", "TASK", ANNA, "2026-03-27T11:00:00+01:00", "2026-03-27T11:30:00+01:00");
        plan("x0", "TASK", ANNA, "2026-03-27T08:00:00+01:00", "2026-03-27T09:30:00+01:00");
        plan("x4", "MEETING", ANNA, "2026-03-27T17:30:00+01:00", "2026-03-27T19:00:00+01:00");
        Interaction cancelled = plan("x5", "MEETING", ANNA, "2026-03-27T13:00:00+01:00", "2026-03-27T14:00:00+01:00");
        crm.interactions().cancel(cancelled.id(), null);
        Interaction done = plan("x6", "OUTGOING_CALL", ANNA, "2026-03-27T15:00:00+01:00", "2026-03-27T15:15:00+01:00");
        crm.interactions().complete(done.id(), "ok");
        plan("x-boris", "MEETING", BORIS, "2026-03-27T10:00:00+01:00", "2026-03-27T11:00:00+01:00");

        CalendarView.Day d = crm.agenda().calendar(ANNA, LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 27)).days().get(0);

        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(d.workingDay()).isTrue();
        assertThat(ids(d)).containsExactly("x0", "x1", "x2", "x3", "x6", "x4");
        // 1.5 + 1 + 0.25 + 0.5 + 0.25 + 1.5
        assertThat(d.hours()).isEqualByComparingTo(new BigDecimal("5"));
        // TASK 1 + MEETING 8 + CALL 2 + TASK 1 + CALL 2 + MEETING 8
        assertThat(d.points()).isEqualTo(22);
        // x1 and x3 touch at 11:00: no overlap
        assertThat(d.overlaps()).extracting(p -> p.get(0).value() + "+" + p.get(1).value()).containsExactly("x1+x2");
        assertThat(slots(d)).containsExactly("09:30-10:00", "11:30-15:00", "15:15-17:30");
    }

    @Test
    void everyDateOfThePeriodIsListedAndWeekendsHaveNoFreeSlots() {
        CalendarView v = crm.agenda().calendar(ANNA, LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 30));
        assertThat(v.days()).extracting(CalendarView.Day::date).containsExactly(LocalDate.of(2026, 3, 27),
                LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30));
        assertThat(v.days()).extracting(CalendarView.Day::workingDay).containsExactly(true, false, false, true);
        assertThat(slots(v.days().get(1))).isEmpty();
        assertThat(slots(v.days().get(0))).containsExactly("09:00-18:00");
        assertThat(v.days().get(0).hours()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(v.days().get(0).points()).isZero();
    }

    @Test
    void onTheDaylightSavingChangeDayDatesAndDurationsAreReal() {
        // 01:30 (+01:00) to 03:30 (+02:00) is one real hour; 23:30 (+02:00) still belongs to the 29th
        plan("x-night", "TASK", ANNA, "2026-03-29T01:30:00+01:00", "2026-03-29T03:30:00+02:00");
        plan("x-late", "OUTGOING_CALL", ANNA, "2026-03-29T23:30:00+02:00", "2026-03-30T00:30:00+02:00");
        plan("x-before", "TASK", ANNA, "2026-03-28T23:30:00+01:00", "2026-03-29T00:15:00+01:00");
        plan("x-after", "TASK", ANNA, "2026-03-30T00:00:00+02:00", "2026-03-30T00:10:00+02:00");
        CalendarView v = crm.agenda().calendar(ANNA, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));
        CalendarView.Day d = v.days().get(0);
        assertThat(ids(d)).containsExactly("x-night", "x-late");
        assertThat(d.hours()).isEqualByComparingTo("2");
        assertThat(d.points()).isEqualTo(3);
        assertThat(d.overlaps()).isEmpty();
    }

    @Test
    void freeSlotsOnTheChangeDayAreMeasuredInRealTime() {
        storage = io.crmkit.memory.InMemoryStorage.create();
        crm = io.crmkit.Crm.builder().storage(storage).clock(clock)
                .settings(CrmSettings.defaults(BERLIN).withCalendar(io.crmkit.catalog.WorkingCalendar
                        .weekly(java.util.EnumSet.allOf(java.time.DayOfWeek.class)).withHours(LocalTime.of(0, 0), LocalTime.of(6, 0))))
                .build();
        crm.org().addDepartment(SALES, "Sales", null, null);
        crm.org().addManager(ANNA, "Anna", null, SALES);
        c1 = newClient("c1", ANNA, "Romashka").id();
        plan("x", "TASK", ANNA, "2026-03-29T01:00:00+01:00", "2026-03-29T03:30:00+02:00");
        CalendarView.Day d = crm.agenda().calendar(ANNA, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29)).days().get(0);
        assertThat(d.freeSlots()).hasSize(2);
        assertThat(d.freeSlots().get(0).start().toInstant()).isEqualTo(at("2026-03-29T00:00:00+01:00"));
        assertThat(d.freeSlots().get(0).end().toInstant()).isEqualTo(at("2026-03-29T01:00:00+01:00"));
        assertThat(d.freeSlots().get(1).start().toInstant()).isEqualTo(at("2026-03-29T03:30:00+02:00"));
        assertThat(d.freeSlots().get(1).end().toInstant()).isEqualTo(at("2026-03-29T06:00:00+02:00"));
        assertThat(d.hours()).isEqualByComparingTo("1.5");
    }

    @Test
    void aDepartmentCalendarCoversItsSubDepartments() {
        plan("x-anna", "TASK", ANNA, "2026-03-27T10:00:00+01:00", "2026-03-27T11:00:00+01:00");
        plan("x-boris", "TASK", BORIS, "2026-03-27T10:30:00+01:00", "2026-03-27T11:00:00+01:00");
        plan("x-clara", "TASK", CLARA, "2026-03-27T10:00:00+01:00", "2026-03-27T11:00:00+01:00");
        CalendarView.Day sales = crm.agenda().calendar(Scope.department(SALES), LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 27)).days().get(0);
        assertThat(ids(sales)).containsExactly("x-anna", "x-boris");
        CalendarView.Day north = crm.agenda().calendar(Scope.department(NORTH), LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 27)).days().get(0);
        assertThat(ids(north)).containsExactly("x-boris");
    }

    @Test
    void periodsAreChecked() {
        assertThatThrownBy(() -> crm.agenda().calendar(ANNA, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2026-03-01");
        assertThatThrownBy(() -> crm.agenda().calendar(ANNA, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("366").hasMessageContaining("2027-01-02");
        assertThat(crm.agenda().calendar(ANNA, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)).days()).hasSize(366);
        assertThatThrownBy(() -> crm.agenda().calendar(ManagerId.of("ghost"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("ghost");
    }
}
