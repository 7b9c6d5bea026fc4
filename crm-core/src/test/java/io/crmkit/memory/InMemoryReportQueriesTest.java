package io.crmkit.memory;

import io.crmkit.Storage;
import io.crmkit.contract.ReportQueriesContract;

/** Runs the {@link ReportQueriesContract} against {@link InMemoryStorage}. */
class InMemoryReportQueriesTest extends ReportQueriesContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
