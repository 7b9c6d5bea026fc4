package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.ClientRepositoryContract;

/** Runs the {@link ClientRepositoryContract} against {@link InMemoryStorage}. */
class InMemoryClientRepositoryTest extends ClientRepositoryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
