package io.crmkit.jpa;

import io.crmkit.Storage;
import io.crmkit.client.ClientRepository;
import io.crmkit.inquiry.InquiryRepository;
import io.crmkit.interaction.InteractionRepository;
import io.crmkit.interest.InterestRepository;
import io.crmkit.mail.AttachmentStore;
import io.crmkit.mail.LetterRepository;
import io.crmkit.mail.Outbox;
import io.crmkit.org.DepartmentRepository;
import io.crmkit.org.ManagerRepository;
import io.crmkit.product.ProductCatalog;
import io.crmkit.report.ReportQueries;
import io.crmkit.tx.BulkImport;
import io.crmkit.tx.Transactions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * One uniquely named database and one {@link JpaStorage} per database kind for the whole test run
 * (starting the persistence unit is the slow part); {@link #fresh} empties every crmkit table and
 * hands out a view of it whose {@code close()} keeps it open. The databases are dropped when the
 * test JVM exits.
 */
final class SharedStorages {
    /** Children first, so that deleting never trips a foreign key. */
    static final List<String> TABLES = List.of("crm_client_contact", "crm_client_phone", "crm_client_email",
            "crm_client_portrait", "crm_client", "crm_interest_stage", "crm_interest", "crm_interaction", "crm_inquiry",
            "crm_department", "crm_manager", "crm_product_group", "crm_product", "crm_price_type", "crm_price", "crm_letter",
            "crm_mail_checkpoint", "crm_mail_quarantine", "crm_outbox", "crm_attachment");

    private static final Map<TestDatabases.Kind, Shared> SHARED = new EnumMap<>(TestDatabases.Kind.class);

    private record Shared(TestDatabases.Db db, JpaStorage storage) {
    }

    private SharedStorages() {
    }

    /** An empty storage on the shared database of this kind; skips the test for PostgreSQL/MariaDB when told to. */
    static synchronized Storage fresh(TestDatabases.Kind kind) {
        return new Unclosable(emptied(kind));
    }

    /** The shared storage of this kind itself, emptied. */
    static synchronized JpaStorage emptied(TestDatabases.Kind kind) {
        if (kind != TestDatabases.Kind.H2) {
            Assumptions.assumeFalse(TestDatabases.skipExternal(), "external databases skipped by -D" + TestDatabases.SKIP_EXTERNAL);
        }
        Shared s = SHARED.get(kind);
        if (s == null) {
            TestDatabases.Db db = TestDatabases.create(kind);
            s = new Shared(db, TestDatabases.storage(db));
            SHARED.put(kind, s);
            if (SHARED.size() == 1) {
                Runtime.getRuntime().addShutdownHook(new Thread(SharedStorages::dropAll, "crmkit-test-db-drop"));
            }
        }
        wipe(s.db());
        return s.storage();
    }

    /** The shared database of this kind (made by an earlier {@link #emptied} or {@link #fresh}). */
    static synchronized TestDatabases.Db db(TestDatabases.Kind kind) {
        return SHARED.get(kind).db();
    }

    static void wipe(TestDatabases.Db db) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement st = c.createStatement()) {
            for (String t : TABLES) {
                st.addBatch("delete from " + t);
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + db.url() + ": " + e.getMessage(), e);
        }
    }

    private static synchronized void dropAll() {
        for (Shared s : SHARED.values()) {
            try {
                s.storage().close();
                TestDatabases.drop(s.db());
            } catch (RuntimeException e) {
                // best effort at JVM exit
            }
        }
    }

    /** A storage whose close() does nothing: the shared one stays open for the next test. */
    private record Unclosable(JpaStorage s) implements Storage {
        @Override
        public DepartmentRepository departments() {
            return s.departments();
        }

        @Override
        public ManagerRepository managers() {
            return s.managers();
        }

        @Override
        public ClientRepository clients() {
            return s.clients();
        }

        @Override
        public InterestRepository interests() {
            return s.interests();
        }

        @Override
        public InteractionRepository interactions() {
            return s.interactions();
        }

        @Override
        public InquiryRepository inquiries() {
            return s.inquiries();
        }

        @Override
        public ProductCatalog products() {
            return s.products();
        }

        @Override
        public LetterRepository letters() {
            return s.letters();
        }

        @Override
        public Outbox outbox() {
            return s.outbox();
        }

        @Override
        public AttachmentStore attachments() {
            return s.attachments();
        }

        @Override
        public ReportQueries reportQueries() {
            return s.reportQueries();
        }

        @Override
        public Transactions transactions() {
            return s.transactions();
        }

        @Override
        public BulkImport bulkImport(int batchSize) {
            return s.bulkImport(batchSize);
        }

        @Override
        public void close() {
        }
    }
}
