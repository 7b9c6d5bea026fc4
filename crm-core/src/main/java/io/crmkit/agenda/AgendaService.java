package io.crmkit.agenda;

import io.crmkit.InvalidInputException;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.catalog.WorkingCalendar;
import io.crmkit.client.ClientId;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import io.crmkit.org.Scope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** My tasks, My sales and the calendar. Reach it with {@code crm.agenda()}. */
public final class AgendaService {
    /** The longest calendar period crmkit lays out at once. */
    public static final int MAX_CALENDAR_DAYS = 366;
    private final CrmContext ctx;

    public AgendaService(CrmContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A person's agenda now.
     *
     * @throws io.crmkit.NotFoundException for an unknown manager
     */
    public MyTasks myTasks(ManagerId manager) {
        ctx.manager("manager", manager);
        Instant now = ctx.now();
        ZoneId zone = ctx.settings().zone();
        Instant tomorrow = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        ResolvedScope own = own(manager);
        List<Interaction> overdue = new ArrayList<>();
        List<Interaction> today = new ArrayList<>();
        List<Interaction> upcoming = new ArrayList<>();
        for (Interaction x : ctx.storage().interactions().plannedInScope(own)) {
            if (x.isOverdue(now)) {
                overdue.add(x);
            } else if (x.plannedStart().isBefore(tomorrow)) {
                today.add(x);
            } else {
                upcoming.add(x);
            }
        }
        return new MyTasks(manager, now, overdue, today, upcoming, ctx.storage().inquiries().pendingInScope(own));
    }

    /** A manager's board over the default funnel. */
    public MySales mySales(ManagerId manager) {
        return mySales(manager, ctx.settings().defaultFunnel().code());
    }

    /**
     * A manager's board over one funnel.
     *
     * @throws InvalidInputException for an unknown funnel
     * @throws io.crmkit.NotFoundException for an unknown manager
     */
    public MySales mySales(ManagerId manager, String funnelCode) {
        ctx.manager("manager", manager);
        SalesFunnel funnel = ctx.settings().funnel("funnel", funnelCode);
        // the manager's own rows only, each read driven by the manager's index (see the ports' Javadoc)
        List<Interest> active = ctx.storage().interests().activeOfManager(manager, funnel.code());
        Map<InterestId, Interaction> next = new HashMap<>();
        for (Interaction x : active.isEmpty() ? List.<Interaction>of()
                : ctx.storage().interactions().plannedOfActiveInterests(manager, funnel.code())) {
            next.merge(x.interest(), x, (a, b) -> Comparator.comparing(Interaction::plannedStart)
                    .thenComparing(Interaction::id).compare(a, b) <= 0 ? a : b);
        }
        Map<ClientId, String> found = ctx.storage().clients().names(active.stream().map(Interest::client).distinct().toList());
        Map<ClientId, String> names = new HashMap<>();
        for (Interest i : active) {
            names.put(i.client(), found.getOrDefault(i.client(), i.client().value()));
        }
        List<MySales.Column> columns = new ArrayList<>();
        List<InterestId> without = new ArrayList<>();
        for (Stage s : funnel.stages()) {
            List<MySales.Card> cards = new ArrayList<>();
            for (Interest i : active) {
                if (i.currentStage().equals(s.code())) {
                    Interaction n = next.get(i.id());
                    cards.add(new MySales.Card(i, names.get(i.client()), n));
                }
            }
            columns.add(new MySales.Column(s, cards));
        }
        for (Interest i : active) {
            if (!next.containsKey(i.id())) {
                without.add(i.id());
            }
        }
        return new MySales(manager, funnel.code(), columns, without);
    }

    /** One manager's calendar for the dates {@code from..to} (inclusive). */
    public CalendarView calendar(ManagerId manager, LocalDate from, LocalDate to) {
        ctx.manager("manager", manager);
        checkPeriod(from, to);
        return layOut(own(manager), from, to);
    }

    /** The own scope of a manager just checked to exist (by {@code ctx.manager}): no second look-up. */
    private static ResolvedScope own(ManagerId manager) {
        return new ResolvedScope(false, java.util.Set.of(manager));
    }

    /**
     * The calendar of a scope (a manager or a department) for the dates {@code from..to} (inclusive).
     *
     * @throws InvalidInputException when {@code to} is before {@code from} or the period is longer than {@value #MAX_CALENDAR_DAYS} days
     */
    public CalendarView calendar(Scope scope, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return layOut(ctx.resolve(scope), from, to);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        Check.notNull("from", from);
        Check.notNull("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", to, "must not be before from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_CALENDAR_DAYS) {
            throw new InvalidInputException("to", to, "the period may be at most " + MAX_CALENDAR_DAYS + " days");
        }
    }

    private CalendarView layOut(ResolvedScope scope, LocalDate from, LocalDate to) {
        ZoneId zone = ctx.settings().zone();
        WorkingCalendar cal = ctx.settings().calendar();
        List<Interaction> all = ctx.storage().interactions().scheduledBetween(scope,
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        TreeMap<LocalDate, List<Interaction>> byDay = new TreeMap<>();
        for (Interaction x : all) {
            byDay.computeIfAbsent(x.plannedStart().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(x);
        }
        List<CalendarView.Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<Interaction> xs = byDay.getOrDefault(d, List.of());
            long millis = 0;
            long points = 0;
            for (Interaction x : xs) {
                millis += x.plannedDuration().toMillis();
                points += ctx.settings().points(x.type());
            }
            BigDecimal hours = BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(3_600_000L), 6, RoundingMode.HALF_UP).stripTrailingZeros();
            days.add(new CalendarView.Day(d, cal.isWorkingDay(d), xs, hours, points, overlaps(xs),
                    cal.isWorkingDay(d) ? freeSlots(d, zone, cal, xs) : List.of()));
        }
        return new CalendarView(from, to, days);
    }

    static List<List<InteractionId>> overlaps(List<Interaction> xs) {
        List<List<InteractionId>> out = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            for (int j = i + 1; j < xs.size(); j++) {
                Interaction a = xs.get(i);
                Interaction b = xs.get(j);
                if (a.plannedStart().isBefore(b.plannedEnd()) && b.plannedStart().isBefore(a.plannedEnd())) {
                    out.add(List.of(a.id(), b.id()));
                }
            }
        }
        return out;
    }

    static List<CalendarView.Slot> freeSlots(LocalDate d, ZoneId zone, WorkingCalendar cal, List<Interaction> xs) {
        ZonedDateTime dayStart = d.atTime(cal.dayStart()).atZone(zone);
        ZonedDateTime dayEnd = d.atTime(cal.dayEnd()).atZone(zone);
        List<Interaction> busy = xs.stream().sorted(Comparator.comparing(Interaction::plannedStart)).toList();
        List<CalendarView.Slot> out = new ArrayList<>();
        Instant cursor = dayStart.toInstant();
        Instant end = dayEnd.toInstant();
        for (Interaction x : busy) {
            if (x.plannedStart().isAfter(cursor)) {
                Instant slotEnd = x.plannedStart().isBefore(end) ? x.plannedStart() : end;
                if (slotEnd.isAfter(cursor)) {
                    out.add(new CalendarView.Slot(cursor.atZone(zone), slotEnd.atZone(zone)));
                }
            }
            if (x.plannedEnd().isAfter(cursor)) {
                cursor = x.plannedEnd();
            }
            if (!cursor.isBefore(end)) {
                break;
            }
        }
        if (cursor.isBefore(end)) {
            out.add(new CalendarView.Slot(cursor.atZone(zone), dayEnd));
        }
        return out;
    }
}
