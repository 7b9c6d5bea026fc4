package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.ProductCatalogContract;
import io.crmkit.jpa.TestStorages;

/** {@link ProductCatalogContract} on Postgres. */
class PostgresProductCatalogContractTest extends ProductCatalogContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.postgres();
    }
}
