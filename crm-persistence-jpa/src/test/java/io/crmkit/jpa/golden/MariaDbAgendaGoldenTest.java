package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.AgendaGoldenTest;

/** The golden {@link AgendaGoldenTest} on MariaDb. */
class MariaDbAgendaGoldenTest extends AgendaGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
