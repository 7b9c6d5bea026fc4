package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.AutomotivatorGoldenTest;

/** The golden {@link AutomotivatorGoldenTest} on H2. */
class H2AutomotivatorGoldenTest extends AutomotivatorGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.h2();
    }
}
