package io.crmkit.reports;

import io.crmkit.internal.Check;
import io.crmkit.report.ReportQueries.ClientFacts;
import java.util.function.Predicate;

/**
 * One indicator of the traffic light: a check a client passes or fails. Indicators are small
 * immutable strategies; a host composes them with severities in {@link ControlRule}s.
 */
public interface ControlIndicator {
    /** The stable code shown in {@code failed}, e.g. {@code ACTIVE_INTEREST}. */
    String code();

    /** Whether the client passes the indicator. */
    boolean passes(ClientFacts client);

    /** The client has an ACTIVE interest (whoever manages it). */
    ControlIndicator ACTIVE_INTEREST = of("ACTIVE_INTEREST", ClientFacts::hasActiveInterest);
    /** The client has no overdue interaction. */
    ControlIndicator NO_OVERDUE = of("NO_OVERDUE", c -> c.overdue() == 0);
    /** Every required portrait field has a non-blank value. */
    ControlIndicator PORTRAIT_FILLED = of("PORTRAIT_FILLED", ClientFacts::portraitFilled);
    /** The client has at least one contact and every contact has a phone or an e-mail. */
    ControlIndicator CONTACT_INFO_FILLED = of("CONTACT_INFO_FILLED", ClientFacts::contactInfoFilled);

    /**
     * An indicator from a code and a check.
     *
     * @throws io.crmkit.InvalidInputException for a blank code or a null check
     */
    static ControlIndicator of(String code, Predicate<ClientFacts> check) {
        String c = Check.id("indicator.code", code);
        Check.notNull("indicator.check", check);
        return new ControlIndicator() {
            @Override
            public String code() {
                return c;
            }

            @Override
            public boolean passes(ClientFacts client) {
                return check.test(client);
            }

            @Override
            public String toString() {
                return c;
            }
        };
    }
}
