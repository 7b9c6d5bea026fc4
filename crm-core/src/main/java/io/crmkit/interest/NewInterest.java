package io.crmkit.interest;

import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.money.Money;
import io.crmkit.org.ManagerId;
import java.time.LocalDate;

/**
 * An interest to open.
 *
 * @param id      the id, or {@code null} to let crmkit choose one
 * @param manager the responsible manager, or {@code null} for the client's
 * @param funnel  the funnel code, or {@code null} for the default funnel
 * @param stage   the first stage, or {@code null} for the funnel's first stage
 */
public record NewInterest(InterestId id, ClientId client, ContactId contact, ManagerId manager, String funnel,
                          String stage, Money amount, LocalDate expectedClose, String source) {
    public static NewInterest of(ClientId client) {
        return new NewInterest(null, client, null, null, null, null, null, null, null);
    }

    public NewInterest withAmount(Money m) {
        return new NewInterest(id, client, contact, manager, funnel, stage, m, expectedClose, source);
    }

    public NewInterest withContact(ContactId c) {
        return new NewInterest(id, client, c, manager, funnel, stage, amount, expectedClose, source);
    }

    public NewInterest withManager(ManagerId m) {
        return new NewInterest(id, client, contact, m, funnel, stage, amount, expectedClose, source);
    }

    public NewInterest inFunnel(String f) {
        return new NewInterest(id, client, contact, manager, f, stage, amount, expectedClose, source);
    }

    public NewInterest atStage(String s) {
        return new NewInterest(id, client, contact, manager, funnel, s, amount, expectedClose, source);
    }

    public NewInterest withId(InterestId i) {
        return new NewInterest(i, client, contact, manager, funnel, stage, amount, expectedClose, source);
    }

    public NewInterest withSource(String s) {
        return new NewInterest(id, client, contact, manager, funnel, stage, amount, expectedClose, s);
    }
}
