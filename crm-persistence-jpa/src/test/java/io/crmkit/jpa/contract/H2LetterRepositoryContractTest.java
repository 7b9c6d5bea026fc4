package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.LetterRepositoryContract;
import io.crmkit.jpa.TestStorages;

/** {@link LetterRepositoryContract} on H2. */
class H2LetterRepositoryContractTest extends LetterRepositoryContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.h2();
    }
}
