package io.crmkit.it.scope;

import io.crmkit.Storage;
import io.crmkit.memory.InMemoryStorage;

/** The scope property on the in-memory storage: at least 10,000 cases per run, a fresh storage per data set. */
class InMemoryScopeFuzzTest extends AbstractScopeFuzzTest {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }

    @Override
    protected int datasets() {
        return 1500;
    }

    @Override
    protected int reportEvery() {
        return 4;
    }

    @Override
    protected int minimumCases() {
        return 10_000;
    }
}
