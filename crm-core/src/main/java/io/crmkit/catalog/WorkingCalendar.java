package io.crmkit.catalog;

import io.crmkit.internal.Check;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host's working calendar: which dates are working days and the working hours of a day.
 * The default is Monday–Friday, 09:00–18:00, with no holidays.
 */
public record WorkingCalendar(Set<DayOfWeek> workingDays, Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays,
                              LocalTime dayStart, LocalTime dayEnd) {
    public WorkingCalendar {
        workingDays = Set.copyOf(Check.list("workingDays", workingDays));
        holidays = Set.copyOf(new TreeSet<>(Check.list("holidays", holidays)));
        extraWorkingDays = Set.copyOf(Check.list("extraWorkingDays", extraWorkingDays));
        Check.notNull("dayStart", dayStart);
        Check.notNull("dayEnd", dayEnd);
        if (!dayEnd.isAfter(dayStart)) {
            throw new io.crmkit.InvalidInputException("dayEnd", dayEnd, "must be after dayStart " + dayStart);
        }
    }

    public static WorkingCalendar mondayToFriday() {
        return weekly(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public static WorkingCalendar weekly(Set<DayOfWeek> days) {
        return new WorkingCalendar(days, Set.of(), Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0));
    }

    public WorkingCalendar withHolidays(List<LocalDate> dates) {
        return new WorkingCalendar(workingDays, Set.copyOf(dates), extraWorkingDays, dayStart, dayEnd);
    }

    public WorkingCalendar withHours(LocalTime start, LocalTime end) {
        return new WorkingCalendar(workingDays, holidays, extraWorkingDays, start, end);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}
