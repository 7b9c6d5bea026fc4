package io.crmkit.interaction;

import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.interest.InterestId;
import io.crmkit.org.ManagerId;
import java.time.Instant;

/**
 * An interaction to plan.
 *
 * @param id      the id, or {@code null} to let crmkit choose one
 * @param type    an interaction type code from the catalog
 * @param manager the responsible manager, or {@code null} for the client's
 * @param end     the planned end (due moment), not before {@code start}
 */
public record NewInteraction(InteractionId id, String type, ClientId client, ContactId contact, InterestId interest,
                             ManagerId manager, String subject, String description, Instant start, Instant end,
                             Importance importance) {
    public static NewInteraction of(String type, ClientId client, Instant start, Instant end) {
        return new NewInteraction(null, type, client, null, null, null, null, null, start, end, Importance.NORMAL);
    }

    public NewInteraction withSubject(String s) {
        return new NewInteraction(id, type, client, contact, interest, manager, s, description, start, end, importance);
    }

    public NewInteraction forInterest(InterestId i) {
        return new NewInteraction(id, type, client, contact, i, manager, subject, description, start, end, importance);
    }

    public NewInteraction withManager(ManagerId m) {
        return new NewInteraction(id, type, client, contact, interest, m, subject, description, start, end, importance);
    }

    public NewInteraction withContact(ContactId c) {
        return new NewInteraction(id, type, client, c, interest, manager, subject, description, start, end, importance);
    }

    public NewInteraction withId(InteractionId i) {
        return new NewInteraction(i, type, client, contact, interest, manager, subject, description, start, end, importance);
    }

    public NewInteraction withDescription(String d) {
        return new NewInteraction(id, type, client, contact, interest, manager, subject, d, start, end, importance);
    }

    public NewInteraction withImportance(Importance i) {
        return new NewInteraction(id, type, client, contact, interest, manager, subject, description, start, end, i);
    }
}
