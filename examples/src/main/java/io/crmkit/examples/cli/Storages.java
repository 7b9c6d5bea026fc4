package io.crmkit.examples.cli;

import io.crmkit.Storage;
import io.crmkit.jpa.JpaStorage;
import java.nio.file.Path;

/** Opens crmkit storages for the commands. */
public final class Storages {
    private Storages() {
    }

    /**
     * The JPA storage at a JDBC URL (H2, PostgreSQL or MariaDB), migrated.
     *
     * @throws io.crmkit.StorageException when the database cannot be reached or migrated
     */
    public static Storage jdbc(String url, String user, String password) {
        return JpaStorage.fromJdbcUrl(url, user, password).build();
    }

    /**
     * The embedded H2 database in {@code dir}, or in JpaStorage's default folder
     * ({@code ./crmkit-data}, or the system property {@code crmkit.data.dir}) when {@code dir} is null.
     */
    public static Storage embedded(Path dir) {
        JpaStorage.Builder b = JpaStorage.embedded();
        if (dir != null) {
            b.dataDir(dir);
        }
        return b.build();
    }
}
