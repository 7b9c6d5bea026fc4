package io.crmkit.product;

import io.crmkit.internal.Check;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The price of a product for a price type from a date on. The current price on date D is the one
 * with the latest valid-from not after D.
 */
public record Price(ProductId product, String priceType, BigDecimal amount, LocalDate validFrom) {
    public Price {
        Check.notNull("price.product", product);
        Check.id("price.priceType", priceType);
        Check.amount("price.amount", amount);
        Check.notNull("price.validFrom", validFrom);
    }
}
