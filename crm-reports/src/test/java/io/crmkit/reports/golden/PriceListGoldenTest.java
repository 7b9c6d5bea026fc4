package io.crmkit.reports.golden;

import static io.crmkit.reports.golden.JsonAssert.assertJson;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.reports.ReportJson;
import io.crmkit.reports.ReportRequest;
import io.crmkit.reports.Reports;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The price list on a hand-made catalog.
 *
 * <pre>
 * Software (g1) ─┬─ Licences (g3) ── Подписки (g6)      Services (g2)      Empty (g5)
 *                └─ Add-ons (g4)
 * product                   group  RETAIL prices (valid from)
 * pr1 CRM licence           g3     900.00 (01-01), 1000.00 (03-01), 1100.00 (03-14)
 * pr2 Analytics add-on      g4     250.5 (01-01)
 * pr3 Training              g2     3000 (2025-12-01)
 * pr4 Implementation        g2     150000 (03-13, the day itself)
 * pr5 Base kit              g1     0.125 (01-01) → 0.13 half-up
 * pr6 Годовая подписка      g6     12000.00 (01-01)
 * pr7 Old product           g1     only a WHOLESALE price
 * pr8 Future product        g2     500 (04-01, not yet)
 * pr9 Loose item            —      10 (01-01)
 * </pre>
 */
public abstract class PriceListGoldenTest {
    private static final LocalDate DATE = LocalDate.parse("2026-03-13");
    private Reports reports;
    private Crm crm;

    /** A fresh, empty storage. */
    protected abstract Storage newStorage();

    @BeforeEach
    void load() {
        Fixture f = new Fixture(newStorage(), CrmSettings.defaults(ZoneId.of("Europe/Moscow")));
        f.group("g1", "Software", null).group("g2", "Services", null).group("g3", "Licences", "g1")
                .group("g4", "Add-ons", "g1").group("g5", "Empty", null).group("g6", "Подписки", "g3");
        f.product("pr1", "CRM licence", "g3", "pcs").product("pr2", "Analytics add-on", "g4", "pcs")
                .product("pr3", "Training", "g2", "hour").product("pr4", "Implementation", "g2", "hour")
                .product("pr5", "Base kit", "g1", "pcs").product("pr6", "Годовая подписка", "g6", "год")
                .product("pr7", "Old product", "g1", "pcs").product("pr8", "Future product", "g2", "pcs")
                .product("pr9", "Loose item", null, null);
        f.priceType("RETAIL", "Retail", "RUB").priceType("WHOLESALE", "Wholesale", "RUB");
        f.price("pr1", "RETAIL", "900.00", "2026-01-01").price("pr1", "RETAIL", "1000.00", "2026-03-01")
                .price("pr1", "RETAIL", "1100.00", "2026-03-14").price("pr2", "RETAIL", "250.5", "2026-01-01")
                .price("pr3", "RETAIL", "3000", "2025-12-01").price("pr4", "RETAIL", "150000", "2026-03-13")
                .price("pr5", "RETAIL", "0.125", "2026-01-01").price("pr6", "RETAIL", "12000.00", "2026-01-01")
                .price("pr7", "WHOLESALE", "700", "2026-01-01").price("pr8", "RETAIL", "500", "2026-04-01")
                .price("pr9", "RETAIL", "10", "2026-01-01");
        crm = f.crmAt("2026-03-13T12:00");
        reports = Reports.of(crm);
    }

    @Test
    void everythingDepthFirstSiblingsByName() {
        // roots by name: Empty (no product → left out), Services, Software; under Software: Add-ons, Licences
        // (with Подписки below it). Software lists only its own Base kit (pr7 has no retail price).
        // Services: Implementation (price valid from the day itself), Training; pr8 not valid yet.
        // pr1: 1000.00 (the latest valid-from not after 03-13). pr9 has no group: last, group null.
        assertJson(ReportJson.render(reports.priceList("RETAIL", DATE, null, null)), """
                {'priceType': 'RETAIL', 'currency': 'RUB', 'date': '2026-03-13', 'groups': [
                  {'group': 'g2', 'name': 'Services', 'items': [
                    {'product': 'pr4', 'name': 'Implementation', 'unit': 'hour', 'price': '150000.00'},
                    {'product': 'pr3', 'name': 'Training', 'unit': 'hour', 'price': '3000.00'}]},
                  {'group': 'g1', 'name': 'Software', 'items': [{'product': 'pr5', 'name': 'Base kit', 'unit': 'pcs', 'price': '0.13'}]},
                  {'group': 'g4', 'name': 'Add-ons', 'items': [{'product': 'pr2', 'name': 'Analytics add-on', 'unit': 'pcs', 'price': '250.50'}]},
                  {'group': 'g3', 'name': 'Licences', 'items': [{'product': 'pr1', 'name': 'CRM licence', 'unit': 'pcs', 'price': '1000.00'}]},
                  {'group': 'g6', 'name': 'Подписки', 'items': [{'product': 'pr6', 'name': 'Годовая подписка', 'unit': 'год', 'price': '12000.00'}]},
                  {'group': null, 'name': null, 'items': [{'product': 'pr9', 'name': 'Loose item', 'unit': null, 'price': '10.00'}]}]}""");
    }

    @Test
    void selectedGroupsWithSubgroupsAndSelectedProducts() {
        // g3 with its subgroup g6, plus pr3; on 03-14 pr1 costs 1100.00. Software itself has nothing selected.
        assertJson(reports.run(ReportRequest.priceList("p", "RETAIL", LocalDate.parse("2026-03-14"),
                List.of(ProductGroupId.of("g3")), List.of(ProductId.of("pr3"))), crm.clock().instant(), ZoneId.of("Europe/Moscow")), """
                {'priceType': 'RETAIL', 'date': '2026-03-14', 'groups': [
                  {'group': 'g2', 'items': [{'product': 'pr3', 'price': '3000.00'}]},
                  {'group': 'g3', 'items': [{'product': 'pr1', 'price': '1100.00'}]},
                  {'group': 'g6', 'items': [{'product': 'pr6', 'price': '12000.00'}]}]}""");
    }

    @Test
    void earlyDatesHaveFewerPricesAndAnEmptyListIsEmpty() {
        assertJson(ReportJson.render(reports.priceList("RETAIL", LocalDate.parse("2025-12-31"), null, null)),
                "{'groups': [{'group': 'g2', 'items': [{'product': 'pr3', 'price': '3000.00'}]}]}");
        assertJson(ReportJson.render(reports.priceList("RETAIL", LocalDate.parse("2025-11-30"), null, null)), "{'groups': []}");
        assertJson(ReportJson.render(reports.priceList("WHOLESALE", DATE, List.of(ProductGroupId.of("g2")), null)), "{'groups': []}");
        assertJson(ReportJson.render(reports.priceList("WHOLESALE", DATE, null, null)),
                "{'groups': [{'group': 'g1', 'items': [{'product': 'pr7', 'price': '700.00'}]}]}");
    }

    @Test
    void unknownReferencesAreNamed() {
        assertThatThrownBy(() -> reports.priceList("SALE", DATE, null, null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("SALE");
        assertThatThrownBy(() -> reports.priceList("RETAIL", DATE, List.of(ProductGroupId.of("g404")), null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("g404");
        assertThatThrownBy(() -> reports.priceList("RETAIL", DATE, null, List.of(ProductId.of("pr404"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("pr404");
        assertThatThrownBy(() -> reports.priceList("RETAIL", null, null, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("date");
    }
}
