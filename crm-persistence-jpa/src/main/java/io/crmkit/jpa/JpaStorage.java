package io.crmkit.jpa;

import io.crmkit.InvalidInputException;
import io.crmkit.Storage;
import io.crmkit.StorageException;
import io.crmkit.client.ClientRepository;
import io.crmkit.inquiry.InquiryRepository;
import io.crmkit.interaction.InteractionRepository;
import io.crmkit.interest.InterestRepository;
import io.crmkit.internal.Check;
import io.crmkit.mail.AttachmentStore;
import io.crmkit.mail.LetterRepository;
import io.crmkit.mail.Outbox;
import io.crmkit.org.DepartmentRepository;
import io.crmkit.org.ManagerRepository;
import io.crmkit.product.ProductCatalog;
import io.crmkit.report.ReportQueries;
import io.crmkit.tx.BulkImport;
import io.crmkit.tx.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crmkit's {@link Storage} on Jakarta Persistence (tested with Hibernate ORM) over H2, PostgreSQL or
 * MariaDB. Four ways to start:
 *
 * <pre>{@code
 * Storage s = JpaStorage.embedded().build();                                  // H2 file in ./crmkit-data
 * Storage s = JpaStorage.fromJdbcUrl("jdbc:postgresql://db/crm", "crm", pw).build();
 * Storage s = JpaStorage.fromDataSource(hostPool).build();                    // the host's pooled DataSource
 * Storage s = JpaStorage.fromEntityManagerFactory(hostEmf).build();           // the host's own factory
 * }</pre>
 *
 * <p>The first three run crmkit's Flyway migrations (tables prefixed {@code crm_}, history in
 * {@code crm_schema_history}) before they return; the host factory variant expects the host to
 * have run them with {@link #migrate(DataSource)} and to list {@link #entityClassNames()} in its
 * persistence unit. Close the storage to release what it opened; a host's factory or DataSource is
 * never closed by crmkit. See {@code docs/PERSISTENCE.md}.
 */
public final class JpaStorage implements Storage {
    private static final Logger LOG = LoggerFactory.getLogger(JpaStorage.class);

    /** System property naming the folder of the embedded database (default {@value #DEFAULT_DATA_DIR}). */
    public static final String DATA_DIR_PROPERTY = "crmkit.data.dir";
    /** The folder of the embedded database when {@value #DATA_DIR_PROPERTY} is not set, relative to the working directory. */
    public static final String DEFAULT_DATA_DIR = "crmkit-data";
    /** The table Flyway keeps crmkit's migration history in. */
    public static final String HISTORY_TABLE = "crm_schema_history";

    static final List<Class<?>> ENTITIES = List.of(DepartmentEntity.class, ManagerEntity.class, ClientEntity.class,
            InterestEntity.class, InteractionEntity.class, InquiryEntity.class, ProductGroupEntity.class, ProductEntity.class,
            PriceTypeEntity.class, PriceEntity.class, LetterEntity.class, CheckpointEntity.class, QuarantineEntity.class,
            OutgoingLetterEntity.class, AttachmentEntity.class);

    private final EntityManagerFactory emf;
    private final boolean ownsFactory;
    private final Jpa jpa;
    private final DepartmentRepository departments;
    private final ManagerRepository managers;
    private final ClientRepository clients;
    private final InterestRepository interests;
    private final InteractionRepository interactions;
    private final InquiryRepository inquiries;
    private final ProductCatalog products;
    private final LetterRepository letters;
    private final Outbox outbox;
    private final AttachmentStore attachments;
    private final ReportQueries reports;

    private JpaStorage(EntityManagerFactory emf, boolean ownsFactory, SqlDialect dialect) {
        this.emf = emf;
        this.ownsFactory = ownsFactory;
        this.jpa = new Jpa(emf, new JpaTransactions(emf), dialect);
        this.departments = new JpaOrg.Departments(jpa);
        this.managers = new JpaOrg.Managers(jpa);
        this.clients = new JpaClients(jpa);
        this.interests = new JpaInterests(jpa);
        this.interactions = new JpaInteractions(jpa);
        this.inquiries = new JpaInquiries(jpa);
        this.products = new JpaProductCatalog(jpa);
        this.letters = new JpaMail.Letters(jpa);
        this.outbox = new JpaMail.JpaOutbox(jpa);
        this.attachments = new JpaMail.Attachments(jpa);
        this.reports = new JpaReportQueries(jpa);
    }

    /**
     * An embedded H2 file database in the folder named by the system property {@value #DATA_DIR_PROPERTY},
     * else {@code ./crmkit-data} (the database file is {@code crmkit.mv.db} in it). Needs no configuration.
     */
    public static Builder embedded() {
        Builder b = new Builder();
        b.embedded = true;
        return b;
    }

    /**
     * A database at a JDBC URL (H2, PostgreSQL or MariaDB; the driver must be on the class path), with
     * a small connection pool of the persistence provider. For production, prefer a pooled DataSource.
     *
     * @throws InvalidInputException when the URL is blank
     */
    public static Builder fromJdbcUrl(String url, String user, String password) {
        Builder b = new Builder();
        b.url = Check.name("jdbcUrl", url, 2000);
        b.user = user;
        b.password = password;
        return b;
    }

    /** A host's DataSource (ideally pooled); crmkit never closes it. */
    public static Builder fromDataSource(DataSource dataSource) {
        Builder b = new Builder();
        b.dataSource = Check.notNull("dataSource", dataSource);
        return b;
    }

    /**
     * A host's own EntityManagerFactory, whose persistence unit lists {@link #entityClassNames()}.
     * crmkit opens its own resource-local entity managers and transactions from it and never closes it.
     * Migrations are the host's: call {@link #migrate(DataSource)} (or {@link Builder#migrateWith(DataSource)}).
     */
    public static Builder fromEntityManagerFactory(EntityManagerFactory emf) {
        Builder b = new Builder();
        b.hostFactory = Check.notNull("entityManagerFactory", emf);
        b.migrate = false;
        return b;
    }

    /** The entity classes a host's persistence unit must list to host crmkit's tables. */
    public static List<String> entityClassNames() {
        return ENTITIES.stream().map(Class::getName).toList();
    }

    /**
     * Runs crmkit's migrations (for the database behind {@code dataSource}: H2, PostgreSQL or MariaDB)
     * and returns how many were applied.
     *
     * @throws StorageException when the database is unreachable or a migration fails
     */
    public static int migrate(DataSource dataSource) {
        Check.notNull("dataSource", dataSource);
        SqlDialect dialect;
        try (Connection c = dataSource.getConnection()) {
            dialect = SqlDialect.of(c.getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw Errors.translate("storage.migrate", e);
        }
        return migrate(Flyway.configure().dataSource(dataSource), dialect);
    }

    private static int migrate(org.flywaydb.core.api.configuration.FluentConfiguration config, SqlDialect dialect) {
        try {
            MigrateResult r = config.locations(dialect.migrations()).table(HISTORY_TABLE).baselineOnMigrate(true)
                    .baselineVersion("0").load().migrate();
            LOG.info("crmkit schema: {} migration(s) applied, now at version {}", r.migrationsExecuted, r.targetSchemaVersion);
            return r.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new StorageException("storage.migrate", "the crmkit migrations failed: " + e.getMessage(), e);
        }
    }

    /** Builds a {@link JpaStorage}; each setter checks its argument. */
    public static final class Builder {
        private boolean embedded;
        private Path dataDir;
        private String url;
        private String user;
        private String password;
        private DataSource dataSource;
        private DataSource migrationDataSource;
        private EntityManagerFactory hostFactory;
        private boolean migrate = true;
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /** The folder of the embedded database (only for {@link #embedded()}). */
        public Builder dataDir(Path dir) {
            Check.notNull("dataDir", dir);
            if (!embedded) {
                throw new InvalidInputException("dataDir", dir, "only an embedded storage has a data folder");
            }
            this.dataDir = dir;
            return this;
        }

        /** Whether to run crmkit's migrations on start (default: yes, except for a host's factory). */
        public Builder migrate(boolean run) {
            this.migrate = run;
            return this;
        }

        /** Runs crmkit's migrations on start against this DataSource (useful with a host's factory). */
        public Builder migrateWith(DataSource ds) {
            this.migrationDataSource = Check.notNull("migrationDataSource", ds);
            this.migrate = true;
            return this;
        }

        /** An extra persistence property (e.g. {@code hibernate.generate_statistics}) for a factory crmkit creates. */
        public Builder property(String key, Object value) {
            Check.name("property", key);
            Check.notNull("property " + key, value);
            if (hostFactory != null) {
                throw new InvalidInputException("property", key, "a host's EntityManagerFactory is configured by the host");
            }
            properties.put(key, value);
            return this;
        }

        /**
         * Opens the storage: runs the migrations (unless turned off) and creates the factory.
         *
         * @throws StorageException when the database cannot be reached or migrated
         */
        public JpaStorage build() {
            if (hostFactory != null) {
                if (migrate && migrationDataSource != null) {
                    JpaStorage.migrate(migrationDataSource);
                }
                return new JpaStorage(hostFactory, false, detect(hostFactory));
            }
            String jdbcUrl = url;
            if (embedded) {
                Path dir = dataDir != null ? dataDir : Path.of(System.getProperty(DATA_DIR_PROPERTY, DEFAULT_DATA_DIR));
                try {
                    Files.createDirectories(dir);
                } catch (java.io.IOException e) {
                    throw new StorageException("storage.dataDir", "cannot create the data folder " + dir.toAbsolutePath(), e);
                }
                jdbcUrl = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("crmkit") + ";LOCK_TIMEOUT=10000";
                user = "sa";
                password = "";
                LOG.info("crmkit embedded database in {}", dir.toAbsolutePath());
            }
            PersistenceConfiguration config = new PersistenceConfiguration("crmkit");
            ENTITIES.forEach(config::managedClass);
            config.property("hibernate.timezone.default_storage", "NORMALIZE_UTC");
            config.property("hibernate.jdbc.batch_size", "50");
            config.property("hibernate.order_inserts", "true");
            config.property("hibernate.order_updates", "true");
            config.property("jakarta.persistence.schema-generation.database.action", "none");
            SqlDialect dialect;
            if (dataSource != null) {
                dialect = dialectOf(dataSource);
                if (migrate) {
                    JpaStorage.migrate(Flyway.configure().dataSource(dataSource), dialect);
                }
                config.property("jakarta.persistence.nonJtaDataSource", dataSource);
            } else {
                dialect = SqlDialect.of(productOfUrl(jdbcUrl));
                if (migrate) {
                    JpaStorage.migrate(Flyway.configure().dataSource(jdbcUrl, user, password), dialect);
                }
                config.property(PersistenceConfiguration.JDBC_URL, jdbcUrl);
                if (user != null) {
                    config.property(PersistenceConfiguration.JDBC_USER, user);
                }
                if (password != null) {
                    config.property(PersistenceConfiguration.JDBC_PASSWORD, password);
                }
                config.property("hibernate.connection.pool_size", "10");
            }
            properties.forEach(config::property);
            EntityManagerFactory emf;
            try {
                emf = Persistence.createEntityManagerFactory(config);
            } catch (RuntimeException e) {
                throw new StorageException("storage.open", "cannot open the persistence unit: " + e.getMessage(), e);
            }
            return new JpaStorage(emf, true, dialect);
        }

        private static String productOfUrl(String url) {
            String u = url.toLowerCase(java.util.Locale.ROOT);
            if (u.startsWith("jdbc:h2:")) {
                return "H2";
            }
            if (u.startsWith("jdbc:postgresql:")) {
                return "PostgreSQL";
            }
            if (u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:")) {
                return "MariaDB";
            }
            return url;
        }

        private static SqlDialect dialectOf(DataSource ds) {
            try (Connection c = ds.getConnection()) {
                return SqlDialect.of(c.getMetaData().getDatabaseProductName());
            } catch (java.sql.SQLException e) {
                throw Errors.translate("storage.open", e);
            }
        }

        private static SqlDialect detect(EntityManagerFactory emf) {
            EntityManager em = emf.createEntityManager();
            try {
                return em.callWithConnection((Connection c) -> SqlDialect.of(c.getMetaData().getDatabaseProductName()));
            } catch (RuntimeException e) {
                throw Errors.translate("storage.open", e);
            } finally {
                em.close();
            }
        }
    }

    @Override
    public DepartmentRepository departments() {
        return departments;
    }

    @Override
    public ManagerRepository managers() {
        return managers;
    }

    @Override
    public ClientRepository clients() {
        return clients;
    }

    @Override
    public InterestRepository interests() {
        return interests;
    }

    @Override
    public InteractionRepository interactions() {
        return interactions;
    }

    @Override
    public InquiryRepository inquiries() {
        return inquiries;
    }

    @Override
    public ProductCatalog products() {
        return products;
    }

    @Override
    public LetterRepository letters() {
        return letters;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public AttachmentStore attachments() {
        return attachments;
    }

    @Override
    public ReportQueries reportQueries() {
        return reports;
    }

    @Override
    public Transactions transactions() {
        return jpa.tx;
    }

    /** @throws InvalidInputException when {@code batchSize} is not positive */
    @Override
    public BulkImport bulkImport(int batchSize) {
        return new JpaBulkImport(jpa, batchSize);
    }

    /** The factory in use (crmkit's own or the host's). */
    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    SqlDialect dialect() {
        return jpa.dialect;
    }

    /** Closes the factory when crmkit created it; a host's factory stays open. */
    @Override
    public void close() {
        if (ownsFactory && emf.isOpen()) {
            emf.close();
        }
    }
}
