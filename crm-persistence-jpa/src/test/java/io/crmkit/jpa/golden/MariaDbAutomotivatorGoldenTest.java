package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.AutomotivatorGoldenTest;

/** The golden {@link AutomotivatorGoldenTest} on MariaDb. */
class MariaDbAutomotivatorGoldenTest extends AutomotivatorGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
