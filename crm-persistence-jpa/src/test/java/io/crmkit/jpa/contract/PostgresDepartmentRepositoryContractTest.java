package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.DepartmentRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link DepartmentRepositoryContract} on Postgres. */
class PostgresDepartmentRepositoryContractTest extends DepartmentRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
