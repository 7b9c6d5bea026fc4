package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.DepartmentRepositoryContract;

/** Runs the {@link DepartmentRepositoryContract} against {@link InMemoryStorage}. */
class InMemoryDepartmentRepositoryTest extends DepartmentRepositoryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
