package io.crmkit.inquiry;

import io.crmkit.client.ClientId;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;

/** What accepting an inquiry recorded: the client (new or found), the interest (new or joined) and the interaction. */
public record InquiryResult(InquiryId inquiry, ClientId client, boolean newClient, InterestId interest,
                            boolean newInterest, InteractionId interaction) {
}
