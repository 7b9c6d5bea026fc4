package io.crmkit.it.scope;

import io.crmkit.Storage;
import io.crmkit.it.support.ItDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The scope property on the JPA storage over H2 (its report queries are SQL): every query and report, every scope. */
class H2ScopeFuzzTest extends AbstractScopeFuzzTest {
    private static final ItDatabases.Shared DB = new ItDatabases.Shared(ItDatabases.Kind.H2);

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
