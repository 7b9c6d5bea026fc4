package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.OutboxContract;
import io.crmkit.jpa.TestStorages;

/** {@link OutboxContract} on Postgres. */
class PostgresOutboxContractTest extends OutboxContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
