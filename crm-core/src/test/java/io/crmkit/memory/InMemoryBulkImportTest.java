package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.BulkImportContract;

/** Runs the {@link BulkImportContract} against {@link InMemoryStorage}. */
class InMemoryBulkImportTest extends BulkImportContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
