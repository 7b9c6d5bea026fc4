package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.ClientRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link ClientRepositoryContract} on MariaDb. */
class MariaDbClientRepositoryContractTest extends ClientRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
