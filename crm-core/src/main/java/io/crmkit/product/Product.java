package io.crmkit.product;

import io.crmkit.internal.Check;

/** A product (or service) the company sells, in a group, with a unit of measure. */
public record Product(ProductId id, String name, ProductGroupId group, String unit) {
    public Product {
        Check.notNull("product.id", id);
        name = Check.name("product.name", name);
        unit = Check.optionalName("product.unit", unit, 50);
    }
}
