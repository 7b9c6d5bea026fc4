package io.crmkit.reports;

import io.crmkit.inquiry.ClientMatch;
import java.util.List;

/** FIND_CLIENT: the clients found, phone matches first, then e-mail, then name, each group by client id. */
public record ClientMatches(List<ClientMatch> matches) {
    public ClientMatches {
        matches = List.copyOf(matches);
    }
}
