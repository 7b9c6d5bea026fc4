package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.AgendaGoldenTest;

/** The golden {@link AgendaGoldenTest} on H2. */
class H2AgendaGoldenTest extends AgendaGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.h2();
    }
}
