package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.AgendaGoldenTest;

/** The golden {@link AgendaGoldenTest} on Postgres. */
class PostgresAgendaGoldenTest extends AgendaGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
