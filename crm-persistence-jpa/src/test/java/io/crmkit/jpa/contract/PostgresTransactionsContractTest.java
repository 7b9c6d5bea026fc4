package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.TransactionsContract;
import io.crmkit.jpa.TestStorages;

/** {@link TransactionsContract} on Postgres. */
class PostgresTransactionsContractTest extends TransactionsContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
