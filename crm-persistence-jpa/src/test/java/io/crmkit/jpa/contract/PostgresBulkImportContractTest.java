package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.BulkImportContract;
import io.crmkit.jpa.TestStorages;

/** {@link BulkImportContract} on Postgres. */
class PostgresBulkImportContractTest extends BulkImportContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
