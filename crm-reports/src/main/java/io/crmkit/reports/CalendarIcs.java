package io.crmkit.reports;

import io.crmkit.StorageException;
import io.crmkit.agenda.CalendarView;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.internal.Check;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Exports a calendar as iCalendar (RFC 5545, with ical4j): one VEVENT per interaction, times in
 * UTC. The UID of an event is {@code <interaction id>@<domain>}, so that exporting again updates
 * the same events in a calendar program instead of adding copies; SEQUENCE is the interaction's
 * version. PLANNED and COMPLETED interactions are CONFIRMED. An interaction without duration has
 * no DTEND (RFC 5545 wants DTEND after DTSTART).
 *
 * <pre>{@code
 * String ics = CalendarIcs.export(crm.agenda().calendar(manager, from, to), crm.clock().instant(), "crm.example.com");
 * }</pre>
 */
public final class CalendarIcs {
    /** The domain part of UIDs when a host names none. */
    public static final String DEFAULT_DOMAIN = "crmkit";

    private CalendarIcs() {
    }

    /**
     * The iCalendar text of a calendar.
     *
     * @param stamp  the DTSTAMP of every event (take it from the crm's clock)
     * @param domain the right-hand side of every UID, e.g. the host's domain
     * @throws io.crmkit.InvalidInputException for a null view or stamp, or a blank or spaced domain
     */
    public static String export(CalendarView view, Instant stamp, String domain) {
        Check.notNull("calendar", view);
        Check.notNull("stamp", stamp);
        String d = Check.id("domain", domain);
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//crmkit//calendar 1.0//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (CalendarView.Day day : view.days()) {
            for (Interaction x : day.interactions()) {
                cal.add(event(x, stamp, d));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(cal, out);
        } catch (IOException | ValidationException e) {
            throw new StorageException("ical", "cannot write the calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** As {@link #export(CalendarView, Instant, String)} with {@link #DEFAULT_DOMAIN}. */
    public static String export(CalendarView view, Instant stamp) {
        return export(view, stamp, DEFAULT_DOMAIN);
    }

    /** The stable UID of an interaction's event. */
    public static String uid(Interaction x, String domain) {
        return x.id().value() + "@" + domain;
    }

    private static VEvent event(Interaction x, Instant stamp, String domain) {
        VEvent e = new VEvent(false);
        e.add(new Uid(uid(x, domain)));
        e.add(new DtStamp(stamp));
        e.add(new DtStart<>(x.plannedStart()));
        if (x.plannedEnd().isAfter(x.plannedStart())) {
            e.add(new DtEnd<>(x.plannedEnd()));
        }
        e.add(new Summary(x.subject() == null ? x.type() : x.subject()));
        if (x.description() != null) {
            e.add(new Description(x.description()));
        }
        e.add(new Categories(x.type()));
        e.add(new Status(x.status() == InteractionStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        e.add(new Sequence((int) Math.min(Integer.MAX_VALUE, x.version())));
        return e;
    }
}
