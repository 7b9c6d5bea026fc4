package io.crmkit.client;

import io.crmkit.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A validated e-mail address, kept as written. Addresses are matched case-insensitively through
 * {@link #key()}.
 */
public record Email(String value) {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9\\p{L}]([A-Za-z0-9\\p{L}-]{0,61}[A-Za-z0-9\\p{L}])?\\.)+[A-Za-z\\p{L}]{2,63}");

    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("email", value, "must not be blank");
        }
        value = value.strip();
        if (!isValid(value)) {
            throw new InvalidInputException("email", value, "is not a valid e-mail address");
        }
    }

    /** Parses an address, naming {@code field} in the error. */
    public static Email of(String field, String value) {
        try {
            return new Email(value);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, value, "is not a valid e-mail address");
        }
    }

    public static Email of(String value) {
        return new Email(value);
    }

    /** Whether a string is an address crmkit accepts: local@domain, at most 254 characters, no spaces or control characters. */
    public static boolean isValid(String s) {
        if (s == null || s.length() > 254) {
            return false;
        }
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1 || at > 64) {
            return false;
        }
        return LOCAL.matcher(s.substring(0, at)).matches() && DOMAIN.matcher(s.substring(at + 1)).matches();
    }

    /** The matching key: the address in lower case. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
