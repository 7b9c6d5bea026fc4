package io.crmkit.examples.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.Crm;
import io.crmkit.CrmException;
import io.crmkit.Storage;
import io.crmkit.client.Client;
import io.crmkit.client.Contact;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.Interest;
import io.crmkit.org.Department;
import io.crmkit.org.Manager;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.reports.ReportJson;
import io.crmkit.reports.Reports;
import io.crmkit.tx.BulkImport;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs a validated {@link Scenario} on a storage: loads its data set with the bulk importer,
 * accepts its inquiries in document order with the clock fixed at {@code now}, computes each
 * requested report with crm-reports, and returns the output object of SCENARIO.md.
 */
public final class ScenarioRunner {
    private static final int BATCH = 500;

    private ScenarioRunner() {
    }

    /**
     * Runs a scenario on an empty storage.
     *
     * @throws ScenarioException when an inquiry or a report cannot be computed on this data, naming its path
     * @throws IllegalStateException when the storage is not empty
     */
    public static ObjectNode run(Scenario scenario, Storage storage) {
        Crm crm = open(scenario, storage);
        ArrayNode inquiries = accept(crm, scenario);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Reports reports = Reports.of(crm);
        for (Scenario.ReportItem item : scenario.reports()) {
            try {
                out.set(item.request().name(), ReportJson.render(reports.build(item.request())));
            } catch (CrmException e) {
                throw new ScenarioException(item.path(), "cannot be computed: " + e.getMessage());
            }
        }
        if (!scenario.inquiries().isEmpty()) {
            out.set("inquiries", inquiries);
        }
        return out;
    }

    /**
     * Accepts the scenario's inquiries in document order and returns the {@code inquiries} output.
     *
     * @throws ScenarioException naming the inquiry's path when one cannot be accepted
     */
    public static ArrayNode accept(Crm crm, Scenario scenario) {
        ArrayNode inquiries = JsonNodeFactory.instance.arrayNode();
        for (Scenario.InquiryItem q : scenario.inquiries()) {
            InquiryResult r;
            try {
                r = crm.inquiries().accept(q.request());
            } catch (CrmException e) {
                throw new ScenarioException(q.path(), "cannot be accepted: " + e.getMessage());
            }
            ObjectNode o = inquiries.addObject();
            o.put("inquiry", q.id());
            o.put("client", r.client().value());
            o.put("newClient", r.newClient());
            o.put("interest", r.interest().value());
            o.put("newInterest", r.newInterest());
            o.put("interaction", r.interaction().value());
        }
        return inquiries;
    }

    /**
     * Loads the scenario's data set into an empty storage and returns a {@link Crm} on it whose
     * clock stands at the scenario's {@code now} and whose new ids are deterministic.
     *
     * @throws IllegalStateException when the storage already holds departments or managers
     */
    public static Crm open(Scenario scenario, Storage storage) {
        if (!storage.departments().all().isEmpty() || !storage.managers().all().isEmpty()
                || !storage.products().groups().isEmpty() || !storage.products().priceTypes().isEmpty()) {
            throw new IllegalStateException("the storage is not empty: a scenario runs on a fresh database");
        }
        Scenario.DataSet d = scenario.data();
        Crm crm = Crm.builder()
                .storage(storage)
                .clock(Clock.fixed(scenario.now(), scenario.zone()))
                .settings(scenario.settings())
                .ids(new ScenarioIds(takenIds(d)))
                .build();
        try (BulkImport in = storage.bulkImport(BATCH)) {
            d.departments().forEach(in::department);
            d.managers().forEach(in::manager);
            d.clients().forEach(in::client);
            d.interests().forEach(in::interest);
            d.interactions().forEach(in::interaction);
            d.productGroups().forEach(in::productGroup);
            d.products().forEach(in::product);
            d.priceTypes().forEach(in::priceType);
            d.prices().forEach(in::price);
        }
        d.heads().forEach((department, head) -> crm.org().setHead(department, head));
        return crm;
    }

    private static Set<String> takenIds(Scenario.DataSet d) {
        Set<String> ids = new HashSet<>();
        d.departments().stream().map(Department::id).forEach(i -> ids.add(i.value()));
        d.managers().stream().map(Manager::id).forEach(i -> ids.add(i.value()));
        for (Client c : d.clients()) {
            ids.add(c.id().value());
            c.contacts().stream().map(Contact::id).forEach(i -> ids.add(i.value()));
        }
        d.interests().stream().map(Interest::id).forEach(i -> ids.add(i.value()));
        d.interactions().stream().map(Interaction::id).forEach(i -> ids.add(i.value()));
        d.productGroups().stream().map(ProductGroup::id).forEach(i -> ids.add(i.value()));
        d.products().stream().map(Product::id).forEach(i -> ids.add(i.value()));
        d.priceTypes().stream().map(PriceType::code).forEach(ids::add);
        d.prices().stream().map(Price::product).forEach(i -> ids.add(i.value()));
        return ids;
    }
}
