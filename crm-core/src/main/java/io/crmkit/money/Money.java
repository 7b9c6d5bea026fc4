package io.crmkit.money;

import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one currency. The amount is never negative, has at most 4 decimals and at
 * most 15 integer digits; two amounts in different currencies are never added.
 */
public record Money(BigDecimal amount, Currency currency) {
    /** A decimal string as SCENARIO.md writes amounts: digits, an optional point and decimals; no exponent. */
    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    public Money {
        Check.amount("amount", amount);
        Check.notNull("currency", currency);
    }

    /** Parses a decimal string and an ISO 4217 code, e.g. {@code Money.of("150000.00", "RUB")}. */
    public static Money of(String amount, String currency) {
        return new Money(parseAmount("amount", amount), currency("currency", currency));
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency("currency", currency));
    }

    /** Parses a decimal amount, naming {@code field} when it is not one. */
    public static BigDecimal parseAmount(String field, String amount) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidInputException(field, amount, "must be a decimal number");
        }
        if (amount.length() > 40) {
            throw new InvalidInputException(field, amount, "is too long for an amount");
        }
        if (!PLAIN_DECIMAL.matcher(amount.strip()).matches()) {
            throw new InvalidInputException(field, amount, "must be a plain decimal number such as 150000.00");
        }
        try {
            return Check.amount(field, new BigDecimal(amount.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, amount, "must be a decimal number");
        }
    }

    /** Looks up an ISO 4217 currency, naming {@code field} when the code is unknown. */
    public static Currency currency(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, code, "must be an ISO 4217 currency code");
        }
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, code, "must be an ISO 4217 currency code");
        }
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidInputException("currency", other.currency, "cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount as a decimal string with two decimals, rounded half-up: {@code "150000.00"}. */
    public String toPlainString() {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency.getCurrencyCode();
    }
}
