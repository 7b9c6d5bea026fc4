package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.InterestRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link InterestRepositoryContract} on MariaDb. */
class MariaDbInterestRepositoryContractTest extends InterestRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
