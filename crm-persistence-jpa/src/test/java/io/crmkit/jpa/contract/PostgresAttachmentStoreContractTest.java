package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.AttachmentStoreContract;
import io.crmkit.jpa.TestStorages;

/** {@link AttachmentStoreContract} on Postgres. */
class PostgresAttachmentStoreContractTest extends AttachmentStoreContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
