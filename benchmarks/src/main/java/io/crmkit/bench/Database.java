package io.crmkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one benchmark run, dropped on {@link #close()}: an H2 file database in
 * a new folder, or a new PostgreSQL database {@code crmkit_bench_<random>} on the server.
 *
 * @param store    "h2" or "postgresql"
 * @param url      the JDBC URL of the fresh database
 * @param name     the database's name (the folder for H2)
 * @param adminUrl the URL to create and drop it from (PostgreSQL only)
 */
public record Database(String store, String url, String user, String password, String name, String adminUrl)
        implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String randomName() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return "crmkit_bench_" + HexFormat.of().formatHex(b);
    }

    /** A fresh database of {@code store}; {@code folder} holds H2 files, {@code pgServer} names the PostgreSQL server. */
    public static Database fresh(String store, Path folder, String pgServer, String pgUser) {
        String name = randomName();
        switch (store.toLowerCase(Locale.ROOT)) {
            case "h2" -> {
                Path dir = folder.resolve(name).toAbsolutePath();
                try {
                    Files.createDirectories(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                // the URL shape of JpaStorage.embedded(), without the session's cache of commands, whose last result H2
                // reuses while no table changed: a benchmark repeating a query would otherwise time a cache, not the work
                return new Database("h2", "jdbc:h2:file:" + dir.resolve("crmkit")
                        + ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=0", "sa", "", dir.toString(), null);
            }
            case "postgresql" -> {
                String server = pgServer.endsWith("/") ? pgServer : pgServer + "/";
                String admin = server + "postgres";
                try (Connection c = DriverManager.getConnection(admin, pgUser, "");
                     Statement s = c.createStatement()) {
                    s.execute("create database " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot create the database " + name + " on " + server, e);
                }
                return new Database("postgresql", server + name, pgUser, "", name, admin);
            }
            default -> throw new IllegalArgumentException("unknown store " + store + " (h2 or postgresql)");
        }
    }

    /**
     * An existing PostgreSQL database (loaded before, e.g. by {@link ImportRun}); {@link #close()} keeps it.
     */
    public static Database existing(String pgServer, String name, String pgUser) {
        String server = pgServer.endsWith("/") ? pgServer : pgServer + "/";
        return new Database("postgresql", server + name, pgUser, "", name, null);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Drops the database (deletes the H2 folder); an {@link #existing} database is kept. */
    @Override
    public void close() {
        if (store.equals("postgresql") && adminUrl == null) {
            return;
        }
        if (store.equals("h2")) {
            try (Stream<Path> files = Files.walk(Path.of(name))) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the database " + name, e);
        }
    }

    /**
     * Gathers the planner's statistics ({@code ANALYZE}), as one does after a bulk load: without it
     * the first queries on a freshly loaded database are planned on empty-table estimates.
     */
    public void analyze() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze " + name, e);
        }
    }

    /** The number of rows of each crmkit table, for checking that two imports wrote the same rows. */
    public java.util.Map<String, Long> rowCounts() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String t : new String[] {"crm_department", "crm_manager", "crm_client", "crm_client_contact",
                "crm_client_phone", "crm_client_email", "crm_client_portrait", "crm_interest", "crm_interest_stage",
                "crm_interaction", "crm_product_group", "crm_product", "crm_price_type", "crm_price"}) {
                try (var rs = s.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + name, e);
        }
        return out;
    }
}
