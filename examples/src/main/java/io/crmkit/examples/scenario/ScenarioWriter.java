package io.crmkit.examples.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.Crm;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.InteractionType;
import io.crmkit.catalog.PortraitField;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.client.Client;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.money.Money;
import io.crmkit.org.Department;
import io.crmkit.org.Manager;
import io.crmkit.org.Scope;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the data of a storage back out in the scenario format: {@code format}, {@code now},
 * {@code zone}, the settings and every record, each list by id. The inquiries a scenario accepted
 * are not written as inquiries (accepting them again would record them twice); what they
 * recorded — clients, interests, interactions — is. Reading the output back gives the same data.
 */
public final class ScenarioWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final ZoneId zone;

    private ScenarioWriter(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The data of {@code crm}'s storage as a scenario document.
     *
     * @param now the moment to write as {@code now}
     */
    public static ObjectNode write(Crm crm, Instant now) {
        ZoneId zone = crm.settings().zone();
        return new ScenarioWriter(zone).document(crm, now);
    }

    private ObjectNode document(Crm crm, Instant now) {
        ObjectNode doc = F.objectNode();
        doc.put("format", ScenarioReader.FORMAT);
        doc.put("now", moment(now));
        doc.put("zone", zone.getId());
        doc.set("settings", settings(crm.settings()));
        ArrayNode deps = doc.putArray("departments");
        for (Department d : crm.org().departments()) {
            ObjectNode o = deps.addObject();
            o.put("id", d.id().value());
            o.put("name", d.name());
            o.put("parent", d.parent() == null ? null : d.parent().value());
            o.put("head", d.head() == null ? null : d.head().value());
            o.put("dailyNormPoints", d.dailyNormPoints());
        }
        ArrayNode mans = doc.putArray("managers");
        for (Manager m : crm.org().managers()) {
            ObjectNode o = mans.addObject();
            o.put("id", m.id().value());
            o.put("name", m.name());
            o.put("email", m.email() == null ? null : m.email().value());
            o.put("department", m.department().value());
            o.put("active", m.active());
        }
        List<Client> clients = crm.clients().inScope(Scope.company());
        ArrayNode cs = doc.putArray("clients");
        for (Client c : clients) {
            ObjectNode o = cs.addObject();
            o.put("id", c.id().value());
            o.put("kind", c.kind().name());
            o.put("name", c.name());
            o.put("manager", c.manager().value());
            o.put("createdAt", moment(c.createdAt()));
            ObjectNode p = o.putObject("portrait");
            c.portrait().forEach(p::put);
            ArrayNode contacts = o.putArray("contacts");
            for (Contact k : c.contacts()) {
                ObjectNode ko = contacts.addObject();
                ko.put("id", k.id().value());
                ko.put("name", k.name());
                ko.put("position", k.position());
                info(ko, k.info());
            }
            if (c.info().reachable()) {
                info(o, c.info());
            }
        }
        ArrayNode is = doc.putArray("interests");
        for (Interest i : crm.interests().inScope(Scope.company())) {
            ObjectNode o = is.addObject();
            o.put("id", i.id().value());
            o.put("client", i.client().value());
            o.put("contact", i.contact() == null ? null : i.contact().value());
            o.put("manager", i.manager().value());
            o.put("funnel", i.funnel());
            o.set("amount", money(i.amount()));
            o.put("expectedClose", i.expectedClose() == null ? null : i.expectedClose().toString());
            o.put("source", i.source());
            ArrayNode h = o.putArray("history");
            for (StageEntry e : i.history()) {
                ObjectNode eo = h.addObject();
                eo.put("stage", e.stage());
                eo.put("at", moment(e.at()));
                eo.put("by", e.by() == null ? null : e.by().value());
            }
            o.put("status", i.status().name());
            o.put("closedAt", i.closedAt() == null ? null : moment(i.closedAt()));
            o.put("lossReason", i.status() == InterestStatus.LOST ? i.lossReason() : null);
        }
        ArrayNode xs = doc.putArray("interactions");
        clients.stream().flatMap(c -> crm.interactions().ofClient(c.id()).stream())
                .sorted(java.util.Comparator.comparing(Interaction::id))
                .forEach(x -> interaction(xs.addObject(), x));
        ArrayNode gs = doc.putArray("productGroups");
        for (ProductGroup g : crm.products().groups()) {
            ObjectNode o = gs.addObject();
            o.put("id", g.id().value());
            o.put("name", g.name());
            o.put("parent", g.parent() == null ? null : g.parent().value());
        }
        ArrayNode ps = doc.putArray("products");
        for (Product p : crm.products().products()) {
            ObjectNode o = ps.addObject();
            o.put("id", p.id().value());
            o.put("name", p.name());
            o.put("group", p.group() == null ? null : p.group().value());
            o.put("unit", p.unit());
        }
        ArrayNode ts = doc.putArray("priceTypes");
        for (PriceType t : crm.products().priceTypes()) {
            ObjectNode o = ts.addObject();
            o.put("code", t.code());
            o.put("name", t.name());
            o.put("currency", t.currency().getCurrencyCode());
        }
        ArrayNode prs = doc.putArray("prices");
        for (Price p : crm.storage().products().prices()) {
            ObjectNode o = prs.addObject();
            o.put("product", p.product().value());
            o.put("priceType", p.priceType());
            o.put("amount", p.amount().toPlainString());
            o.put("validFrom", p.validFrom().toString());
        }
        return doc;
    }

    private void interaction(ObjectNode o, Interaction x) {
        o.put("id", x.id().value());
        o.put("type", x.type());
        o.put("client", x.client().value());
        o.put("contact", x.contact() == null ? null : x.contact().value());
        o.put("interest", x.interest() == null ? null : x.interest().value());
        o.put("manager", x.manager().value());
        o.put("subject", x.subject());
        if (x.description() != null) {
            o.put("description", x.description());
        }
        o.put("plannedStart", moment(x.plannedStart()));
        o.put("plannedEnd", moment(x.plannedEnd()));
        o.put("status", x.status().name());
        o.put("completedAt", x.completedAt() == null ? null : moment(x.completedAt()));
        if (x.result() != null) {
            o.put("result", x.result());
        }
        if (x.importance() != Importance.NORMAL) {
            o.put("importance", x.importance().name());
        }
    }

    private static void info(ObjectNode o, ContactInfo info) {
        ArrayNode phones = o.putArray("phones");
        info.phones().stream().map(Phone::raw).forEach(phones::add);
        ArrayNode emails = o.putArray("emails");
        info.emails().stream().map(Email::value).forEach(emails::add);
    }

    private static ObjectNode money(Money m) {
        if (m == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("amount", m.amount().toPlainString());
        o.put("currency", m.currency().getCurrencyCode());
        return o;
    }

    private static ObjectNode settings(CrmSettings s) {
        ObjectNode o = F.objectNode();
        o.put("defaultPhoneRegion", s.defaultPhoneRegion());
        ArrayNode days = o.putArray("workingDays");
        for (DayOfWeek d : DayOfWeek.values()) {
            if (s.calendar().workingDays().contains(d)) {
                days.add(d.name());
            }
        }
        ArrayNode hol = o.putArray("holidays");
        s.calendar().holidays().stream().sorted().forEach(d -> hol.add(d.toString()));
        ArrayNode extra = o.putArray("extraWorkingDays");
        s.calendar().extraWorkingDays().stream().sorted().forEach(d -> extra.add(d.toString()));
        ObjectNode hours = o.putObject("workingHours");
        hours.put("start", s.calendar().dayStart().toString());
        hours.put("end", s.calendar().dayEnd().toString());
        o.put("warmDays", s.warmDays());
        o.put("defaultNormPoints", s.defaultNormPoints());
        ArrayNode pf = o.putArray("portraitFields");
        for (PortraitField f : s.portraitFields()) {
            pf.addObject().put("key", f.key()).put("label", f.label()).put("required", f.required());
        }
        ArrayNode it = o.putArray("interactionTypes");
        for (InteractionType t : s.interactionTypes()) {
            it.addObject().put("code", t.code()).put("direction", t.direction().name()).put("points", t.points());
        }
        ArrayNode fs = o.putArray("funnels");
        for (SalesFunnel f : s.funnels()) {
            ObjectNode fo = fs.addObject();
            fo.put("code", f.code());
            fo.put("name", f.name());
            ArrayNode st = fo.putArray("stages");
            for (Stage stage : f.stages()) {
                st.addObject().put("code", stage.code()).put("name", stage.name()).put("probability", stage.probability());
            }
        }
        ArrayNode lr = o.putArray("lossReasons");
        s.lossReasons().forEach(lr::add);
        return o;
    }

    private String moment(Instant i) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(zone).toOffsetDateTime());
    }
}
