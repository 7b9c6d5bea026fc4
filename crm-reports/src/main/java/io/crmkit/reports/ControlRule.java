package io.crmkit.reports;

import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator of the traffic light with the colour a client gets when it fails it. A client's
 * colour is the most severe colour among its failed indicators, GREEN when it fails none.
 *
 * @param whenFailed RED or YELLOW
 */
public record ControlRule(ControlIndicator indicator, Colour whenFailed) {
    /**
     * The default rules of SPEC.md, in the order of {@code failed}: no active interest or an overdue
     * interaction is RED; an unfilled portrait or contact info is YELLOW.
     */
    public static final List<ControlRule> DEFAULTS = List.of(
            new ControlRule(ControlIndicator.ACTIVE_INTEREST, Colour.RED),
            new ControlRule(ControlIndicator.NO_OVERDUE, Colour.RED),
            new ControlRule(ControlIndicator.PORTRAIT_FILLED, Colour.YELLOW),
            new ControlRule(ControlIndicator.CONTACT_INFO_FILLED, Colour.YELLOW));

    public ControlRule {
        Check.notNull("rule.indicator", indicator);
        Check.notNull("rule.whenFailed", whenFailed);
        if (whenFailed == Colour.GREEN) {
            throw new InvalidInputException("rule.whenFailed", whenFailed,
                    "a failed indicator must make a client RED or YELLOW (indicator " + indicator.code() + ")");
        }
    }

    /**
     * Checks a list of rules: not empty, no null, each indicator code once.
     *
     * @throws InvalidInputException naming the offending entry
     */
    public static List<ControlRule> checked(List<ControlRule> rules) {
        List<ControlRule> list = Check.list("rules", rules);
        if (list.isEmpty()) {
            throw new InvalidInputException("rules", "[]", "the traffic light needs at least one rule");
        }
        Set<String> codes = new HashSet<>();
        for (ControlRule r : list) {
            if (!codes.add(r.indicator().code())) {
                throw new InvalidInputException("rules", r.indicator().code(), "an indicator is listed twice");
            }
        }
        return list;
    }
}
