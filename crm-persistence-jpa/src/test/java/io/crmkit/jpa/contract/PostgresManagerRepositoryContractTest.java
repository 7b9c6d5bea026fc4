package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.ManagerRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link ManagerRepositoryContract} on Postgres. */
class PostgresManagerRepositoryContractTest extends ManagerRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
