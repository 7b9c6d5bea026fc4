package io.crmkit.reports;

import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A price list for a price type on a date (SCENARIO.md PRICE_LIST): groups depth first, siblings by
 * name; each with its own selected products that have a current price, by name.
 */
public record PriceList(String priceType, String priceTypeName, String currency, LocalDate date, List<Group> groups) {
    public PriceList {
        groups = List.copyOf(groups);
    }

    /**
     * A product group with its items.
     *
     * @param group {@code null} for the products that belong to no group (listed last)
     * @param depth 0 for a top-level group
     */
    public record Group(ProductGroupId group, String name, int depth, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /** A product with its current price. */
    public record Item(ProductId product, String name, String unit, BigDecimal price) {
    }

    /** Every item of every group, in list order. */
    public List<Item> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }
}
