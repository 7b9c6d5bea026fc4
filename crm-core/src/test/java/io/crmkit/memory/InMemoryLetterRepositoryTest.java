package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.LetterRepositoryContract;

/** Runs the {@link LetterRepositoryContract} against {@link InMemoryStorage}. */
class InMemoryLetterRepositoryTest extends LetterRepositoryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
