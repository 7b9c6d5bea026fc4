package io.crmkit.reports.golden;

import io.crmkit.Storage;
import io.crmkit.memory.InMemoryStorage;

class InMemoryManagerControlGoldenTest extends ManagerControlGoldenTest {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
