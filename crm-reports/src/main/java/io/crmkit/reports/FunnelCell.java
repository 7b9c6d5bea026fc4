package io.crmkit.reports;

/** A cell of the sales funnel report that can be drilled down ("расшифровка") to the interests behind it. */
public enum FunnelCell {
    /** The ACTIVE interests now at the stage (behind activeCount, activeAmount, weightedAmount). */
    ACTIVE,
    /** The cohort members that reached the stage. */
    REACHED,
    /** The cohort members that went on from the stage: reached the next stage, or were WON for the last one (behind conversionToNext). */
    CONVERTED,
    /** The cohort members LOST at the stage. */
    LOST_AT,
    /** The cohort members with an entry of the stage that was left (behind meanDaysInStage). */
    TIME_IN_STAGE,
    /** The WON cohort members (the stage is ignored). */
    WON,
    /** The LOST cohort members (the stage is ignored). */
    LOST
}
