package io.crmkit.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.InvalidInputException;
import io.crmkit.StorageException;
import io.crmkit.agenda.CalendarView;
import io.crmkit.agenda.MySales;
import io.crmkit.agenda.MyTasks;
import io.crmkit.inquiry.ClientMatch;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.money.Money;
import io.crmkit.money.MoneySum;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Renders every report as JSON in the shape of SCENARIO.md (the members it names, in its order,
 * followed by a few extra members) and, for the shapes SCENARIO.md leaves to crmkit, in the shapes
 * documented in docs/REPORTS.md. Money amounts are decimal strings with two decimals (half-up); a
 * sum of money is an object keyed by currency ({@code {}} when empty); ratios are numbers with at
 * most 4 decimals and mean values at most 2, {@code null} when there is nothing to divide by.
 *
 * <pre>{@code
 * JsonNode node = ReportJson.render(Reports.of(crm).trafficLight(Scope.company()));
 * String text = ReportJson.write(node);
 * }</pre>
 */
public final class ReportJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ReportJson() {
    }

    /**
     * Renders a report made by {@link Reports}: a {@link SalesFunnelReport}, {@link Automotivator},
     * {@link TrafficLight}, a {@link ManagerControl} shape, {@link PriceList}, {@link MyTasks},
     * {@link MySales}, {@link CalendarView} or {@link ClientMatches}.
     *
     * @throws InvalidInputException for anything else
     */
    public static JsonNode render(Object report) {
        if (report instanceof SalesFunnelReport r) {
            return funnel(r);
        } else if (report instanceof Automotivator r) {
            return automotivator(r);
        } else if (report instanceof TrafficLight r) {
            return trafficLight(r);
        } else if (report instanceof ManagerControl.Touches r) {
            return touches(r);
        } else if (report instanceof ManagerControl.WarmClients r) {
            ObjectNode o = F.objectNode();
            o.set("clients", ids(r.clients()));
            o.put("warmDays", r.warmDays());
            return o;
        } else if (report instanceof ManagerControl.Interactions r) {
            return interactions(r);
        } else if (report instanceof ManagerControl.Interests r) {
            return interests(r);
        } else if (report instanceof ManagerControl.Clients r) {
            return clients(r);
        } else if (report instanceof ManagerControl.ClientsAndInterests r) {
            return clientsAndInterests(r);
        } else if (report instanceof ManagerControl.FunnelDrilldown r) {
            return drilldown(r.funnel());
        } else if (report instanceof PriceList r) {
            return priceList(r);
        } else if (report instanceof MyTasks r) {
            return myTasks(r);
        } else if (report instanceof MySales r) {
            return mySales(r);
        } else if (report instanceof CalendarView r) {
            return calendar(r);
        } else if (report instanceof ClientMatches r) {
            return matches(r);
        }
        throw new InvalidInputException("report", report == null ? null : report.getClass().getName(), "is not a crmkit report");
    }

    /** The JSON text of a node, indented. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new StorageException("json", "cannot write a report: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON text of a report, indented. */
    public static String write(Object report) {
        return write(render(report));
    }

    // ---------------------------------------------------------------------------------------------

    static ObjectNode funnel(SalesFunnelReport r) {
        ObjectNode o = F.objectNode();
        o.put("funnel", r.funnel());
        ArrayNode stages = o.putArray("stages");
        for (SalesFunnelReport.StageRow s : r.stages()) {
            ObjectNode n = stages.addObject();
            n.put("code", s.code());
            n.put("activeCount", s.activeCount());
            n.set("activeAmount", sum(s.activeAmount()));
            n.set("weightedAmount", sum(s.weightedAmount()));
            n.set("activeInterests", ids(s.activeInterests()));
            n.put("reached", s.reached());
            n.put("conversionToNext", s.conversionToNext());
            n.put("lostAt", s.lostAt());
            n.put("meanDaysInStage", s.meanDaysInStage());
            n.put("name", s.stage().name());
            n.put("probability", s.stage().probability());
        }
        o.put("won", r.wonCount());
        o.put("lost", r.lostCount());
        o.put("from", r.from().toString());
        o.put("to", r.to().toString());
        o.put("cohort", r.cohort().size());
        return o;
    }

    static ObjectNode drilldown(SalesFunnelReport r) {
        ObjectNode o = F.objectNode();
        o.put("funnel", r.funnel());
        o.put("from", r.from().toString());
        o.put("to", r.to().toString());
        ArrayNode stages = o.putArray("stages");
        for (SalesFunnelReport.StageRow s : r.stages()) {
            ObjectNode n = stages.addObject();
            n.put("code", s.code());
            n.set("active", ids(s.activeInterests()));
            n.set("reached", ids(s.reachedInterests()));
            n.set("converted", ids(s.convertedInterests()));
            n.set("lostAt", ids(s.lostAtInterests()));
        }
        o.set("cohort", ids(r.cohort()));
        o.set("won", ids(r.won()));
        o.set("lost", ids(r.lost()));
        return o;
    }

    static ObjectNode automotivator(Automotivator r) {
        ObjectNode o = F.objectNode();
        ArrayNode managers = o.putArray("managers");
        for (Automotivator.ManagerRow m : r.managers()) {
            ObjectNode n = managers.addObject();
            n.put("manager", m.manager().value());
            n.put("norm", m.norm());
            ArrayNode days = n.putArray("days");
            for (Automotivator.Day d : m.days()) {
                ObjectNode dn = days.addObject();
                dn.put("date", d.date().toString());
                dn.put("workingDay", d.workingDay());
                dn.put("planned", d.planned());
                dn.put("earned", d.earned());
                dn.put("fulfilment", d.fulfilment());
            }
            n.put("earned", m.earned());
            n.put("normTotal", m.normTotal());
            n.put("fulfilment", m.fulfilment());
            n.put("plannedStability", m.plannedStability());
            n.put("earnedStability", m.earnedStability());
            n.put("planned", m.planned());
            n.put("workingDays", m.workingDays());
        }
        return o;
    }

    static ObjectNode trafficLight(TrafficLight r) {
        ObjectNode o = F.objectNode();
        ArrayNode clients = o.putArray("clients");
        for (TrafficLight.ClientRow c : r.clients()) {
            ObjectNode n = clients.addObject();
            n.put("client", c.client().value());
            n.put("manager", c.manager().value());
            n.put("colour", c.colour().name());
            ArrayNode failed = n.putArray("failed");
            c.failed().forEach(failed::add);
            n.put("overdue", c.overdue());
        }
        ArrayNode managers = o.putArray("managers");
        for (TrafficLight.ManagerCounts m : r.managers()) {
            ObjectNode n = managers.addObject();
            n.put("manager", m.manager().value());
            counts(n, m.counts());
        }
        counts(o.putObject("totals"), r.totals());
        ArrayNode departments = o.putArray("departments");
        for (TrafficLight.DepartmentCounts d : r.departments()) {
            ObjectNode n = departments.addObject();
            n.put("department", d.department().value());
            counts(n, d.counts());
        }
        return o;
    }

    private static void counts(ObjectNode n, TrafficLight.Counts c) {
        n.put("red", c.red());
        n.put("yellow", c.yellow());
        n.put("green", c.green());
    }

    static ObjectNode touches(ManagerControl.Touches r) {
        ObjectNode o = F.objectNode();
        ArrayNode clients = o.putArray("clients");
        for (ManagerControl.ClientTouches c : r.clients()) {
            ObjectNode n = clients.addObject();
            n.put("client", c.client().value());
            n.put("touches", c.touches());
        }
        o.put("meanTouches", r.meanTouches());
        return o;
    }

    static ObjectNode interactions(ManagerControl.Interactions r) {
        return perManager(r.managers(), ManagerControl.InteractionRow::manager, r.totals(), ReportJson::interactionCounts);
    }

    /** {@code {"managers": [{"manager": ID, …row}], "totals": {…row}}}, the shape of the per-manager control variants. */
    private static <R> ObjectNode perManager(List<R> rows, Function<R, ManagerId> manager,
                                             R totals, BiConsumer<ObjectNode, R> fill) {
        ObjectNode o = F.objectNode();
        ArrayNode managers = o.putArray("managers");
        for (R row : rows) {
            ObjectNode n = managers.addObject();
            n.put("manager", manager.apply(row).value());
            fill.accept(n, row);
        }
        fill.accept(o.putObject("totals"), totals);
        return o;
    }

    private static void interactionCounts(ObjectNode n, ManagerControl.InteractionRow m) {
        n.put("planned", m.planned());
        n.put("completed", m.completed());
        n.put("cancelled", m.cancelled());
        n.put("overdue", m.overdue());
        n.put("points", m.points());
        n.put("completionRate", m.completionRate());
    }

    static ObjectNode interests(ManagerControl.Interests r) {
        ObjectNode o = F.objectNode();
        ArrayNode managers = o.putArray("managers");
        for (ManagerControl.InterestRow m : r.managers()) {
            ObjectNode n = managers.addObject();
            n.put("manager", m.manager().value());
            statuses(n.putObject("byStatus"), m.byStatus());
            n.put("winRate", m.winRate());
        }
        ObjectNode t = o.putObject("totals");
        statuses(t.putObject("byStatus"), r.totals());
        t.put("winRate", r.winRate());
        return o;
    }

    private static void statuses(ObjectNode n, Map<InterestStatus, ManagerControl.StatusTally> byStatus) {
        for (InterestStatus s : InterestStatus.values()) {
            ManagerControl.StatusTally t = byStatus.getOrDefault(s, ManagerControl.StatusTally.ZERO);
            ObjectNode sn = n.putObject(s.name());
            sn.put("count", t.count());
            sn.set("amount", sum(t.amount()));
        }
    }

    static ObjectNode clients(ManagerControl.Clients r) {
        return perManager(r.managers(), ManagerControl.ClientsRow::manager, r.totals(), ReportJson::clientCounts);
    }

    private static void clientCounts(ObjectNode n, ManagerControl.ClientsRow m) {
        n.put("clients", m.clients());
        n.put("warm", m.warm());
        n.put("withActiveInterest", m.withActiveInterest());
        n.put("withOverdue", m.withOverdue());
        n.put("portraitFilled", m.portraitFilled());
        n.put("contactInfoFilled", m.contactInfoFilled());
    }

    static ObjectNode clientsAndInterests(ManagerControl.ClientsAndInterests r) {
        ObjectNode o = F.objectNode();
        ArrayNode clients = o.putArray("clients");
        for (ManagerControl.ClientInterests c : r.clients()) {
            ObjectNode n = clients.addObject();
            n.put("client", c.client().value());
            n.put("manager", c.manager().value());
            n.set("active", ids(c.active()));
            n.set("suspended", ids(c.suspended()));
            n.set("won", ids(c.won()));
            n.set("lost", ids(c.lost()));
            n.set("activeAmount", sum(c.activeAmount()));
        }
        return o;
    }

    static ObjectNode priceList(PriceList r) {
        ObjectNode o = F.objectNode();
        o.put("priceType", r.priceType());
        o.put("currency", r.currency());
        o.put("date", r.date().toString());
        ArrayNode groups = o.putArray("groups");
        for (PriceList.Group g : r.groups()) {
            ObjectNode n = groups.addObject();
            n.put("group", g.group() == null ? null : g.group().value());
            n.put("name", g.name());
            ArrayNode items = n.putArray("items");
            for (PriceList.Item i : g.items()) {
                ObjectNode in = items.addObject();
                in.put("product", i.product().value());
                in.put("name", i.name());
                in.put("unit", i.unit());
                in.put("price", Ratios.money(i.price()));
            }
            n.put("depth", g.depth());
        }
        return o;
    }

    static ObjectNode myTasks(MyTasks r) {
        ObjectNode o = F.objectNode();
        o.set("overdue", interactionIds(r.overdue()));
        o.set("today", interactionIds(r.today()));
        o.set("upcoming", interactionIds(r.upcoming()));
        ArrayNode pending = o.putArray("pendingInquiries");
        for (Inquiry q : r.pendingInquiries()) {
            pending.add(q.id().value());
        }
        return o;
    }

    static ObjectNode mySales(MySales r) {
        ObjectNode o = F.objectNode();
        ArrayNode stages = o.putArray("stages");
        for (MySales.Column c : r.stages()) {
            ObjectNode n = stages.addObject();
            n.put("code", c.stage().code());
            ArrayNode interests = n.putArray("interests");
            for (MySales.Card card : c.interests()) {
                ObjectNode cn = interests.addObject();
                cn.put("interest", card.interest().id().value());
                cn.put("client", card.interest().client().value());
                cn.set("amount", money(card.interest().amount()));
                cn.put("nextInteraction", card.next() == null ? null : card.next().id().value());
            }
        }
        o.set("withoutNextStep", ids(r.withoutNextStep()));
        return o;
    }

    static ObjectNode calendar(CalendarView r) {
        ObjectNode o = F.objectNode();
        ArrayNode days = o.putArray("days");
        for (CalendarView.Day d : r.days()) {
            ObjectNode n = days.addObject();
            n.put("date", d.date().toString());
            n.set("interactions", interactionIds(d.interactions()));
            n.put("hours", Ratios.plain(d.hours().setScale(2, RoundingMode.HALF_UP)));
            n.put("points", d.points());
            ArrayNode overlaps = n.putArray("overlaps");
            for (List<InteractionId> pair : d.overlaps()) {
                overlaps.add(ids(pair));
            }
            n.put("workingDay", d.workingDay());
            ArrayNode free = n.putArray("freeSlots");
            for (CalendarView.Slot s : d.freeSlots()) {
                ObjectNode sn = free.addObject();
                sn.put("start", s.start().toOffsetDateTime().toString());
                sn.put("end", s.end().toOffsetDateTime().toString());
            }
        }
        return o;
    }

    static ObjectNode matches(ClientMatches r) {
        ObjectNode o = F.objectNode();
        ArrayNode matches = o.putArray("matches");
        for (ClientMatch m : r.matches()) {
            ObjectNode n = matches.addObject();
            n.put("client", m.client().value());
            n.put("contact", m.contact() == null ? null : m.contact().value());
            n.put("matchedBy", m.matchedBy().name());
            n.set("activeInterests", ids(m.activeInterests()));
        }
        return o;
    }

    // ---------------------------------------------------------------------------------------------

    /** A sum of money: {@code {"RUB": "450000.00"}}, currencies by code, {@code {}} when empty. */
    public static ObjectNode sum(MoneySum s) {
        ObjectNode o = F.objectNode();
        s.rounded().forEach(o::put);
        return o;
    }

    /** An amount of money: {@code {"amount": "150000.00", "currency": "RUB"}}, or JSON null. */
    public static JsonNode money(Money m) {
        if (m == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("amount", m.toPlainString());
        o.put("currency", m.currency().getCurrencyCode());
        return o;
    }

    /** A scope: {@code {"manager": ID}}, {@code {"department": ID}} or {@code {"company": true}}. */
    public static ObjectNode scope(Scope s) {
        ObjectNode o = F.objectNode();
        if (s instanceof Scope.Own own) {
            o.put("manager", own.manager().value());
        } else if (s instanceof Scope.OfDepartment d) {
            o.put("department", d.department().value());
        } else {
            o.put("company", true);
        }
        return o;
    }

    private static ArrayNode ids(Collection<?> ids) {
        ArrayNode a = F.arrayNode();
        for (Object id : ids) {
            a.add(String.valueOf(id));
        }
        return a;
    }

    private static ArrayNode interactionIds(List<Interaction> xs) {
        ArrayNode a = F.arrayNode();
        for (Interaction x : xs) {
            a.add(x.id().value());
        }
        return a;
    }

}
