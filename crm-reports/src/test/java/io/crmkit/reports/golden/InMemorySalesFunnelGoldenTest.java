package io.crmkit.reports.golden;

import io.crmkit.Storage;
import io.crmkit.memory.InMemoryStorage;

class InMemorySalesFunnelGoldenTest extends SalesFunnelGoldenTest {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
