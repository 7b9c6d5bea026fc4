package io.crmkit.tx;

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

/**
 * The bulk path for loading many new records at once (the scenario importer, a host's migration).
 * Records are added as new (their version must be 0) and written in batches; memory stays
 * constant however many are added. Each batch is written in its own transaction: when a batch
 * fails, none of its records stays written, the batches before it do, and the exception says
 * how many records were committed. Add records parents first (departments, managers, clients,
 * interests, interactions). Not thread-safe: one importer per thread.
 */
public interface BulkImport extends AutoCloseable {
    void department(Department d);

    void manager(Manager m);

    void client(Client c);

    void interest(Interest i);

    void interaction(Interaction x);

    void inquiry(Inquiry q);

    void productGroup(ProductGroup g);

    void product(Product p);

    void priceType(PriceType t);

    void price(Price p);

    /** Writes what is buffered. */
    void flush();

    /** How many records were written and committed so far. */
    long committed();

    /** Flushes and releases the importer. */
    @Override
    void close();
}
