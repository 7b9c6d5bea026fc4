package io.crmkit.it.concurrency;

import io.crmkit.Storage;
import io.crmkit.it.support.ItDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The concurrency properties on the JPA storage over PostgreSQL. */
class PostgresConcurrencyTest extends AbstractConcurrencyTest {
    private static final ItDatabases.Shared DB = new ItDatabases.Shared(ItDatabases.Kind.POSTGRESQL);

    @BeforeAll
    static void open() {
        DB.open();
    }

    @AfterAll
    static void close() {
        DB.close();
    }

    @Override
    protected Storage newStorage() {
        return DB.fresh();
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
