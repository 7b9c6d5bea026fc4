package io.crmkit.examples.scenario;

import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.Client;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.Interest;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.reports.ReportRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A validated scenario document: the moment "now", the zone, the settings, the data set, the
 * inquiries to accept and the reports to compute.
 *
 * @param now       the moment the clock is fixed at
 * @param zone      the zone in which moments become dates
 * @param settings  the settings, defaults replaced by what the document gives
 * @param data      the data set, ready to import
 * @param inquiries the inquiries, in document order
 * @param reports   the report requests, in document order
 */
public record Scenario(Instant now, ZoneId zone, CrmSettings settings, DataSet data, List<InquiryItem> inquiries,
                       List<ReportItem> reports) {
    public Scenario {
        inquiries = List.copyOf(inquiries);
        reports = List.copyOf(reports);
    }

    /**
     * The records of a data set, each list in an order that can be imported (parents first).
     * Departments carry no head; {@code heads} says who heads which department, set once the
     * managers exist.
     */
    public record DataSet(List<Department> departments, Map<DepartmentId, ManagerId> heads, List<Manager> managers,
                          List<Client> clients, List<Interest> interests, List<Interaction> interactions,
                          List<ProductGroup> productGroups, List<Product> products, List<PriceType> priceTypes,
                          List<Price> prices) {
        public DataSet {
            departments = List.copyOf(departments);
            heads = Map.copyOf(heads);
            managers = List.copyOf(managers);
            clients = List.copyOf(clients);
            interests = List.copyOf(interests);
            interactions = List.copyOf(interactions);
            productGroups = List.copyOf(productGroups);
            products = List.copyOf(products);
            priceTypes = List.copyOf(priceTypes);
            prices = List.copyOf(prices);
        }

        /** How many records the data set holds. */
        public int size() {
            return departments.size() + managers.size() + clients.size() + interests.size() + interactions.size()
                    + productGroups.size() + products.size() + priceTypes.size() + prices.size();
        }
    }

    /**
     * One report to compute.
     *
     * @param path    the JSON path of the request
     * @param request the request, in crm-reports' terms
     */
    public record ReportItem(String path, ReportRequest request) {
    }

    /**
     * One inquiry to accept.
     *
     * @param id      the document's id of the inquiry, used in the output
     * @param path    its JSON path
     * @param request the request to accept
     */
    public record InquiryItem(String id, String path, InquiryRequest request) {
    }
}
