package io.crmkit.examples.scenario;

/** Computes scenario reports with crm-reports. */
public final class ScenarioReports {
    private ScenarioReports() {
    }

    /** The renderer for every report type of SCENARIO.md. */
    public static ReportRenderer renderer() {
        return (crm, r) -> {
            throw new ScenarioException(r.path(), "report type " + r.type() + " is not available yet");
        };
    }
}
