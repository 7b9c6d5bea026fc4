package io.crmkit.jpa.golden;

import io.crmkit.Storage;
import io.crmkit.jpa.TestStorages;
import io.crmkit.reports.golden.PriceListGoldenTest;

/** The golden {@link PriceListGoldenTest} on H2. */
class H2PriceListGoldenTest extends PriceListGoldenTest {
    @Override
    protected Storage newStorage() {
        return TestStorages.h2();
    }
}
