package io.crmkit.reports;

/** The report types of the scenario format (SCENARIO.md "Reports"). */
public enum ReportType {
    SALES_FUNNEL, AUTOMOTIVATOR, MANAGER_CONTROL, PRICE_LIST, MY_TASKS, MY_SALES, CALENDAR, FIND_CLIENT
}
