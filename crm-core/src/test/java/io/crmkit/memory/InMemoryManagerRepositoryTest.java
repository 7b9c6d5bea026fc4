package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.ManagerRepositoryContract;

/** Runs the {@link ManagerRepositoryContract} against {@link InMemoryStorage}. */
class InMemoryManagerRepositoryTest extends ManagerRepositoryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
