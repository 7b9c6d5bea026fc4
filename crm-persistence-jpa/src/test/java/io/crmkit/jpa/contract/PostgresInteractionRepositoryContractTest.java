package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.InteractionRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link InteractionRepositoryContract} on Postgres. */
class PostgresInteractionRepositoryContractTest extends InteractionRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
