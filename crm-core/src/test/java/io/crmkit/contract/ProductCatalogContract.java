package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Storage;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.product.ProductCatalog}: replace-by-id saves, orders, and the current price. */
public abstract class ProductCatalogContract extends ContractSupport {
    private static final ProductGroupId SOFT = ProductGroupId.of("g-soft");
    private static final ProductGroupId LIC = ProductGroupId.of("g-lic");
    private static final ProductId CRM = ProductId.of("pr-crm");
    private static final ProductId ERP = ProductId.of("pr-erp");
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR1 = LocalDate.of(2026, 3, 1);

    @Override
    protected abstract Storage newStorage();

    @BeforeEach
    void data() {
        txRun(() -> {
            storage.products().saveGroup(new ProductGroup(SOFT, "Software", null));
            storage.products().saveGroup(new ProductGroup(LIC, "Licences", SOFT));
            storage.products().saveProduct(new Product(ERP, "ERP licence", LIC, "pcs"));
            storage.products().saveProduct(new Product(CRM, "CRM licence", LIC, "pcs"));
            storage.products().savePriceType(new PriceType("RETAIL", "Retail", Currency.getInstance("RUB")));
            storage.products().savePriceType(new PriceType("DEALER", "Dealer", Currency.getInstance("EUR")));
        });
    }

    private void price(ProductId p, String type, String amount, LocalDate from) {
        txRun(() -> storage.products().savePrice(new Price(p, type, new BigDecimal(amount), from)));
    }

    @Test
    void findsWhatWasSavedAndListsInOrder() {
        assertThat(storage.products().findGroup(LIC).orElseThrow()).isEqualTo(new ProductGroup(LIC, "Licences", SOFT));
        assertThat(storage.products().findProduct(CRM).orElseThrow()).isEqualTo(new Product(CRM, "CRM licence", LIC, "pcs"));
        assertThat(storage.products().findPriceType("DEALER").orElseThrow().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(storage.products().findGroup(ProductGroupId.of("nope"))).isEmpty();
        assertThat(storage.products().findProduct(ProductId.of("nope"))).isEmpty();
        assertThat(storage.products().findPriceType("NOPE")).isEmpty();
        assertThat(storage.products().groups()).extracting(g -> g.id().value()).containsExactly("g-lic", "g-soft");
        assertThat(storage.products().products()).extracting(p -> p.id().value()).containsExactly("pr-crm", "pr-erp");
        assertThat(storage.products().priceTypes()).extracting(PriceType::code).containsExactly("DEALER", "RETAIL");
    }

    @Test
    void savingTheSameIdReplaces() {
        txRun(() -> {
            storage.products().saveGroup(new ProductGroup(LIC, "Licenses", null));
            storage.products().saveProduct(new Product(CRM, "CRM seat", SOFT, null));
            storage.products().savePriceType(new PriceType("RETAIL", "Retail price", Currency.getInstance("USD")));
        });
        assertThat(storage.products().findGroup(LIC).orElseThrow()).isEqualTo(new ProductGroup(LIC, "Licenses", null));
        assertThat(storage.products().findProduct(CRM).orElseThrow()).isEqualTo(new Product(CRM, "CRM seat", SOFT, null));
        assertThat(storage.products().findPriceType("RETAIL").orElseThrow().name()).isEqualTo("Retail price");
        assertThat(storage.products().groups()).hasSize(2);
        assertThat(storage.products().products()).hasSize(2);
    }

    @Test
    void pricesAreOrderedAndTheSameKeyReplaces() {
        price(CRM, "RETAIL", "1200.00", MAR1);
        price(CRM, "RETAIL", "1000.00", JAN1);
        price(CRM, "DEALER", "10.5", JAN1);
        price(ERP, "RETAIL", "5000", JAN1);
        price(CRM, "RETAIL", "1100.00", MAR1);
        assertThat(storage.products().pricesOf(CRM)).extracting(p -> p.priceType() + "@" + p.validFrom() + "=" + p.amount().stripTrailingZeros().toPlainString())
                .containsExactly("DEALER@2026-01-01=10.5", "RETAIL@2026-01-01=1000", "RETAIL@2026-03-01=1100");
        assertThat(storage.products().prices()).extracting(p -> p.product().value() + "/" + p.priceType() + "@" + p.validFrom())
                .containsExactly("pr-crm/DEALER@2026-01-01", "pr-crm/RETAIL@2026-01-01", "pr-crm/RETAIL@2026-03-01",
                        "pr-erp/RETAIL@2026-01-01");
        assertThat(storage.products().pricesOf(ProductId.of("nope"))).isEmpty();
    }

    @Test
    void currentPriceIsTheLatestValidFromNotAfterTheDate() {
        price(CRM, "RETAIL", "1000.00", JAN1);
        price(CRM, "RETAIL", "1200.00", MAR1);
        price(CRM, "DEALER", "9.99", MAR1.plusDays(10));
        assertThat(storage.products().currentPrice(CRM, "RETAIL", JAN1.minusDays(1))).isEmpty();
        assertThat(storage.products().currentPrice(CRM, "RETAIL", JAN1).orElseThrow().amount()).isEqualByComparingTo("1000");
        assertThat(storage.products().currentPrice(CRM, "RETAIL", MAR1.minusDays(1)).orElseThrow().amount()).isEqualByComparingTo("1000");
        assertThat(storage.products().currentPrice(CRM, "RETAIL", MAR1).orElseThrow().amount()).isEqualByComparingTo("1200");
        assertThat(storage.products().currentPrice(CRM, "RETAIL", LocalDate.of(2030, 1, 1)).orElseThrow().validFrom()).isEqualTo(MAR1);
        assertThat(storage.products().currentPrice(CRM, "DEALER", MAR1)).isEmpty();
        assertThat(storage.products().currentPrice(ERP, "RETAIL", MAR1)).isEmpty();
    }

    @Test
    void amountsKeepFourDecimals() {
        price(CRM, "RETAIL", "0.0001", JAN1);
        price(ERP, "RETAIL", "999999999999999.9999", JAN1);
        assertThat(storage.products().currentPrice(CRM, "RETAIL", JAN1).orElseThrow().amount()).isEqualByComparingTo("0.0001");
        assertThat(storage.products().currentPrice(ERP, "RETAIL", JAN1).orElseThrow().amount()).isEqualByComparingTo("999999999999999.9999");
    }
}
