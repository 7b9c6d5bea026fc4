package io.crmkit.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of every report (SCENARIO.md "Conventions"): ratios half-up to 4 decimals,
 * mean days and means half-up to 2 decimals, {@code null} when there is nothing to divide by.
 */
public final class Ratios {
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

    private Ratios() {
    }

    /** {@code numerator ÷ denominator} half-up to 4 decimals, trailing zeros stripped; {@code null} when the denominator is 0. */
    public static BigDecimal ratio(long numerator, long denominator) {
        return divide(numerator, denominator, 4);
    }

    /** {@code numerator ÷ denominator} half-up to 2 decimals, trailing zeros stripped; {@code null} when the denominator is 0. */
    public static BigDecimal mean(long numerator, long denominator) {
        return divide(numerator, denominator, 2);
    }

    /** The mean of {@code totalMillis} over {@code count} entries in days, half-up to 2 decimals; {@code null} for no entries. */
    public static BigDecimal meanDays(long totalMillis, long count) {
        if (count == 0) {
            return null;
        }
        return plain(BigDecimal.valueOf(totalMillis).divide(MILLIS_PER_DAY.multiply(BigDecimal.valueOf(count)), 2,
                RoundingMode.HALF_UP));
    }

    private static BigDecimal divide(long numerator, long denominator, int scale) {
        if (denominator == 0) {
            return null;
        }
        return plain(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
    }

    /** Strips trailing zeros but never goes to an exponent form (10.00 becomes 10, not 1E+1). */
    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    /** A money amount as a decimal string with two decimals, half-up. */
    public static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
