package io.crmkit.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage port for product groups, products, price types and prices. Saves replace a record with the same id. */
public interface ProductCatalog {
    void saveGroup(ProductGroup group);

    void saveProduct(Product product);

    void savePriceType(PriceType priceType);

    /** Stores a price; a price for the same product, type and valid-from replaces it. */
    void savePrice(Price price);

    Optional<ProductGroup> findGroup(ProductGroupId id);

    Optional<Product> findProduct(ProductId id);

    Optional<PriceType> findPriceType(String code);

    /** Every group, by id. */
    List<ProductGroup> groups();

    /** Every product, by id. */
    List<Product> products();

    /** Every price type, by code. */
    List<PriceType> priceTypes();

    /** Every price of a product, by price type then valid-from. */
    List<Price> pricesOf(ProductId product);

    /** Every price of every product, by product, price type, valid-from. */
    List<Price> prices();

    /** The current price on {@code date}: the latest valid-from not after it. */
    Optional<Price> currentPrice(ProductId product, String priceType, LocalDate date);
}
