package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.InquiryRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link InquiryRepositoryContract} on MariaDb. */
class MariaDbInquiryRepositoryContractTest extends InquiryRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
