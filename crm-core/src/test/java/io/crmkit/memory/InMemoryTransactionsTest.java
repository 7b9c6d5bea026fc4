package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.TransactionsContract;

/** Runs the {@link TransactionsContract} against {@link InMemoryStorage}. */
class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
