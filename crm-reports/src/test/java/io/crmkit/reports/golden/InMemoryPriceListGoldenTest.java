package io.crmkit.reports.golden;

import io.crmkit.Storage;
import io.crmkit.memory.InMemoryStorage;

class InMemoryPriceListGoldenTest extends PriceListGoldenTest {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
