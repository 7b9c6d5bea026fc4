package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.ProductCatalogContract;
import io.crmkit.jpa.TestStorages;

/** {@link ProductCatalogContract} on H2. */
class H2ProductCatalogContractTest extends ProductCatalogContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.h2();
    }
}
