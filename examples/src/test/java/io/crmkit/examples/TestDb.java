package io.crmkit.examples;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, uniquely named database for one run: in-memory H2, or a new database on the PostgreSQL
 * or MariaDB server at 127.0.0.1, dropped by {@link #close()}. Other helpers and test classes use
 * the same servers at once, so nothing is shared. PostgreSQL and MariaDB are required; on a laptop
 * without them pass {@code -Dcrmkit.db.skipExternal=true}.
 */
public record TestDb(Kind kind, String name, String url, String user, String password) implements AutoCloseable {
    /** The system property that skips PostgreSQL and MariaDB. */
    public static final String SKIP_EXTERNAL = "crmkit.db.skipExternal";
    static final String PG = System.getProperty("crmkit.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("crmkit.pg.user", "postgres");
    static final String MARIA = System.getProperty("crmkit.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
    static final String MARIA_USER = System.getProperty("crmkit.mariadb.user", "root");

    /** The database products the examples run on. */
    public enum Kind { H2, POSTGRESQL, MARIADB }

    /** Creates a fresh database of a kind. */
    public static TestDb create(Kind kind) {
        String name = "crmkit_ex_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        return switch (kind) {
            case H2 -> new TestDb(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRESQL -> {
                exec(PG, PG_USER, "create database " + name);
                yield new TestDb(kind, name, PG.substring(0, PG.lastIndexOf('/') + 1) + name, PG_USER, "");
            }
            case MARIADB -> {
                exec(MARIA, MARIA_USER, "create database " + name + " character set utf8mb4 collate utf8mb4_bin");
                yield new TestDb(kind, name, MARIA.substring(0, MARIA.lastIndexOf('/') + 1) + name, MARIA_USER, "");
            }
        };
    }

    /** Drops the database. */
    @Override
    public void close() {
        switch (kind) {
            case H2 -> exec(url, user, "shutdown");
            case POSTGRESQL -> exec(PG, PG_USER, "drop database if exists " + name + " with (force)");
            case MARIADB -> exec(MARIA, MARIA_USER, "drop database if exists " + name);
        }
    }

    private static void exec(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url + " (is the server running? without "
                    + "PostgreSQL/MariaDB pass -D" + SKIP_EXTERNAL + "=true): " + e.getMessage(), e);
        }
    }
}
