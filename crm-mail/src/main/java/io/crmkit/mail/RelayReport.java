package io.crmkit.mail;

import java.util.List;

/**
 * What one {@link OutboxRelay#sendDue()} did.
 *
 * @param sent     ids of the letters sent
 * @param retrying ids of the letters whose send failed and that will be tried again later
 * @param failed   ids of the letters given up (now FAILED): too many attempts, or a letter that can
 *                 never be sent as it is
 */
public record RelayReport(List<String> sent, List<String> retrying, List<String> failed) {
    public RelayReport {
        sent = List.copyOf(sent);
        retrying = List.copyOf(retrying);
        failed = List.copyOf(failed);
    }
}
