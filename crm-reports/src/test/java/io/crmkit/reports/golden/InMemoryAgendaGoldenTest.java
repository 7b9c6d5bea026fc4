package io.crmkit.reports.golden;

import io.crmkit.Storage;
import io.crmkit.memory.InMemoryStorage;

class InMemoryAgendaGoldenTest extends AgendaGoldenTest {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
