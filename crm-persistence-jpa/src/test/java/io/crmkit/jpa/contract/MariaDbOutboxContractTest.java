package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.OutboxContract;
import io.crmkit.jpa.TestStorages;

/** {@link OutboxContract} on MariaDb. */
class MariaDbOutboxContractTest extends OutboxContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
