package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.InteractionRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link InteractionRepositoryContract} on MariaDb. */
class MariaDbInteractionRepositoryContractTest extends InteractionRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
