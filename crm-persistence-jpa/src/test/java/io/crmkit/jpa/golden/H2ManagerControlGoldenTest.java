package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.ManagerControlGoldenTest;

/** The golden {@link ManagerControlGoldenTest} on H2. */
class H2ManagerControlGoldenTest extends ManagerControlGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.h2();
    }
}
