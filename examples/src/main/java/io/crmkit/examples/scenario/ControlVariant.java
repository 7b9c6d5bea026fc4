package io.crmkit.examples.scenario;

/** The variants of the MANAGER_CONTROL report (SPEC.md, "ManagerControl variants"). */
public enum ControlVariant {
    TRAFFIC_LIGHT, TOUCHES_PER_CLIENT, WARM_CLIENTS, INTERACTIONS, INTERESTS, CLIENTS, CLIENTS_AND_INTERESTS, FUNNEL_DRILLDOWN
}
