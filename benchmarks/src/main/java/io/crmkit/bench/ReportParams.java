package io.crmkit.bench;

import java.time.LocalDate;

/**
 * What each benchmarked report is asked, the same for the library and its baseline: the funnel of
 * the first quarter of 2026 for the company, the automotivator of February 2026 for the company,
 * the company's traffic light at {@link DataGenerator#NOW}, and the RETAIL price list of all
 * groups on today's date.
 */
public final class ReportParams {
    public static final LocalDate FUNNEL_FROM = LocalDate.of(2026, 1, 1);
    public static final LocalDate FUNNEL_TO = LocalDate.of(2026, 3, 31);
    public static final LocalDate MONTH_FROM = LocalDate.of(2026, 2, 1);
    public static final LocalDate MONTH_TO = LocalDate.of(2026, 2, 28);
    public static final String PRICE_TYPE = "RETAIL";
    public static final LocalDate PRICE_DATE = DataGenerator.NOW.toLocalDate();
    /** The week of the per-person calendar: Monday to Sunday of "now". */
    public static final LocalDate WEEK_FROM = LocalDate.of(2026, 3, 9);
    public static final LocalDate WEEK_TO = LocalDate.of(2026, 3, 15);

    private ReportParams() {
    }
}
