package io.crmkit.product;

import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;

/** A node of the product group tree. */
public record ProductGroup(ProductGroupId id, String name, ProductGroupId parent) {
    public ProductGroup {
        Check.notNull("productGroup.id", id);
        name = Check.name("productGroup.name", name);
        if (id.equals(parent)) {
            throw new InvalidInputException("productGroup.parent", parent, "a group cannot be its own parent");
        }
    }
}
