package io.crmkit.catalog;

import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every host-configurable rule and catalog of crmkit, with the defaults of SPEC.md. Immutable;
 * the {@code with…} methods return a changed copy.
 *
 * @param zone               the zone in which moments become dates (days of reports, "today")
 * @param defaultPhoneRegion the ISO 3166 region used to read phone numbers written without a country code
 * @param calendar           working days and hours
 * @param warmDays           a client with a touch in this many days is warm
 * @param portraitFields     the portrait fields; the required ones make a portrait "filled"
 * @param interactionTypes   the interaction type catalog with points
 * @param funnels            the sales funnels; the first is the default funnel
 * @param lossReasons        the reasons an interest may be lost for
 * @param defaultNormPoints  the daily norm of a department that names none
 */
public record CrmSettings(ZoneId zone, String defaultPhoneRegion, WorkingCalendar calendar, int warmDays,
                          List<PortraitField> portraitFields, List<InteractionType> interactionTypes,
                          List<SalesFunnel> funnels, List<String> lossReasons, int defaultNormPoints) {
    public CrmSettings {
        Check.notNull("zone", zone);
        Check.id("defaultPhoneRegion", defaultPhoneRegion);
        Check.notNull("calendar", calendar);
        Check.range("warmDays", warmDays, 0, 36_500);
        portraitFields = Check.list("portraitFields", portraitFields);
        interactionTypes = Check.list("interactionTypes", interactionTypes);
        funnels = Check.list("funnels", funnels);
        lossReasons = Check.list("lossReasons", lossReasons);
        Check.range("defaultNormPoints", defaultNormPoints, 0, 1_000_000);
        if (funnels.isEmpty()) {
            throw new InvalidInputException("funnels", "[]", "at least one funnel is required");
        }
        unique("portraitFields", portraitFields.stream().map(PortraitField::key).toList());
        unique("interactionTypes", interactionTypes.stream().map(InteractionType::code).toList());
        unique("funnels", funnels.stream().map(SalesFunnel::code).toList());
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < lossReasons.size(); i++) {
            reasons.add(Check.name("lossReasons[" + i + "]", lossReasons.get(i)));
        }
        lossReasons = List.copyOf(reasons);
        unique("lossReasons", lossReasons);
    }

    private static void unique(String field, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String k : keys) {
            if (!seen.add(k)) {
                throw new InvalidInputException(field, k, "is listed twice");
            }
        }
    }

    public static final List<String> DEFAULT_LOSS_REASONS = List.of("Price too high", "Lost to a competitor",
            "No budget", "No response", "Requirements not met", "Purchase cancelled");

    public static List<InteractionType> defaultInteractionTypes() {
        return List.of(
                new InteractionType(InteractionType.OUTGOING_CALL, Direction.OUT, 2),
                new InteractionType(InteractionType.INCOMING_CALL, Direction.IN, 1),
                new InteractionType(InteractionType.MEETING, Direction.NONE, 8),
                new InteractionType(InteractionType.OUTGOING_LETTER, Direction.OUT, 1),
                new InteractionType(InteractionType.INCOMING_LETTER, Direction.IN, 1),
                new InteractionType(InteractionType.TASK, Direction.NONE, 1));
    }

    public static List<PortraitField> defaultPortraitFields() {
        return List.of(new PortraitField("industry", "Industry", true), new PortraitField("size", "Size", true),
                new PortraitField("region", "Region", true), new PortraitField("source", "Source", true));
    }

    /** The defaults of SPEC.md, with dates taken in {@code zone}. */
    public static CrmSettings defaults(ZoneId zone) {
        return new CrmSettings(zone, "RU", WorkingCalendar.mondayToFriday(), 30, defaultPortraitFields(),
                defaultInteractionTypes(), List.of(SalesFunnel.defaultFunnel()), DEFAULT_LOSS_REASONS, 48);
    }

    /** The defaults of SPEC.md in {@code Europe/Moscow}. */
    public static CrmSettings defaults() {
        return defaults(ZoneId.of("Europe/Moscow"));
    }

    public CrmSettings withZone(ZoneId z) {
        return new CrmSettings(z, defaultPhoneRegion, calendar, warmDays, portraitFields, interactionTypes, funnels, lossReasons, defaultNormPoints);
    }

    public CrmSettings withDefaultPhoneRegion(String r) {
        return new CrmSettings(zone, r, calendar, warmDays, portraitFields, interactionTypes, funnels, lossReasons, defaultNormPoints);
    }

    public CrmSettings withCalendar(WorkingCalendar c) {
        return new CrmSettings(zone, defaultPhoneRegion, c, warmDays, portraitFields, interactionTypes, funnels, lossReasons, defaultNormPoints);
    }

    public CrmSettings withWarmDays(int d) {
        return new CrmSettings(zone, defaultPhoneRegion, calendar, d, portraitFields, interactionTypes, funnels, lossReasons, defaultNormPoints);
    }

    public CrmSettings withPortraitFields(List<PortraitField> f) {
        return new CrmSettings(zone, defaultPhoneRegion, calendar, warmDays, f, interactionTypes, funnels, lossReasons, defaultNormPoints);
    }

    public CrmSettings withInteractionTypes(List<InteractionType> t) {
        return new CrmSettings(zone, defaultPhoneRegion, calendar, warmDays, portraitFields, t, funnels, lossReasons, defaultNormPoints);
    }

    public CrmSettings withFunnels(List<SalesFunnel> f) {
        return new CrmSettings(zone, defaultPhoneRegion, calendar, warmDays, portraitFields, interactionTypes, f, lossReasons, defaultNormPoints);
    }

    public CrmSettings withLossReasons(List<String> r) {
        return new CrmSettings(zone, defaultPhoneRegion, calendar, warmDays, portraitFields, interactionTypes, funnels, r, defaultNormPoints);
    }

    public CrmSettings withDefaultNormPoints(int n) {
        return new CrmSettings(zone, defaultPhoneRegion, calendar, warmDays, portraitFields, interactionTypes, funnels, lossReasons, n);
    }

    /** The default funnel: the one with code {@code DEFAULT}, else the first. */
    public SalesFunnel defaultFunnel() {
        return findFunnel(SalesFunnel.DEFAULT_CODE).orElse(funnels.get(0));
    }

    public Optional<SalesFunnel> findFunnel(String code) {
        return funnels.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The funnel with this code, or {@link InvalidInputException} naming {@code field}. */
    public SalesFunnel funnel(String field, String code) {
        return findFunnel(code).orElseThrow(() -> new InvalidInputException(field, code, "is not a configured funnel"));
    }

    public Optional<InteractionType> findInteractionType(String code) {
        return interactionTypes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The interaction type with this code, or {@link InvalidInputException} naming {@code field}. */
    public InteractionType interactionType(String field, String code) {
        return findInteractionType(code).orElseThrow(() -> new InvalidInputException(field, code, "is not a configured interaction type"));
    }

    /** The points of a type; 0 for a type no longer in the catalog. */
    public int points(String typeCode) {
        return findInteractionType(typeCode).map(InteractionType::points).orElse(0);
    }

    /** Checks a loss reason against the catalog. */
    public String lossReason(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(field, reason, "a loss needs a reason");
        }
        if (!lossReasons.contains(reason.strip())) {
            throw new InvalidInputException(field, reason, "is not a configured loss reason");
        }
        return reason.strip();
    }
}
