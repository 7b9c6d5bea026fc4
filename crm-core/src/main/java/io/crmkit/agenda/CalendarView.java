package io.crmkit.agenda;

import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** Planned interactions laid out by day, with each day's load, overlaps and free slots. */
public record CalendarView(LocalDate from, LocalDate to, List<Day> days) {
    public CalendarView {
        days = List.copyOf(days);
    }

    /**
     * One date of the period.
     *
     * @param interactions the interactions not CANCELLED whose planned start falls on the date, by planned start then id
     * @param hours        the sum of their planned durations in hours, exact
     * @param points       their automotivator points (as {@code planned(D)})
     * @param overlaps     each pair whose planned intervals intersect (touching ends do not), in list order
     * @param freeSlots    the gaps within working hours on a working day, none on other days
     */
    public record Day(LocalDate date, boolean workingDay, List<Interaction> interactions, BigDecimal hours, long points,
                      List<List<InteractionId>> overlaps, List<Slot> freeSlots) {
        public Day {
            interactions = List.copyOf(interactions);
            overlaps = overlaps.stream().map(List::copyOf).toList();
            freeSlots = List.copyOf(freeSlots);
        }
    }

    /** A free interval within working hours. */
    public record Slot(ZonedDateTime start, ZonedDateTime end) {
    }
}
