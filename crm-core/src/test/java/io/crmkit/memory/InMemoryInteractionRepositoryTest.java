package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.InteractionRepositoryContract;

/** Runs the {@link InteractionRepositoryContract} against {@link InMemoryStorage}. */
class InMemoryInteractionRepositoryTest extends InteractionRepositoryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
