package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.AttachmentStoreContract;

/** Runs the {@link AttachmentStoreContract} against {@link InMemoryStorage}. */
class InMemoryAttachmentStoreTest extends AttachmentStoreContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
