package io.crmkit.it.concurrency;

import io.crmkit.Storage;
import io.crmkit.it.support.ItDatabases;
import io.crmkit.jpa.JpaStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The concurrency properties on the JPA storage over H2. */
class H2ConcurrencyTest extends AbstractConcurrencyTest {
    private static ItDatabases.Db db;
    private static JpaStorage shared;

    @BeforeAll
    static void open() {
        db = ItDatabases.create(ItDatabases.Kind.H2);
        shared = ItDatabases.storage(db);
    }

    @AfterAll
    static void close() {
        shared.close();
        ItDatabases.drop(db);
    }

    @Override
    protected Storage newStorage() {
        ItDatabases.wipe(db);
        return ItDatabases.keepOpen(shared);
    }

    @Override
    protected int inquiryRounds() {
        return 30;
    }

    @Override
    protected int attemptsPerThread() {
        return 15;
    }
}
