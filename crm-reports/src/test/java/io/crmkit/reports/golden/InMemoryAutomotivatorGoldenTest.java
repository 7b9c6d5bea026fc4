package io.crmkit.reports.golden;

import io.crmkit.Storage;
import io.crmkit.memory.InMemoryStorage;

class InMemoryAutomotivatorGoldenTest extends AutomotivatorGoldenTest {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
