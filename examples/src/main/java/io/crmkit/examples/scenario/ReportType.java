package io.crmkit.examples.scenario;

/** The report types a scenario may request (SCENARIO.md, "Reports"). */
public enum ReportType {
    SALES_FUNNEL, AUTOMOTIVATOR, MANAGER_CONTROL, PRICE_LIST, MY_TASKS, MY_SALES, CALENDAR, FIND_CLIENT
}
