package io.crmkit.inquiry;

import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;
import java.util.List;

/**
 * A client found for an inquiry: how it matched, the first contact that matched ({@code null}
 * when only the client itself did), its active interests by id and its planned interactions by
 * planned start.
 */
public record ClientMatch(ClientId client, String clientName, ContactId contact, MatchKind matchedBy,
                          List<InterestId> activeInterests, List<InteractionId> plannedInteractions) {
    public ClientMatch {
        activeInterests = List.copyOf(activeInterests);
        plannedInteractions = List.copyOf(plannedInteractions);
    }

    /** Whether this match links an inquiry by itself (an exact phone or e-mail key), not merely suggests. */
    public boolean exact() {
        return matchedBy != MatchKind.NAME;
    }
}
