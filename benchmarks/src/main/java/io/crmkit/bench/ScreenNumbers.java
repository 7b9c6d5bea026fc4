package io.crmkit.bench;

import io.crmkit.agenda.CalendarView;
import io.crmkit.agenda.MySales;
import io.crmkit.agenda.MyTasks;
import io.crmkit.inquiry.ClientMatch;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What a per-person screen or a client lookup shows, by id, in one comparable shape whoever
 * computed it (the library or its SQL baseline).
 */
public final class ScreenNumbers {
    private ScreenNumbers() {
    }

    /** One client found for an inquiry. */
    public record Match(String client, String contact, String matchedBy, List<String> activeInterests,
                        List<String> plannedInteractions) {
        public Match {
            activeInterests = List.copyOf(activeInterests);
            plannedInteractions = List.copyOf(plannedInteractions);
        }
    }

    /** The clients a lookup found, in the library's order. */
    public record Lookup(List<Match> matches) {
        public Lookup {
            matches = List.copyOf(matches);
        }

        public static Lookup of(List<ClientMatch> matches) {
            return new Lookup(matches.stream().map(m -> new Match(m.client().value(),
                    m.contact() == null ? null : m.contact().value(), m.matchedBy().name(),
                    m.activeInterests().stream().map(Object::toString).toList(),
                    m.plannedInteractions().stream().map(Object::toString).toList())).toList());
        }
    }

    /** My tasks: planned interactions overdue, today and upcoming, and the pending inquiries, by id. */
    public record Tasks(List<String> overdue, List<String> today, List<String> upcoming, List<String> pending) {
        public Tasks {
            overdue = List.copyOf(overdue);
            today = List.copyOf(today);
            upcoming = List.copyOf(upcoming);
            pending = List.copyOf(pending);
        }

        public static Tasks of(MyTasks t) {
            return new Tasks(ids(t.overdue()), ids(t.today()), ids(t.upcoming()),
                    t.pendingInquiries().stream().map(Inquiry::id).map(Object::toString).toList());
        }
    }

    static List<String> ids(List<Interaction> xs) {
        return xs.stream().map(x -> x.id().value()).toList();
    }

    /** One card of My sales: the interest, its client's name and its next planned interaction (or null). */
    public record Card(String interest, String clientName, String next) {
    }

    /** My sales: per stage in funnel order its cards by interest id, and the interests without a next step. */
    public record Sales(List<List<Card>> stages, List<String> withoutNextStep) {
        public Sales {
            stages = stages.stream().map(List::copyOf).toList();
            withoutNextStep = List.copyOf(withoutNextStep);
        }

        public static Sales of(MySales s) {
            return new Sales(s.stages().stream().map(col -> col.interests().stream()
                    .map(c -> new Card(c.interest().id().value(), c.clientName(),
                            c.next() == null ? null : c.next().id().value())).toList()).toList(),
                    s.withoutNextStep().stream().map(Object::toString).toList());
        }
    }

    /** One calendar day: its interactions by planned start then id, their points and planned minutes. */
    public record Day(LocalDate date, List<String> interactions, long points, long minutes) {
        public Day {
            interactions = List.copyOf(interactions);
        }
    }

    /** A week of one manager's calendar. */
    public record Calendar(List<Day> days) {
        public Calendar {
            days = List.copyOf(days);
        }

        public static Calendar of(CalendarView v) {
            return new Calendar(v.days().stream().map(d -> new Day(d.date(), ids(d.interactions()), d.points(),
                    d.interactions().stream().mapToLong(x -> Duration.between(x.plannedStart(), x.plannedEnd()).toMinutes())
                            .sum())).toList());
        }
    }
}
