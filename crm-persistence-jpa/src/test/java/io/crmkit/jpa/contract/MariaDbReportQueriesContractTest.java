package io.crmkit.jpa.contract;

import io.crmkit.Storage;
import io.crmkit.contract.ReportQueriesContract;
import io.crmkit.jpa.TestStorages;

/** {@link ReportQueriesContract} on MariaDb. */
class MariaDbReportQueriesContractTest extends ReportQueriesContract {
    @Override
    protected Storage newStorage() {
        return TestStorages.mariadb();
    }
}
