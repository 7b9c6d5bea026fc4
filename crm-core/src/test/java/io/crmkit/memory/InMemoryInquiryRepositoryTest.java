package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.InquiryRepositoryContract;

/** Runs the {@link InquiryRepositoryContract} against {@link InMemoryStorage}. */
class InMemoryInquiryRepositoryTest extends InquiryRepositoryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
