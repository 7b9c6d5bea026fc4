package io.crmkit.reports;

import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.time.LocalDate;
import java.util.List;

/**
 * One report request of a scenario (SCENARIO.md "Reports"): a name, a type and the members that
 * type takes. Members a type does not take are ignored; a member it needs and lacks fails
 * {@link #require} with the member's name. Build one with the static factories or
 * {@link ReportRequestJson#parse}.
 *
 * @param name     the member name of the report in the output
 * @param scope    the scope (SALES_FUNNEL, AUTOMOTIVATOR, MANAGER_CONTROL, FIND_CLIENT; default company for FIND_CLIENT)
 * @param from     the first date of the period (inclusive)
 * @param to       the last date of the period (inclusive)
 * @param funnel   the funnel code (SALES_FUNNEL, FUNNEL_DRILLDOWN), {@code null} for the default funnel
 * @param variant  the manager control variant, {@code null} for TRAFFIC_LIGHT
 * @param priceType the price type code (PRICE_LIST)
 * @param date     the price list date
 * @param groups   the selected product groups (PRICE_LIST); empty with empty {@code products} means everything
 * @param products the selected products (PRICE_LIST)
 * @param manager  the manager (MY_TASKS, MY_SALES, CALENDAR)
 * @param phone    FIND_CLIENT: a phone as written
 * @param email    FIND_CLIENT: an e-mail
 * @param nameLike FIND_CLIENT: a name fragment
 */
public record ReportRequest(String name, ReportType type, Scope scope, LocalDate from, LocalDate to, String funnel,
                           ControlVariant variant, String priceType, LocalDate date, List<ProductGroupId> groups,
                           List<ProductId> products, ManagerId manager, String phone, String email, String nameLike) {
    public ReportRequest {
        name = Check.name("name", name);
        Check.notNull("type", type);
        groups = groups == null ? List.of() : Check.list("groups", groups);
        products = products == null ? List.of() : Check.list("products", products);
    }

    /** A SALES_FUNNEL request; {@code funnel} may be {@code null} for the default funnel. */
    public static ReportRequest salesFunnel(String name, Scope scope, LocalDate from, LocalDate to, String funnel) {
        return new ReportRequest(name, ReportType.SALES_FUNNEL, scope, from, to, funnel, null, null, null, null, null,
                null, null, null, null);
    }

    /** An AUTOMOTIVATOR request. */
    public static ReportRequest automotivator(String name, Scope scope, LocalDate from, LocalDate to) {
        return new ReportRequest(name, ReportType.AUTOMOTIVATOR, scope, from, to, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** A MANAGER_CONTROL request; {@code from}/{@code to} are needed by the variants that cover a period. */
    public static ReportRequest managerControl(String name, Scope scope, ControlVariant variant, LocalDate from,
                                               LocalDate to) {
        return new ReportRequest(name, ReportType.MANAGER_CONTROL, scope, from, to, null, variant, null, null, null,
                null, null, null, null, null);
    }

    /** A PRICE_LIST request. */
    public static ReportRequest priceList(String name, String priceType, LocalDate date, List<ProductGroupId> groups,
                                          List<ProductId> products) {
        return new ReportRequest(name, ReportType.PRICE_LIST, null, null, null, null, null, priceType, date, groups,
                products, null, null, null, null);
    }

    /** A MY_TASKS, MY_SALES or CALENDAR request ({@code from}/{@code to} for CALENDAR only). */
    public static ReportRequest ofManager(String name, ReportType type, ManagerId manager, LocalDate from, LocalDate to) {
        return new ReportRequest(name, type, null, from, to, null, null, null, null, null, null, manager, null, null,
                null);
    }

    /** A FIND_CLIENT request; {@code scope} may be {@code null} for the whole company. */
    public static ReportRequest findClient(String name, Scope scope, String phone, String email, String nameLike) {
        return new ReportRequest(name, ReportType.FIND_CLIENT, scope, null, null, null, null, null, null, null, null,
                null, phone, email, nameLike);
    }

    /** The variant, TRAFFIC_LIGHT when none is given. */
    public ControlVariant variantOrDefault() {
        return variant == null ? ControlVariant.TRAFFIC_LIGHT : variant;
    }

    /**
     * Fails when a member the report needs is missing.
     *
     * @throws InvalidInputException naming the member, e.g. {@code funnel.from}
     */
    public <T> T require(String member, T value) {
        if (value == null) {
            throw new InvalidInputException(name + "." + member, null, "is required for a " + type + " report");
        }
        return value;
    }
}
