package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.LetterRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link LetterRepositoryContract} on Postgres. */
class PostgresLetterRepositoryContractTest extends LetterRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
