package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.ManagerControlGoldenTest;

/** The golden {@link ManagerControlGoldenTest} on Postgres. */
class PostgresManagerControlGoldenTest extends ManagerControlGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
