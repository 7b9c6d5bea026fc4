package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.AttachmentStoreContract;
import io.crmkit.jpa.TestStorages;

/** {@link AttachmentStoreContract} on MariaDb. */
class MariaDbAttachmentStoreContractTest extends AttachmentStoreContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
