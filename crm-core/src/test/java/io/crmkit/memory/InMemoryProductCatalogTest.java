package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.ProductCatalogContract;

/** Runs the {@link ProductCatalogContract} against {@link InMemoryStorage}. */
class InMemoryProductCatalogTest extends ProductCatalogContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
