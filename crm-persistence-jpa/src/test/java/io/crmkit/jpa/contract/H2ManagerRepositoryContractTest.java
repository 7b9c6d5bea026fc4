package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.ManagerRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link ManagerRepositoryContract} on H2. */
class H2ManagerRepositoryContractTest extends ManagerRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.h2();
    }
}
