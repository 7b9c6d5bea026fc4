package io.crmkit.product;

import io.crmkit.internal.Check;

/** The id of a product group. Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record ProductGroupId(String value) implements Comparable<ProductGroupId> {
    public ProductGroupId {
        Check.id("productGroupId", value);
    }

    public static ProductGroupId of(String value) {
        return new ProductGroupId(value);
    }

    @Override
    public int compareTo(ProductGroupId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
