package io.crmkit.it.scope;

import io.crmkit.Storage;
import io.crmkit.it.support.ItDatabases;
import io.crmkit.jpa.JpaStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The scope property on the JPA storage over H2 (its report queries are SQL): every query and report, every scope. */
class H2ScopeFuzzTest extends AbstractScopeFuzzTest {
    private static ItDatabases.Db db;
    private static JpaStorage storage;

    @BeforeAll
    static void open() {
        db = ItDatabases.create(ItDatabases.Kind.H2);
        storage = ItDatabases.storage(db);
    }

    @AfterAll
    static void close() {
        storage.close();
        ItDatabases.drop(db);
    }

    @Override
    protected Storage newStorage() {
        ItDatabases.wipe(db);
        return ItDatabases.keepOpen(storage);
    }

    @Override
    protected int datasets() {
        return 12;
    }

    @Override
    protected int minimumCases() {
        return 60;
    }

    @Override
    protected int scopesPerDataset() {
        return 5;
    }

    @Override
    protected boolean thorough() {
        return false;
    }

    @Override
    protected long fixedSeed() {
        return 2;
    }
}
