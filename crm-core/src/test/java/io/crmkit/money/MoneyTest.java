package io.crmkit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void parsesAmountsAndCurrencies() {
        Money m = Money.of("150000.00", "RUB");
        assertThat(m.amount()).isEqualByComparingTo("150000");
        assertThat(m.currency().getCurrencyCode()).isEqualTo("RUB");
        assertThat(m.toPlainString()).isEqualTo("150000.00");
        assertThat(m).hasToString("150000.00 RUB");
        assertThat(Money.of(" 0 ", "EUR").toPlainString()).isEqualTo("0.00");
    }

    @Test
    void roundsHalfUpToTwoDecimalsOnlyWhenRead() {
        assertThat(Money.of("0.005", "RUB").toPlainString()).isEqualTo("0.01");
        assertThat(Money.of("0.0049", "RUB").toPlainString()).isEqualTo("0.00");
        assertThat(Money.of("2.675", "RUB").amount()).isEqualByComparingTo("2.675");
    }

    @Test
    void rejectsNegativeTooPreciseTooLargeAndMalformedAmounts() {
        assertThatThrownBy(() -> Money.of("-0.01", "RUB")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount").hasMessageContaining("-0.01");
        assertThatThrownBy(() -> Money.of("1.00001", "RUB")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1.00001");
        assertThatThrownBy(() -> Money.of("1000000000000000", "RUB")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1000000000000000");
        assertThat(Money.of("999999999999999.9999", "RUB").amount()).isEqualByComparingTo("999999999999999.9999");
        assertThatThrownBy(() -> Money.of("1e3", "RUB")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.of("12,50", "RUB")).isInstanceOf(InvalidInputException.class).hasMessageContaining("12,50");
        assertThatThrownBy(() -> Money.of("1".repeat(41), "RUB")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.of((String) null, "RUB")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsUnknownCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("currency")).hasMessageContaining("XYZ");
        assertThatThrownBy(() -> Money.of("1", "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void neverAddsTwoCurrencies() {
        assertThat(Money.of("1.10", "RUB").plus(Money.of("2.20", "RUB")).amount()).isEqualByComparingTo("3.30");
        assertThatThrownBy(() -> Money.of("1", "RUB").plus(Money.of("1", "EUR"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("EUR").hasMessageContaining("RUB");
    }

    @Test
    void aSumIsExactPerCurrencyAndRoundedOnceAtTheEnd() {
        MoneySum s = MoneySum.empty();
        for (int i = 0; i < 3; i++) {
            s = s.plus(Money.of("0.005", "RUB"));
        }
        // rounding each item would give 0.03; the exact sum 0.015 rounds to 0.02
        assertThat(s.rounded()).containsExactly(Map.entry("RUB", "0.02"));
        s = s.plus(Money.of("10", "EUR")).plus((Money) null);
        assertThat(s.rounded()).containsExactly(Map.entry("EUR", "10.00"), Map.entry("RUB", "0.02"));
        assertThat(s.exact().get("RUB")).isEqualByComparingTo("0.015");
    }

    @Test
    void aWeightedSumIsExactToo() {
        MoneySum w = MoneySum.empty()
                .plusScaled(Money.of("0.05", "RUB"), new BigDecimal("0.10"))
                .plusScaled(Money.of("0.05", "RUB"), new BigDecimal("0.30"))
                .plusScaled(null, BigDecimal.ONE);
        // 0.005 + 0.015 = 0.02 exactly; rounding each weighted item first would give 0.01 + 0.02 = 0.03
        assertThat(w.rounded()).containsExactly(Map.entry("RUB", "0.02"));
    }

    @Test
    void sumsCompareByValueNotScale() {
        assertThat(MoneySum.of(Map.of("RUB", new BigDecimal("1.0")))).isEqualTo(MoneySum.of(Map.of("RUB", new BigDecimal("1.000"))));
        assertThat(MoneySum.of(Map.of("RUB", BigDecimal.ONE))).isNotEqualTo(MoneySum.of(Map.of("EUR", BigDecimal.ONE)));
        assertThat(MoneySum.empty().isEmpty()).isTrue();
        assertThat(MoneySum.empty().rounded()).isEmpty();
        assertThat(MoneySum.empty().plus(MoneySum.of(Map.of("USD", BigDecimal.TEN))).rounded()).containsExactly(Map.entry("USD", "10.00"));
        assertThatThrownBy(() -> MoneySum.of(Map.of("???", BigDecimal.ONE))).isInstanceOf(InvalidInputException.class);
    }
}
