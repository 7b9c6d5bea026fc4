package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.ProductCatalogContract;
import io.crmkit.jpa.TestStorages;

/** {@link ProductCatalogContract} on MariaDb. */
class MariaDbProductCatalogContractTest extends ProductCatalogContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
