package io.crmkit.examples.cli;

import io.crmkit.Storage;
import io.crmkit.memory.InMemoryStorage;
import picocli.CommandLine.Option;

/** Where a command keeps its data: in memory (the default) or a database given by a JDBC URL. */
public final class StorageOptions {
    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "Run on the JPA storage at this JDBC URL (H2, PostgreSQL or MariaDB) instead of in memory.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user for --jdbc-url.")
    String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", description = "Database password for --jdbc-url.")
    String jdbcPassword;

    /** Whether a database was named. */
    public boolean hasDatabase() {
        return jdbcUrl != null;
    }

    /** Opens the storage: the JPA storage at {@code --jdbc-url}, else a fresh in-memory one. */
    public Storage open() {
        if (jdbcUrl == null) {
            return InMemoryStorage.create();
        }
        return Storages.jdbc(jdbcUrl, jdbcUser, jdbcPassword);
    }
}
