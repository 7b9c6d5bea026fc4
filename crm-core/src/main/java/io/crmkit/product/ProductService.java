package io.crmkit.product;

import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import io.crmkit.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Products, product groups, price types and prices. Reach it with {@code crm.products()}. */
public final class ProductService {
    private final CrmContext ctx;

    public ProductService(CrmContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Adds or replaces a product group.
     *
     * @throws NotFoundException for an unknown parent
     * @throws InvalidInputException when the parent would make a cycle
     */
    public ProductGroup saveGroup(ProductGroup group) {
        Check.notNull("productGroup", group);
        return ctx.tx(() -> {
            ProductCatalog c = ctx.storage().products();
            ProductGroupId p = group.parent();
            Set<ProductGroupId> seen = new HashSet<>();
            seen.add(group.id());
            while (p != null) {
                if (!seen.add(p)) {
                    throw new InvalidInputException("productGroup.parent", group.parent(), "would make a cycle");
                }
                ProductGroupId cur = p;
                p = c.findGroup(cur).orElseThrow(() -> new NotFoundException("productGroup.parent", cur)).parent();
            }
            c.saveGroup(group);
            return group;
        });
    }

    /**
     * Adds or replaces a product.
     *
     * @throws NotFoundException for an unknown group
     */
    public Product saveProduct(Product product) {
        Check.notNull("product", product);
        return ctx.tx(() -> {
            if (product.group() != null) {
                group(product.group());
            }
            ctx.storage().products().saveProduct(product);
            return product;
        });
    }

    /** Adds or replaces a price type. */
    public PriceType savePriceType(PriceType type) {
        Check.notNull("priceType", type);
        ctx.tx(() -> {
            ctx.storage().products().savePriceType(type);
            return type;
        });
        return type;
    }

    /**
     * Sets the price of a product for a price type from a date on.
     *
     * @throws NotFoundException for an unknown product or price type
     * @throws InvalidInputException for a negative or too precise amount
     */
    public Price setPrice(ProductId product, String priceType, BigDecimal amount, LocalDate validFrom) {
        Price price = new Price(product, priceType, amount, validFrom);
        return ctx.tx(() -> {
            product(product);
            priceType(priceType);
            ctx.storage().products().savePrice(price);
            return price;
        });
    }

    /** The current price on {@code date}: the one with the latest valid-from not after it. */
    public Optional<Money> currentPrice(ProductId product, String priceType, LocalDate date) {
        Check.notNull("date", date);
        product(product);
        PriceType type = priceType(priceType);
        return ctx.storage().products().currentPrice(product, priceType, date).map(p -> new Money(p.amount(), type.currency()));
    }

    public ProductGroup group(ProductGroupId id) {
        Check.notNull("productGroup", id);
        return ctx.storage().products().findGroup(id).orElseThrow(() -> new NotFoundException("productGroup", id));
    }

    public Product product(ProductId id) {
        Check.notNull("product", id);
        return ctx.storage().products().findProduct(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    public PriceType priceType(String code) {
        Check.id("priceType", code);
        return ctx.storage().products().findPriceType(code).orElseThrow(() -> new NotFoundException("priceType", code));
    }

    public List<ProductGroup> groups() {
        return ctx.storage().products().groups();
    }

    public List<Product> products() {
        return ctx.storage().products().products();
    }

    public List<PriceType> priceTypes() {
        return ctx.storage().products().priceTypes();
    }
}
