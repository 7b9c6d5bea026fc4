package io.crmkit.product;

import io.crmkit.internal.Check;
import java.util.Currency;

/** A kind of price (retail, wholesale, …) in one currency. */
public record PriceType(String code, String name, Currency currency) {
    public PriceType {
        Check.id("priceType.code", code);
        name = Check.name("priceType.name", name == null ? code : name);
        Check.notNull("priceType.currency", currency);
    }
}
