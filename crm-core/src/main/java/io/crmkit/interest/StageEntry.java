package io.crmkit.interest;

import io.crmkit.internal.Check;
import io.crmkit.org.ManagerId;
import java.time.Instant;

/** One entry of an interest's stage history: the stage entered, when, and by whom ({@code null} when unknown). */
public record StageEntry(String stage, Instant at, ManagerId by) {
    public StageEntry {
        Check.id("history.stage", stage);
        Check.notNull("history.at", at);
    }
}
