package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.OutboxContract;

/** Runs the {@link OutboxContract} against {@link InMemoryStorage}. */
class InMemoryOutboxTest extends OutboxContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
