package io.crmkit.memory;

import io.crmkit.InvalidInputException;
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

/** Bulk import into the in-memory storage: buffered writes, one transaction per batch. */
final class MemoryBulkImport implements BulkImport {
    private final InMemoryStorage s;
    private final int batchSize;
    private final List<Runnable> buffer = new ArrayList<>();
    private long committed;

    MemoryBulkImport(InMemoryStorage storage, int batchSize) {
        if (batchSize <= 0) {
            throw new InvalidInputException("batchSize", batchSize, "must be positive");
        }
        this.s = storage;
        this.batchSize = batchSize;
    }

    private void add(long version, String kind, Object id, Runnable write) {
        if (version != 0) {
            throw new InvalidInputException(kind + ".version", version, "a bulk-imported " + kind + " " + id + " must be new (version 0)");
        }
        buffer.add(write);
        if (buffer.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void department(Department d) {
        add(d.version(), "department", d.id(), () -> s.departments().save(d));
    }

    @Override
    public void manager(Manager m) {
        add(m.version(), "manager", m.id(), () -> s.managers().save(m));
    }

    @Override
    public void client(Client c) {
        add(c.version(), "client", c.id(), () -> s.clients().save(c));
    }

    @Override
    public void interest(Interest i) {
        add(i.version(), "interest", i.id(), () -> s.interests().save(i));
    }

    @Override
    public void interaction(Interaction x) {
        add(x.version(), "interaction", x.id(), () -> s.interactions().save(x));
    }

    @Override
    public void inquiry(Inquiry q) {
        add(q.version(), "inquiry", q.id(), () -> s.inquiries().save(q));
    }

    @Override
    public void productGroup(ProductGroup g) {
        add(0, "productGroup", g.id(), () -> s.products().saveGroup(g));
    }

    @Override
    public void product(Product p) {
        add(0, "product", p.id(), () -> s.products().saveProduct(p));
    }

    @Override
    public void priceType(PriceType t) {
        add(0, "priceType", t.code(), () -> s.products().savePriceType(t));
    }

    @Override
    public void price(Price p) {
        add(0, "price", p.product(), () -> s.products().savePrice(p));
    }

    @Override
    public void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        List<Runnable> batch = List.copyOf(buffer);
        buffer.clear();
        try {
            s.transactions().run(() -> batch.forEach(Runnable::run));
        } catch (RuntimeException e) {
            String what = "a batch of " + batch.size() + " records failed and was rolled back; " + committed
                    + " records were committed before it";
            if (e instanceof io.crmkit.ConflictException c) {
                throw new io.crmkit.ConflictException("bulkImport", c.value(),
                        what + " (a record with the same key exists already: " + c.getMessage() + ")", e);
            }
            if (e instanceof io.crmkit.InvalidInputException || e instanceof io.crmkit.NotFoundException) {
                throw e;
            }
            throw new io.crmkit.StorageException("bulkImport", what + ": " + e.getMessage(), e);
        }
        committed += batch.size();
    }

    @Override
    public long committed() {
        return committed;
    }

    @Override
    public void close() {
        flush();
    }
}
