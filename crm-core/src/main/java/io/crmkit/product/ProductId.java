package io.crmkit.product;

import io.crmkit.internal.Check;

/** The id of a product. Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record ProductId(String value) implements Comparable<ProductId> {
    public ProductId {
        Check.id("productId", value);
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
