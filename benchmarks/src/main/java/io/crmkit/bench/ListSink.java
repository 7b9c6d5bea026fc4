package io.crmkit.bench;

import io.crmkit.client.Client;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.Interest;
import io.crmkit.org.Department;
import io.crmkit.org.Manager;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.tx.BulkImport;
import java.util.ArrayList;
import java.util.List;

/** A {@link BulkImport} that keeps every record in plain lists: the data of the plain-Java-loop baseline. */
public final class ListSink implements BulkImport {
    public final List<Department> departments = new ArrayList<>();
    public final List<Manager> managers = new ArrayList<>();
    public final List<Client> clients = new ArrayList<>();
    public final List<Interest> interests = new ArrayList<>();
    public final List<Interaction> interactions = new ArrayList<>();
    public final List<ProductGroup> groups = new ArrayList<>();
    public final List<Product> products = new ArrayList<>();
    public final List<PriceType> priceTypes = new ArrayList<>();
    public final List<Price> prices = new ArrayList<>();
    private long count;

    @Override
    public void department(Department d) {
        departments.add(d);
        count++;
    }

    @Override
    public void manager(Manager m) {
        managers.add(m);
        count++;
    }

    @Override
    public void client(Client c) {
        clients.add(c);
        count++;
    }

    @Override
    public void interest(Interest i) {
        interests.add(i);
        count++;
    }

    @Override
    public void interaction(Interaction x) {
        interactions.add(x);
        count++;
    }

    @Override
    public void inquiry(Inquiry q) {
        throw new UnsupportedOperationException("the generator writes no inquiries");
    }

    @Override
    public void productGroup(ProductGroup g) {
        groups.add(g);
        count++;
    }

    @Override
    public void product(Product p) {
        products.add(p);
        count++;
    }

    @Override
    public void priceType(PriceType t) {
        priceTypes.add(t);
        count++;
    }

    @Override
    public void price(Price p) {
        prices.add(p);
        count++;
    }

    @Override
    public void flush() {
    }

    @Override
    public long committed() {
        return count;
    }

    /** Hands every record, in the order received, to another importer (parents first), and flushes it. */
    public void replayInto(BulkImport target) {
        departments.forEach(target::department);
        managers.forEach(target::manager);
        groups.forEach(target::productGroup);
        priceTypes.forEach(target::priceType);
        products.forEach(target::product);
        prices.forEach(target::price);
        clients.forEach(target::client);
        interests.forEach(target::interest);
        interactions.forEach(target::interaction);
        target.flush();
    }

    @Override
    public void close() {
    }
}
