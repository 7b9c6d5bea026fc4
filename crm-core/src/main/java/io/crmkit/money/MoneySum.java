package io.crmkit.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sum of money over several currencies, kept exactly and rounded only when read out. Immutable;
 * {@link #plus} returns a new sum. Currencies are ordered by code.
 */
public final class MoneySum {
    private static final MoneySum EMPTY = new MoneySum(new TreeMap<>());
    private final TreeMap<String, BigDecimal> byCurrency;

    private MoneySum(TreeMap<String, BigDecimal> byCurrency) {
        this.byCurrency = byCurrency;
    }

    public static MoneySum empty() {
        return EMPTY;
    }

    /** Builds a sum from exact amounts keyed by currency code. */
    public static MoneySum of(Map<String, BigDecimal> amounts) {
        TreeMap<String, BigDecimal> m = new TreeMap<>();
        amounts.forEach((c, a) -> m.merge(Money.currency("currency", c).getCurrencyCode(), a, BigDecimal::add));
        return new MoneySum(m);
    }

    /** Adds an amount; {@code null} adds nothing. */
    public MoneySum plus(Money money) {
        if (money == null) {
            return this;
        }
        return plus(money.currency(), money.amount());
    }

    /** Adds {@code money × factor} exactly (used for weighted amounts); {@code null} adds nothing. */
    public MoneySum plusScaled(Money money, BigDecimal factor) {
        if (money == null) {
            return this;
        }
        return plus(money.currency(), money.amount().multiply(factor));
    }

    public MoneySum plus(MoneySum other) {
        MoneySum s = this;
        for (Map.Entry<String, BigDecimal> e : other.byCurrency.entrySet()) {
            s = s.plus(Currency.getInstance(e.getKey()), e.getValue());
        }
        return s;
    }

    private MoneySum plus(Currency currency, BigDecimal amount) {
        TreeMap<String, BigDecimal> m = new TreeMap<>(byCurrency);
        m.merge(currency.getCurrencyCode(), amount, BigDecimal::add);
        return new MoneySum(m);
    }

    /** The exact amounts, by currency code in code order. */
    public Map<String, BigDecimal> exact() {
        return Collections.unmodifiableMap(byCurrency);
    }

    /** The amounts rounded half-up to two decimals as plain strings, by currency code: {@code {"RUB": "450000.00"}}. */
    public Map<String, String> rounded() {
        Map<String, String> out = new LinkedHashMap<>();
        byCurrency.forEach((c, a) -> out.put(c, a.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        return out;
    }

    public boolean isEmpty() {
        return byCurrency.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MoneySum other) || other.byCurrency.size() != byCurrency.size()) {
            return false;
        }
        for (Map.Entry<String, BigDecimal> e : byCurrency.entrySet()) {
            BigDecimal b = other.byCurrency.get(e.getKey());
            if (b == null || b.compareTo(e.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return byCurrency.keySet().hashCode();
    }

    @Override
    public String toString() {
        return rounded().toString();
    }
}
