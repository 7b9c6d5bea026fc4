package io.crmkit.reports;

/** The variants of manager control (SPEC.md section 3, the seed's list). */
public enum ControlVariant {
    /** The traffic light per client, with counts per manager and department. */
    TRAFFIC_LIGHT,
    /** Touches (COMPLETED interactions) per client in a period. */
    TOUCHES_PER_CLIENT,
    /** The clients that are warm now. */
    WARM_CLIENTS,
    /** Per manager: interactions planned, completed, cancelled, overdue, and points earned in a period. */
    INTERACTIONS,
    /** Per manager: interests and their amounts by status. */
    INTERESTS,
    /** Per manager: clients, warm ones, ones with an active interest, ones with overdue interactions. */
    CLIENTS,
    /** Per client: its interests by status. */
    CLIENTS_AND_INTERESTS,
    /** The sales funnel with the interests behind every cell. */
    FUNNEL_DRILLDOWN
}
