package io.crmkit.examples.scenario;

import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.time.LocalDate;
import java.util.List;

/**
 * One validated report request of a scenario. Which members are set depends on the type
 * (SCENARIO.md); the others are {@code null}.
 *
 * @param name      the member of the output that holds the report
 * @param type      the report type
 * @param path      the JSON path of the request, for messages
 * @param scope     SALES_FUNNEL, AUTOMOTIVATOR, MANAGER_CONTROL
 * @param from      first date of the period (inclusive)
 * @param to        last date of the period (inclusive)
 * @param funnel    SALES_FUNNEL: the funnel code
 * @param variant   MANAGER_CONTROL: the variant
 * @param manager   MY_TASKS, MY_SALES, CALENDAR
 * @param priceType PRICE_LIST: the price type code
 * @param date      PRICE_LIST: the date of the prices
 * @param groups    PRICE_LIST: the selected groups (empty with no products means everything)
 * @param products  PRICE_LIST: the selected products
 * @param phone     FIND_CLIENT
 * @param email     FIND_CLIENT
 * @param nameLike  FIND_CLIENT
 */
public record ReportRequest(String name, ReportType type, String path, Scope scope, LocalDate from, LocalDate to,
                            String funnel, ControlVariant variant, ManagerId manager, String priceType, LocalDate date,
                            List<ProductGroupId> groups, List<ProductId> products, String phone, String email,
                            String nameLike) {
    public ReportRequest {
        groups = groups == null ? List.of() : List.copyOf(groups);
        products = products == null ? List.of() : List.copyOf(products);
    }
}
