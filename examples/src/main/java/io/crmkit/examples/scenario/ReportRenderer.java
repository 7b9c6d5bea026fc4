package io.crmkit.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.Crm;

/** Computes one requested report on a running {@link Crm} and renders it in the shape of SCENARIO.md. */
@FunctionalInterface
public interface ReportRenderer {
    /**
     * @throws io.crmkit.CrmException when the request does not fit the data
     */
    JsonNode render(Crm crm, ReportRequest request);
}
