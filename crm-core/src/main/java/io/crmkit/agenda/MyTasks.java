package io.crmkit.agenda;

import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import io.crmkit.org.ManagerId;
import java.time.Instant;
import java.util.List;

/**
 * A person's agenda at a moment: their PLANNED interactions split into overdue, today's (the
 * others starting before the start of tomorrow in the configured zone) and upcoming, each by planned
 * start then id; and the inquiries and letters waiting for them that are not yet linked to a client.
 */
public record MyTasks(ManagerId manager, Instant at, List<Interaction> overdue, List<Interaction> today,
                      List<Interaction> upcoming, List<Inquiry> pendingInquiries) {
    public MyTasks {
        overdue = List.copyOf(overdue);
        today = List.copyOf(today);
        upcoming = List.copyOf(upcoming);
        pendingInquiries = List.copyOf(pendingInquiries);
    }
}
