package io.crmkit.agenda;

import io.crmkit.catalog.Stage;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.org.ManagerId;
import java.util.List;

/**
 * A manager's funnel: every stage of the funnel in order, with the manager's ACTIVE interests at it
 * by id, each with its client's name and its next planned interaction; and the interests without
 * a next step.
 */
public record MySales(ManagerId manager, String funnel, List<Column> stages, List<InterestId> withoutNextStep) {
    public MySales {
        stages = List.copyOf(stages);
        withoutNextStep = List.copyOf(withoutNextStep);
    }

    /** One stage and its cards. */
    public record Column(Stage stage, List<Card> interests) {
        public Column {
            interests = List.copyOf(interests);
        }
    }

    /**
     * One interest on the board.
     *
     * @param next the interest's PLANNED interaction with the earliest planned start (overdue ones
     *             included), or {@code null}
     */
    public record Card(Interest interest, String clientName, Interaction next) {
    }
}
