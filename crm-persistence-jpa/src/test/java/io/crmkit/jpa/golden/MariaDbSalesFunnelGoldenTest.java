package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.SalesFunnelGoldenTest;

/** The golden {@link SalesFunnelGoldenTest} on MariaDb. */
class MariaDbSalesFunnelGoldenTest extends SalesFunnelGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
