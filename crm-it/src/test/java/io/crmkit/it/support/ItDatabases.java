package io.crmkit.it.support;

import io.crmkit.Storage;
import io.crmkit.jpa.JpaStorage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Uniquely named databases for one test class each (other test classes and helpers share the
 * servers at the same time): an in-memory H2 database, or a new database on the PostgreSQL server
 * at 127.0.0.1:5432, dropped again afterwards. PostgreSQL must be reachable: CI starts it, and a
 * test fails when it is not there.
 */
public final class ItDatabases {
    static final String PG_ADMIN_URL = System.getProperty("crmkit.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("crmkit.pg.user", "postgres");

    public enum Kind { H2, POSTGRESQL }

    /** A database made for one test class. */
    public record Db(Kind kind, String name, String url, String user, String password) {
        /** The JDBC URL of this database reached through a local proxy port instead (PostgreSQL only). */
        public String urlVia(int port) {
            if (kind != Kind.POSTGRESQL) {
                throw new IllegalStateException("only PostgreSQL is reached over TCP");
            }
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?sslmode=disable&prepareThreshold=0&connectTimeout=10&socketTimeout=60";
        }
    }

    private ItDatabases() {
    }

    public static Db create(Kind kind) {
        String name = "crmkit_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        if (kind == Kind.H2) {
            return new Db(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        }
        exec(PG_ADMIN_URL, PG_USER, "", "create database " + name);
        return new Db(kind, name, PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name + "?sslmode=disable",
                PG_USER, "");
    }

    public static void drop(Db db) {
        if (db.kind() == Kind.H2) {
            exec(db.url(), db.user(), db.password(), "shutdown");
        } else {
            exec(PG_ADMIN_URL, PG_USER, "", "drop database if exists " + db.name() + " with (force)");
        }
    }

    /** A migrated JPA storage on the database. */
    public static JpaStorage storage(Db db) {
        return JpaStorage.fromJdbcUrl(db.url(), db.user(), db.password()).build();
    }

    /** A JPA storage on the database at another JDBC URL (a proxy in front of it); the schema must be migrated already. */
    public static JpaStorage storageAt(Db db, String url) {
        return JpaStorage.fromJdbcUrl(url, db.user(), db.password()).migrate(false).build();
    }

    /**
     * Empties every crmkit table ({@code crm_*} but the migration history), found in the database's
     * own catalog; deletes are repeated until foreign keys let every table go.
     */
    public static void wipe(Db db) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String t = rs.getString("TABLE_NAME");
                    String schema = rs.getString("TABLE_SCHEM");
                    String lower = t.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("crm_") && !lower.equals(JpaStorage.HISTORY_TABLE)
                            && (schema == null || schema.equalsIgnoreCase("public"))) {
                        tables.add(t);
                    }
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no crmkit tables in " + db.url());
            }
            List<String> left = tables;
            for (int pass = 0; pass < 10 && !left.isEmpty(); pass++) {
                List<String> failed = new ArrayList<>();
                for (String t : left) {
                    try {
                        st.executeUpdate("delete from " + t);
                    } catch (SQLException e) {
                        failed.add(t);
                    }
                }
                left = failed;
            }
            if (!left.isEmpty()) {
                throw new IllegalStateException("cannot empty " + left + " in " + db.url());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + db.url() + ": " + e.getMessage(), e);
        }
    }

    /** A view of a storage whose {@code close()} does nothing, so one opened storage serves many tests. */
    public static Storage keepOpen(Storage s) {
        return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class}, (proxy, m, args) -> {
            if (m.getName().equals("close") && m.getParameterCount() == 0) {
                return null;
            }
            try {
                return m.invoke(s, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    static void exec(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url + " (is PostgreSQL running on 127.0.0.1:5432?): "
                    + e.getMessage(), e);
        }
    }

    /**
     * One database and one opened JPA storage shared by the tests of a class: open it in
     * {@code @BeforeAll}, take an emptied storage per test with {@link #fresh()}, close it in
     * {@code @AfterAll}.
     */
    public static final class Shared {
        private final Kind kind;
        private Db db;
        private JpaStorage storage;

        public Shared(Kind kind) {
            this.kind = kind;
        }

        public void open() {
            db = create(kind);
            storage = storage(db);
        }

        /** The shared storage, emptied, behind a view whose {@code close()} does nothing. */
        public Storage fresh() {
            wipe(db);
            return keepOpen(storage);
        }

        public void close() {
            storage.close();
            drop(db);
        }
    }
}
