package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.InterestRepositoryContract;

/** Runs the {@link InterestRepositoryContract} against {@link InMemoryStorage}. */
class InMemoryInterestRepositoryTest extends InterestRepositoryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
