package io.crmkit.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CoreTestBase;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductServiceTest extends CoreTestBase {
    private static final ProductGroupId SOFT = ProductGroupId.of("g-soft");
    private static final ProductGroupId LIC = ProductGroupId.of("g-lic");
    private static final ProductId CRM_LICENCE = ProductId.of("pr-crm");

    @BeforeEach
    void catalog() {
        crm.products().saveGroup(new ProductGroup(SOFT, "Software", null));
        crm.products().saveGroup(new ProductGroup(LIC, "Licences", SOFT));
        crm.products().saveProduct(new Product(CRM_LICENCE, "CRM licence", LIC, "pcs"));
        crm.products().savePriceType(new PriceType("RETAIL", "Retail", Currency.getInstance("RUB")));
    }

    @Test
    void theCurrentPriceIsTheLatestValidFromNotAfterTheDateInTheTypesCurrency() {
        crm.products().setPrice(CRM_LICENCE, "RETAIL", new BigDecimal("1000.00"), LocalDate.of(2026, 1, 1));
        crm.products().setPrice(CRM_LICENCE, "RETAIL", new BigDecimal("1200.00"), LocalDate.of(2026, 3, 13));
        assertThat(crm.products().currentPrice(CRM_LICENCE, "RETAIL", LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(crm.products().currentPrice(CRM_LICENCE, "RETAIL", LocalDate.of(2026, 3, 12))).contains(Money.of("1000.00", "RUB"));
        assertThat(crm.products().currentPrice(CRM_LICENCE, "RETAIL", LocalDate.of(2026, 3, 13))).contains(Money.of("1200.00", "RUB"));
        crm.products().setPrice(CRM_LICENCE, "RETAIL", new BigDecimal("1100.00"), LocalDate.of(2026, 3, 13));
        assertThat(crm.products().currentPrice(CRM_LICENCE, "RETAIL", LocalDate.of(2026, 12, 31))).contains(Money.of("1100.00", "RUB"));
    }

    @Test
    void groupsAreATreeWithoutCycles() {
        assertThatThrownBy(() -> crm.products().saveGroup(new ProductGroup(SOFT, "Software", LIC)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("g-lic");
        assertThatThrownBy(() -> crm.products().saveGroup(new ProductGroup(ProductGroupId.of("g-x"), "X", ProductGroupId.of("g-none"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("g-none");
        assertThatThrownBy(() -> new ProductGroup(SOFT, "Self", SOFT)).isInstanceOf(InvalidInputException.class);
        assertThat(crm.products().group(LIC).parent()).isEqualTo(SOFT);
        assertThat(crm.products().groups()).extracting(ProductGroup::id).containsExactly(LIC, SOFT);
    }

    @Test
    void pricesNeedAKnownProductAndType() {
        assertThatThrownBy(() -> crm.products().setPrice(ProductId.of("nope"), "RETAIL", BigDecimal.ONE, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> crm.products().setPrice(CRM_LICENCE, "WHOLESALE", BigDecimal.ONE, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("WHOLESALE");
        assertThatThrownBy(() -> crm.products().saveProduct(new Product(ProductId.of("p2"), "P", ProductGroupId.of("g-none"), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(crm.products().products()).extracting(Product::id).containsExactly(CRM_LICENCE);
        assertThat(crm.products().priceTypes()).extracting(PriceType::code).containsExactly("RETAIL");
    }
}
