package io.crmkit.jpa;

import io.crmkit.ConflictException;
import io.crmkit.CrmException;
import io.crmkit.InvalidInputException;
import io.crmkit.StorageException;
import io.crmkit.client.Client;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.Interest;
import io.crmkit.internal.Check;
import io.crmkit.org.Department;
import io.crmkit.org.Manager;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.tx.BulkImport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk path: records are buffered up to the batch size and written with JDBC batch inserts on
 * the connection of one transaction per batch, bypassing the persistence context, so memory stays
 * constant however many records are added. A failed batch is rolled back whole.
 */
final class JpaBulkImport implements BulkImport {
    private static final Logger LOG = LoggerFactory.getLogger(JpaBulkImport.class);

    /** Tables in the order a batch writes them: parents first. */
    enum Table {
        DEPARTMENT("insert into crm_department (id, name, parent_id, head_id, daily_norm_points, version) values (?, ?, ?, ?, ?, 1)"),
        MANAGER("insert into crm_manager (id, name, email, department_id, active, version) values (?, ?, ?, ?, ?, 1)"),
        CLIENT("insert into crm_client (id, kind, name, name_key, manager_id, created_at, address, messengers, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        CONTACT("insert into crm_client_contact (client_id, idx, contact_id, name, position, address, messengers)"
                + " values (?, ?, ?, ?, ?, ?, ?)"),
        PHONE("insert into crm_client_phone (client_id, idx, contact_id, raw, phone_key) values (?, ?, ?, ?, ?)"),
        EMAIL("insert into crm_client_email (client_id, idx, contact_id, address, email_key) values (?, ?, ?, ?, ?)"),
        PORTRAIT("insert into crm_client_portrait (client_id, field_key, field_value) values (?, ?, ?)"),
        INTEREST("insert into crm_interest (id, client_id, contact_id, manager_id, funnel, stage, status, amount, amount_scale,"
                + " currency, expected_close, source, loss_reason, created_at, closed_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        STAGE("insert into crm_interest_stage (interest_id, idx, stage, entered_at, entered_by) values (?, ?, ?, ?, ?)"),
        INTERACTION("insert into crm_interaction (id, type, client_id, contact_id, interest_id, manager_id, subject, description,"
                + " planned_start, planned_end, status, completed_at, result, importance, letter_id, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        INQUIRY("insert into crm_inquiry (id, idem_key, received_at, manager_id, channel, phone, email, name, company, note,"
                + " letter_id, status, result_client_id, result_new_client, result_interest_id, result_new_interest,"
                + " result_interaction_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        PRODUCT_GROUP("insert into crm_product_group (id, name, parent_id) values (?, ?, ?)"),
        PRODUCT("insert into crm_product (id, name, group_id, unit) values (?, ?, ?, ?)"),
        PRICE_TYPE("insert into crm_price_type (code, name, currency) values (?, ?, ?)"),
        PRICE("insert into crm_price (product_id, price_type, valid_from, amount, amount_scale) values (?, ?, ?, ?, ?)");

        final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private final Jpa jpa;
    private final int batchSize;
    private final List<Object> buffer = new ArrayList<>();
    private long committed;
    private boolean closed;

    JpaBulkImport(Jpa jpa, int batchSize) {
        if (batchSize <= 0) {
            throw new InvalidInputException("batchSize", batchSize, "must be positive");
        }
        this.jpa = jpa;
        this.batchSize = batchSize;
    }

    private void add(long version, String kind, Object id, Object record) {
        if (closed) {
            throw new io.crmkit.InvalidStateException("bulkImport", "closed", "the importer was closed");
        }
        if (version != 0) {
            throw new InvalidInputException(kind + ".version", version, "a bulk-imported " + kind + " " + id + " must be new (version 0)");
        }
        buffer.add(record);
        if (buffer.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void department(Department d) {
        Check.notNull("department", d);
        add(d.version(), "department", d.id(), d);
    }

    @Override
    public void manager(Manager m) {
        Check.notNull("manager", m);
        add(m.version(), "manager", m.id(), m);
    }

    @Override
    public void client(Client c) {
        Check.notNull("client", c);
        add(c.version(), "client", c.id(), c);
    }

    @Override
    public void interest(Interest i) {
        Check.notNull("interest", i);
        add(i.version(), "interest", i.id(), i);
    }

    @Override
    public void interaction(Interaction x) {
        Check.notNull("interaction", x);
        add(x.version(), "interaction", x.id(), x);
    }

    @Override
    public void inquiry(Inquiry q) {
        Check.notNull("inquiry", q);
        add(q.version(), "inquiry", q.id(), q);
    }

    @Override
    public void productGroup(ProductGroup g) {
        Check.notNull("productGroup", g);
        add(0, "productGroup", g.id(), g);
    }

    @Override
    public void product(Product p) {
        Check.notNull("product", p);
        add(0, "product", p.id(), p);
    }

    @Override
    public void priceType(PriceType t) {
        Check.notNull("priceType", t);
        add(0, "priceType", t.code(), t);
    }

    @Override
    public void price(Price p) {
        Check.notNull("price", p);
        add(0, "price", p.product(), p);
    }

    @Override
    public void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        List<Object> batch = new ArrayList<>(buffer);
        buffer.clear();
        EntityManager em = null;
        EntityTransaction t = null;
        try {
            em = jpa.emf.createEntityManager();
            t = em.getTransaction();
            t.begin();
            em.runWithConnection((Connection c) -> write(c, batch));
            t.commit();
        } catch (RuntimeException e) {
            if (t != null && t.isActive()) {
                try {
                    t.rollback();
                } catch (RuntimeException r) {
                    e.addSuppressed(r);
                }
            }
            CrmException x = Errors.translate("bulkImport", e);
            String what = "a batch of " + batch.size() + " records failed and was rolled back; " + committed
                    + " records were committed before it";
            LOG.warn("bulk import: {}", what, e);
            if (x instanceof ConflictException) {
                throw new ConflictException("bulkImport", x.value(), what + " (a record with the same key exists already)", e);
            }
            throw new StorageException("bulkImport", what + ": " + x.getMessage(), e);
        } finally {
            if (em != null) {
                em.close();
            }
        }
        committed += batch.size();
    }

    private void write(Connection c, List<Object> batch) throws SQLException {
        Map<Table, PreparedStatement> statements = new EnumMap<>(Table.class);
        try {
            for (Object r : batch) {
                if (r instanceof Department d) {
                    DepartmentEntity e = new DepartmentEntity();
                    e.id = d.id().value();
                    e.name = d.name();
                    e.parentId = d.parent() == null ? null : d.parent().value();
                    e.headId = d.head() == null ? null : d.head().value();
                    row(c, statements, Table.DEPARTMENT, e.id, e.name, e.parentId, e.headId, d.dailyNormPoints());
                } else if (r instanceof Manager m) {
                    row(c, statements, Table.MANAGER, m.id().value(), m.name(), m.email() == null ? null : m.email().value(),
                            m.department().value(), m.active());
                } else if (r instanceof Client cl) {
                    ClientEntity e = new ClientEntity();
                    JpaClients.copy(cl, e);
                    row(c, statements, Table.CLIENT, e.id, e.kind, e.name, e.nameKey, e.managerId, e.createdAt, e.address, e.messengers);
                    for (int i = 0; i < e.contacts.size(); i++) {
                        ClientEntity.ContactPart k = e.contacts.get(i);
                        row(c, statements, Table.CONTACT, e.id, i, k.contactId, k.name, k.position, k.address, k.messengers);
                    }
                    for (int i = 0; i < e.phones.size(); i++) {
                        ClientEntity.PhonePart p = e.phones.get(i);
                        row(c, statements, Table.PHONE, e.id, i, p.contactId, p.raw, p.phoneKey);
                    }
                    for (int i = 0; i < e.emails.size(); i++) {
                        ClientEntity.EmailPart m = e.emails.get(i);
                        row(c, statements, Table.EMAIL, e.id, i, m.contactId, m.address, m.emailKey);
                    }
                    for (Map.Entry<String, String> p : e.portrait.entrySet()) {
                        row(c, statements, Table.PORTRAIT, e.id, p.getKey(), p.getValue());
                    }
                } else if (r instanceof Interest in) {
                    InterestEntity e = new InterestEntity();
                    JpaInterests.copy(in, e);
                    row(c, statements, Table.INTEREST, e.id, e.clientId, e.contactId, e.managerId, e.funnel, e.stage, e.status,
                            e.amount, e.amountScale, e.currency, e.expectedClose, e.source, e.lossReason, e.createdAt, e.closedAt);
                    for (int i = 0; i < e.history.size(); i++) {
                        InterestEntity.StagePart s = e.history.get(i);
                        row(c, statements, Table.STAGE, e.id, i, s.stage, s.enteredAt, s.enteredBy);
                    }
                } else if (r instanceof Interaction x) {
                    InteractionEntity e = new InteractionEntity();
                    JpaInteractions.copy(x, e);
                    row(c, statements, Table.INTERACTION, e.id, e.type, e.clientId, e.contactId, e.interestId, e.managerId, e.subject,
                            e.description, e.plannedStart, e.plannedEnd, e.status, e.completedAt, e.result, e.importance, e.letterId);
                } else if (r instanceof Inquiry q) {
                    InquiryEntity e = new InquiryEntity();
                    JpaInquiries.copy(q, e);
                    row(c, statements, Table.INQUIRY, e.id, e.key, e.at, e.managerId, e.channel, e.phone, e.email, e.name, e.company,
                            e.note, e.letterId, e.status, e.resultClientId, e.resultNewClient, e.resultInterestId,
                            e.resultNewInterest, e.resultInteractionId);
                } else if (r instanceof ProductGroup g) {
                    row(c, statements, Table.PRODUCT_GROUP, g.id().value(), g.name(), g.parent() == null ? null : g.parent().value());
                } else if (r instanceof Product p) {
                    row(c, statements, Table.PRODUCT, p.id().value(), p.name(), p.group() == null ? null : p.group().value(), p.unit());
                } else if (r instanceof PriceType t) {
                    row(c, statements, Table.PRICE_TYPE, t.code(), t.name(), t.currency().getCurrencyCode());
                } else if (r instanceof Price p) {
                    row(c, statements, Table.PRICE, p.product().value(), p.priceType(), p.validFrom(), p.amount(), p.amount().scale());
                } else {
                    throw new IllegalStateException("unexpected record " + r.getClass().getName());
                }
            }
            for (PreparedStatement ps : statements.values()) {
                ps.executeBatch();
            }
        } finally {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
        }
    }

    private void row(Connection c, Map<Table, PreparedStatement> statements, Table table, Object... values) throws SQLException {
        PreparedStatement ps = statements.get(table);
        if (ps == null) {
            ps = c.prepareStatement(table.sql);
            statements.put(table, ps);
        }
        for (int i = 0; i < values.length; i++) {
            bind(ps, i + 1, values[i]);
        }
        ps.addBatch();
    }

    private void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Instant t) {
            if (jpa.dialect == SqlDialect.MARIADB) {
                ps.setObject(index, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
            } else {
                ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            }
        } else {
            ps.setObject(index, value);
        }
    }

    @Override
    public long committed() {
        return committed;
    }

    @Override
    public void close() {
        if (!closed) {
            try {
                flush();
            } finally {
                closed = true;
            }
        }
    }
}
