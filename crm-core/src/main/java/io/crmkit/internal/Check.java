package io.crmkit.internal;

import io.crmkit.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Argument checks shared by every value object and service. Not API. */
public final class Check {
    /** The longest text crmkit accepts in a name-like field. */
    public static final int NAME_MAX = 300;
    /** The longest text crmkit accepts in a free-text field (descriptions, notes, results). */
    public static final int TEXT_MAX = 20_000;
    /** The longest id or code. */
    public static final int ID_MAX = 100;

    private Check() {
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "is required");
        }
        return value;
    }

    /** A required single-line text: not blank, at most {@code max} characters, no control characters. */
    public static String name(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, value, "must not be blank");
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new InvalidInputException(field, value, "is longer than " + max + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                throw new InvalidInputException(field, value, "must not contain control characters");
            }
        }
        return s;
    }

    public static String name(String field, String value) {
        return name(field, value, NAME_MAX);
    }

    /** An optional single-line text: {@code null} or blank gives {@code null}. */
    public static String optionalName(String field, String value, int max) {
        return value == null || value.isBlank() ? null : name(field, value, max);
    }

    public static String optionalName(String field, String value) {
        return optionalName(field, value, NAME_MAX);
    }

    /** An optional multi-line text: line breaks and tabs are allowed, other control characters are not. */
    public static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > TEXT_MAX) {
            throw new InvalidInputException(field, value, "is longer than " + TEXT_MAX + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidInputException(field, value, "must not contain control characters");
            }
        }
        return value;
    }

    /** An id or code: not blank, at most {@link #ID_MAX} characters, no whitespace or control characters. */
    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, value, "must not be blank");
        }
        if (value.length() > ID_MAX) {
            throw new InvalidInputException(field, value, "is longer than " + ID_MAX + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new InvalidInputException(field, value, "must not contain whitespace or control characters");
            }
        }
        return value;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, value, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** A money amount: not negative, at most 4 decimals, below 10^15. */
    public static BigDecimal amount(String field, BigDecimal value) {
        notNull(field, value);
        if (value.signum() < 0) {
            throw new InvalidInputException(field, value.toPlainString(), "must not be negative");
        }
        BigDecimal s = value.stripTrailingZeros();
        if (s.scale() > 4) {
            throw new InvalidInputException(field, value.toPlainString(), "has more than 4 decimals");
        }
        if (s.precision() - s.scale() > 15) {
            throw new InvalidInputException(field, value.toPlainString(), "is too large (at most 15 integer digits)");
        }
        return value;
    }

    /** {@code end} must not be before {@code start}. */
    public static void order(String field, Instant start, Instant end) {
        if (end.isBefore(start)) {
            throw new InvalidInputException(field, end, "must not be before the start " + start);
        }
    }

    public static <T> List<T> list(String field, Collection<T> values) {
        notNull(field, values);
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new InvalidInputException(field + "[" + i + "]", null, "is required");
            }
            i++;
        }
        return List.copyOf(values);
    }
}
