package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.TransactionsContract;
import io.crmkit.jpa.TestStorages;

/** {@link TransactionsContract} on MariaDb. */
class MariaDbTransactionsContractTest extends TransactionsContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
