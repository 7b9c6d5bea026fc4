package io.crmkit.jpa;

import io.crmkit.internal.Check;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductCatalog;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The product catalog on JPA: saves replace the record with the same key. */
final class JpaProductCatalog implements ProductCatalog {
    private final Jpa jpa;

    JpaProductCatalog(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public void saveGroup(ProductGroup g) {
        Check.notNull("productGroup", g);
        jpa.call("productGroup.save", em -> {
            ProductGroupEntity e = em.find(ProductGroupEntity.class, g.id().value());
            boolean fresh = e == null;
            if (fresh) {
                e = new ProductGroupEntity();
                e.id = g.id().value();
            }
            e.name = g.name();
            e.parentId = g.parent() == null ? null : g.parent().value();
            if (fresh) {
                em.persist(e);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public void saveProduct(Product p) {
        Check.notNull("product", p);
        jpa.call("product.save", em -> {
            ProductEntity e = em.find(ProductEntity.class, p.id().value());
            boolean fresh = e == null;
            if (fresh) {
                e = new ProductEntity();
                e.id = p.id().value();
            }
            e.name = p.name();
            e.groupId = p.group() == null ? null : p.group().value();
            e.unit = p.unit();
            if (fresh) {
                em.persist(e);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public void savePriceType(PriceType t) {
        Check.notNull("priceType", t);
        jpa.call("priceType.save", em -> {
            PriceTypeEntity e = em.find(PriceTypeEntity.class, t.code());
            boolean fresh = e == null;
            if (fresh) {
                e = new PriceTypeEntity();
                e.code = t.code();
            }
            e.name = t.name();
            e.currency = t.currency().getCurrencyCode();
            if (fresh) {
                em.persist(e);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public void savePrice(Price p) {
        Check.notNull("price", p);
        jpa.call("price.save", em -> {
            PriceEntity.PriceKey key = new PriceEntity.PriceKey(p.product().value(), p.priceType(), p.validFrom());
            PriceEntity e = em.find(PriceEntity.class, key);
            boolean fresh = e == null;
            if (fresh) {
                e = new PriceEntity();
                e.key = key;
            }
            e.amount = p.amount();
            e.amountScale = p.amount().scale();
            if (fresh) {
                em.persist(e);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<ProductGroup> findGroup(ProductGroupId id) {
        Check.notNull("productGroup", id);
        return jpa.call("productGroup.find", em -> Optional.ofNullable(em.find(ProductGroupEntity.class, id.value())).map(JpaProductCatalog::group));
    }

    @Override
    public Optional<Product> findProduct(ProductId id) {
        Check.notNull("product", id);
        return jpa.call("product.find", em -> Optional.ofNullable(em.find(ProductEntity.class, id.value())).map(JpaProductCatalog::product));
    }

    @Override
    public Optional<PriceType> findPriceType(String code) {
        Check.notNull("priceType", code);
        return jpa.call("priceType.find", em -> Optional.ofNullable(em.find(PriceTypeEntity.class, code)).map(JpaProductCatalog::priceType));
    }

    @Override
    public List<ProductGroup> groups() {
        return jpa.call("productGroup.all", em -> em.createQuery("select g from ProductGroup g order by g.id", ProductGroupEntity.class)
                .getResultList().stream().map(JpaProductCatalog::group).toList());
    }

    @Override
    public List<Product> products() {
        return jpa.call("product.all", em -> em.createQuery("select p from Product p order by p.id", ProductEntity.class)
                .getResultList().stream().map(JpaProductCatalog::product).toList());
    }

    @Override
    public List<PriceType> priceTypes() {
        return jpa.call("priceType.all", em -> em.createQuery("select t from PriceType t order by t.code", PriceTypeEntity.class)
                .getResultList().stream().map(JpaProductCatalog::priceType).toList());
    }

    @Override
    public List<Price> pricesOf(ProductId product) {
        Check.notNull("product", product);
        return jpa.call("price.ofProduct", em -> em.createQuery("select p from Price p where p.key.productId = :product"
                        + " order by p.key.priceType, p.key.validFrom", PriceEntity.class)
                .setParameter("product", product.value()).getResultList().stream().map(JpaProductCatalog::price).toList());
    }

    @Override
    public List<Price> prices() {
        return jpa.call("price.all", em -> em.createQuery("select p from Price p order by p.key.productId, p.key.priceType, p.key.validFrom",
                PriceEntity.class).getResultList().stream().map(JpaProductCatalog::price).toList());
    }

    @Override
    public Optional<Price> currentPrice(ProductId product, String priceType, LocalDate date) {
        Check.notNull("product", product);
        Check.notNull("priceType", priceType);
        Check.notNull("date", date);
        return jpa.call("price.current", em -> em.createQuery("select p from Price p where p.key.productId = :product"
                        + " and p.key.priceType = :type and p.key.validFrom <= :date order by p.key.validFrom desc", PriceEntity.class)
                .setParameter("product", product.value()).setParameter("type", priceType).setParameter("date", date)
                .setMaxResults(1).getResultStream().findFirst().map(JpaProductCatalog::price));
    }

    static ProductGroup group(ProductGroupEntity e) {
        return new ProductGroup(ProductGroupId.of(e.id), e.name, e.parentId == null ? null : ProductGroupId.of(e.parentId));
    }

    static Product product(ProductEntity e) {
        return new Product(ProductId.of(e.id), e.name, e.groupId == null ? null : ProductGroupId.of(e.groupId), e.unit);
    }

    static PriceType priceType(PriceTypeEntity e) {
        return new PriceType(e.code, e.name, Currency.getInstance(e.currency));
    }

    static Price price(PriceEntity e) {
        return new Price(ProductId.of(e.key.productId), e.key.priceType, e.amount.setScale(e.amountScale), e.key.validFrom);
    }
}
