package io.crmkit.reports;

import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The automotivator for a scope and a period (SCENARIO.md AUTOMOTIVATOR): per manager in scope, by
 * id, the points planned and earned each day against the department's daily norm.
 */
public record Automotivator(Scope scope, LocalDate from, LocalDate to, List<ManagerRow> managers) {
    public Automotivator {
        managers = List.copyOf(managers);
    }

    /**
     * One manager.
     *
     * @param norm             the daily norm of the manager's department
     * @param days             every working day of the period, and any other day with points, by date
     * @param planned          the planned points over all days
     * @param earned           the earned points over all days
     * @param workingDays      the working days of the period
     * @param normTotal        norm × working days
     * @param fulfilment       earned ÷ normTotal, 4 decimals, {@code null} when normTotal is 0
     * @param plannedStability the share of working days with planned ≥ norm, {@code null} without working days
     * @param earnedStability  the share of working days with earned ≥ norm, {@code null} without working days
     */
    public record ManagerRow(ManagerId manager, String name, int norm, List<Day> days, long planned, long earned,
                             int workingDays, long normTotal, BigDecimal fulfilment, BigDecimal plannedStability,
                             BigDecimal earnedStability) {
        public ManagerRow {
            days = List.copyOf(days);
        }
    }

    /**
     * One day of a manager.
     *
     * @param fulfilment earned ÷ norm, 4 decimals; {@code null} on a non-working day or when the norm is 0
     */
    public record Day(LocalDate date, boolean workingDay, long planned, long earned, BigDecimal fulfilment) {
    }
}
