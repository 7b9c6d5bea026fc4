package io.crmkit.it.concurrency;

import io.crmkit.Storage;
import io.crmkit.memory.InMemoryStorage;

/** The concurrency properties on the in-memory storage. */
class InMemoryConcurrencyTest extends AbstractConcurrencyTest {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
