package io.crmkit.jpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh, uniquely named databases for tests: an in-memory H2 database, or a new database on the
 * PostgreSQL and MariaDB servers at 127.0.0.1 (dropped again by {@link #dropAll()}). Other test
 * classes and other developers use the same servers at the same time, so nothing is shared.
 *
 * <p>PostgreSQL and MariaDB are required: when they are unreachable the test fails, unless
 * {@code -Dcrmkit.db.skipExternal=true} is given (then those tests are skipped, for laptops).
 */
final class TestDatabases {
    static final String SKIP_EXTERNAL = "crmkit.db.skipExternal";
    static final String PG_ADMIN_URL = System.getProperty("crmkit.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("crmkit.pg.user", "postgres");
    static final String MARIA_ADMIN_URL = System.getProperty("crmkit.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
    static final String MARIA_USER = System.getProperty("crmkit.mariadb.user", "root");

    enum Kind { H2, POSTGRESQL, MARIADB }

    /** A database made for one test class: its JDBC URL and credentials. */
    record Db(Kind kind, String name, String url, String user, String password) {
    }

    private static final List<Db> CREATED = new ArrayList<>();

    private TestDatabases() {
    }

    static boolean skipExternal() {
        return Boolean.getBoolean(SKIP_EXTERNAL);
    }

    static synchronized Db create(Kind kind) {
        String name = "crmkit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        Db db = switch (kind) {
            case H2 -> new Db(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
            case POSTGRESQL -> {
                exec(PG_ADMIN_URL, PG_USER, "", "create database " + name);
                yield new Db(kind, name, PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name, PG_USER, "");
            }
            case MARIADB -> {
                exec(MARIA_ADMIN_URL, MARIA_USER, "", "create database " + name + " character set utf8mb4 collate utf8mb4_bin");
                yield new Db(kind, name, MARIA_ADMIN_URL.substring(0, MARIA_ADMIN_URL.lastIndexOf('/') + 1) + name, MARIA_USER, "");
            }
        };
        CREATED.add(db);
        return db;
    }

    static synchronized void drop(Db db) {
        CREATED.remove(db);
        switch (db.kind()) {
            case H2 -> exec(db.url(), db.user(), db.password(), "shutdown");
            case POSTGRESQL -> exec(PG_ADMIN_URL, PG_USER, "", "drop database if exists " + db.name() + " with (force)");
            case MARIADB -> exec(MARIA_ADMIN_URL, MARIA_USER, "", "drop database if exists " + db.name());
        }
    }

    static void exec(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url + " (is the database server running? "
                    + "On a laptop without PostgreSQL/MariaDB pass -D" + SKIP_EXTERNAL + "=true): " + e.getMessage(), e);
        }
    }

    /** A storage on {@code db} that validates the migrated schema against the mapping and counts statements. */
    static JpaStorage storage(Db db) {
        return JpaStorage.fromJdbcUrl(db.url(), db.user(), db.password())
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.generate_statistics", "true")
                .build();
    }
}
