package io.crmkit.catalog;

import io.crmkit.internal.Check;
import java.math.BigDecimal;

/** A stage of a sales funnel: a code, a name and the probability (0–100) that an interest at it is won. */
public record Stage(String code, String name, int probability) {
    public Stage {
        Check.id("stage.code", code);
        name = Check.name("stage.name", name == null ? code : name);
        Check.range("stage.probability", probability, 0, 100);
    }

    /** The probability as a factor 0–1, exact. */
    public BigDecimal factor() {
        return BigDecimal.valueOf(probability).movePointLeft(2);
    }
}
