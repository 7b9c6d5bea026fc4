package io.crmkit.jpa;

import io.crmkit.Storage;

/** Fresh storages for the contract and golden tests of other packages (see {@link SharedStorages}). */
public final class TestStorages {
    private TestStorages() {
    }

    /** An empty storage on the shared in-memory H2 database. */
    public static Storage h2() {
        return SharedStorages.fresh(TestDatabases.Kind.H2);
    }

    /** An empty storage on the shared PostgreSQL test database (skipped with -Dcrmkit.db.skipExternal=true). */
    public static Storage postgres() {
        return SharedStorages.fresh(TestDatabases.Kind.POSTGRESQL);
    }

    /** An empty storage on the shared MariaDB test database (skipped with -Dcrmkit.db.skipExternal=true). */
    public static Storage mariadb() {
        return SharedStorages.fresh(TestDatabases.Kind.MARIADB);
    }
}
