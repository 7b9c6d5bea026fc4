package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.InquiryRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link InquiryRepositoryContract} on H2. */
class H2InquiryRepositoryContractTest extends InquiryRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.h2();
    }
}
