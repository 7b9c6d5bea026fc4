package io.crmkit.bench;

import io.crmkit.client.Client;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.StageEntry;
import io.crmkit.org.Department;
import io.crmkit.org.Manager;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.tx.BulkImport;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The import baseline: the same records written into the same tables crm-persistence-jpa's Flyway
 * migrations create, by plain JDBC — one prepared statement per table, rows added to its batch,
 * every table's batch executed and committed once per {@code batchSize} records. It does what the
 * library's bulk path must do at the least: no entity, no persistence context, no check.
 */
public final class JdbcBaselineWriter implements BulkImport {
    /** The tables and columns of the crmkit schema, parents first. */
    enum Table {
        DEPARTMENT("insert into crm_department (id, name, parent_id, head_id, daily_norm_points, version) values (?, ?, ?, ?, ?, 1)"),
        MANAGER("insert into crm_manager (id, name, email, department_id, active, version) values (?, ?, ?, ?, ?, 1)"),
        PRODUCT_GROUP("insert into crm_product_group (id, name, parent_id) values (?, ?, ?)"),
        PRICE_TYPE("insert into crm_price_type (code, name, currency) values (?, ?, ?)"),
        PRODUCT("insert into crm_product (id, name, group_id, unit) values (?, ?, ?, ?)"),
        PRICE("insert into crm_price (product_id, price_type, valid_from, amount, amount_scale) values (?, ?, ?, ?, ?)"),
        CLIENT("insert into crm_client (id, kind, name, name_key, manager_id, created_at, address, messengers, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        CONTACT("insert into crm_client_contact (client_id, idx, contact_id, name, position, address, messengers)"
                + " values (?, ?, ?, ?, ?, ?, ?)"),
        PHONE("insert into crm_client_phone (client_id, idx, contact_id, raw, phone_key) values (?, ?, ?, ?, ?)"),
        EMAIL("insert into crm_client_email (client_id, idx, contact_id, address, email_key) values (?, ?, ?, ?, ?)"),
        PORTRAIT("insert into crm_client_portrait (client_id, field_key, field_value) values (?, ?, ?)"),
        INTEREST("insert into crm_interest (id, client_id, contact_id, manager_id, funnel, stage, status, amount,"
                + " amount_scale, currency, expected_close, source, loss_reason, created_at, closed_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        STAGE("insert into crm_interest_stage (interest_id, idx, stage, entered_at, entered_by) values (?, ?, ?, ?, ?)"),
        INTERACTION("insert into crm_interaction (id, type, client_id, contact_id, interest_id, manager_id, subject,"
                + " description, planned_start, planned_end, status, completed_at, result, importance, letter_id, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");

        final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private final Connection c;
    private final int batchSize;
    private final boolean offsetTimestamps;
    private final Map<Table, PreparedStatement> statements = new EnumMap<>(Table.class);
    private final java.util.EnumSet<Table> batched = java.util.EnumSet.noneOf(Table.class);
    private int pending;
    private long committed;

    /**
     * @param connection       a connection of its own; auto-commit is turned off
     * @param offsetTimestamps bind moments as {@code OffsetDateTime} (H2, PostgreSQL) rather than {@code Timestamp}
     */
    public JdbcBaselineWriter(Connection connection, int batchSize, boolean offsetTimestamps) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.c = connection;
        this.batchSize = batchSize;
        this.offsetTimestamps = offsetTimestamps;
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot turn auto-commit off", e);
        }
    }

    private void row(Table t, Object... values) {
        try {
            PreparedStatement ps = statements.get(t);
            if (ps == null) {
                ps = c.prepareStatement(t.sql);
                statements.put(t, ps);
            }
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (v instanceof Instant at) {
                    if (offsetTimestamps) {
                        ps.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    } else {
                        ps.setTimestamp(i + 1, Timestamp.from(at));
                    }
                } else if (v instanceof java.time.LocalDate d) {
                    ps.setDate(i + 1, Date.valueOf(d));
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.addBatch();
            batched.add(t);
        } catch (SQLException e) {
            throw new IllegalStateException("baseline insert into " + t + " failed", e);
        }
    }

    private void counted() {
        if (++pending >= batchSize) {
            flush();
        }
    }

    @Override
    public void department(Department d) {
        row(Table.DEPARTMENT, d.id().value(), d.name(), d.parent() == null ? null : d.parent().value(),
                d.head() == null ? null : d.head().value(), d.dailyNormPoints());
        counted();
    }

    @Override
    public void manager(Manager m) {
        row(Table.MANAGER, m.id().value(), m.name(), m.email() == null ? null : m.email().value(), m.department().value(),
                m.active());
        counted();
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    @Override
    public void client(Client cl) {
        String id = cl.id().value();
        row(Table.CLIENT, id, cl.kind().name(), cl.name(), cl.name().toLowerCase(Locale.ROOT), cl.manager().value(),
                cl.createdAt(), cl.info().address(), lines(cl.info().messengers()));
        int phones = 0;
        int emails = 0;
        phones = info(id, null, cl.info(), phones, true);
        emails = info(id, null, cl.info(), emails, false);
        int idx = 0;
        for (Contact k : cl.contacts()) {
            row(Table.CONTACT, id, idx++, k.id().value(), k.name(), k.position(), k.info().address(),
                    lines(k.info().messengers()));
            phones = info(id, k.id().value(), k.info(), phones, true);
            emails = info(id, k.id().value(), k.info(), emails, false);
        }
        for (Map.Entry<String, String> p : cl.portrait().entrySet()) {
            row(Table.PORTRAIT, id, p.getKey(), p.getValue());
        }
        counted();
    }

    private int info(String client, String contact, ContactInfo info, int from, boolean phones) {
        int idx = from;
        if (phones) {
            for (Phone p : info.phones()) {
                row(Table.PHONE, client, idx++, contact, p.raw(), p.key());
            }
        } else {
            for (Email e : info.emails()) {
                row(Table.EMAIL, client, idx++, contact, e.value(), e.key());
            }
        }
        return idx;
    }

    @Override
    public void interest(Interest i) {
        String id = i.id().value();
        row(Table.INTEREST, id, i.client().value(), i.contact() == null ? null : i.contact().value(), i.manager().value(),
                i.funnel(), i.currentStage(), i.status().name(), i.amount() == null ? null : i.amount().amount(),
                i.amount() == null ? null : i.amount().amount().scale(),
                i.amount() == null ? null : i.amount().currency().getCurrencyCode(), i.expectedClose(), i.source(),
                i.lossReason(), i.createdAt(), i.closedAt());
        int idx = 0;
        for (StageEntry s : i.history()) {
            row(Table.STAGE, id, idx++, s.stage(), s.at(), s.by() == null ? null : s.by().value());
        }
        counted();
    }

    @Override
    public void interaction(Interaction x) {
        row(Table.INTERACTION, x.id().value(), x.type(), x.client().value(), x.contact() == null ? null : x.contact().value(),
                x.interest() == null ? null : x.interest().value(), x.manager().value(), x.subject(), x.description(),
                x.plannedStart(), x.plannedEnd(), x.status().name(), x.completedAt(), x.result(), x.importance().name(),
                x.letter() == null ? null : x.letter().value());
        counted();
    }

    @Override
    public void inquiry(Inquiry q) {
        throw new UnsupportedOperationException("the generator writes no inquiries");
    }

    @Override
    public void productGroup(ProductGroup g) {
        row(Table.PRODUCT_GROUP, g.id().value(), g.name(), g.parent() == null ? null : g.parent().value());
        counted();
    }

    @Override
    public void product(Product p) {
        row(Table.PRODUCT, p.id().value(), p.name(), p.group() == null ? null : p.group().value(), p.unit());
        counted();
    }

    @Override
    public void priceType(PriceType t) {
        row(Table.PRICE_TYPE, t.code(), t.name(), t.currency().getCurrencyCode());
        counted();
    }

    @Override
    public void price(Price p) {
        row(Table.PRICE, p.product().value(), p.priceType(), p.validFrom(), p.amount(), p.amount().scale());
        counted();
    }

    @Override
    public void flush() {
        if (pending == 0) {
            return;
        }
        try {
            for (Table t : batched) {
                statements.get(t).executeBatch();
            }
            batched.clear();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("baseline batch failed after " + committed + " committed records", e);
        }
        committed += pending;
        pending = 0;
    }

    @Override
    public long committed() {
        return committed;
    }

    @Override
    public void close() {
        flush();
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close a statement", e);
            }
        }
        statements.clear();
    }

}
