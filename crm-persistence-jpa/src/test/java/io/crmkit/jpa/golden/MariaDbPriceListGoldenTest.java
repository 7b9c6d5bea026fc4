package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.PriceListGoldenTest;

/** The golden {@link PriceListGoldenTest} on MariaDb. */
class MariaDbPriceListGoldenTest extends PriceListGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
