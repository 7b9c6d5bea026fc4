package io.crmkit.examples.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.Crm;
import io.crmkit.CrmException;
import io.crmkit.InvalidInputException;
import io.crmkit.agenda.MySales;
import io.crmkit.agenda.MyTasks;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.Email;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.ClientMatch;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestService;
import io.crmkit.internal.CrmContext;
import io.crmkit.money.Money;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.ReportJson;
import io.crmkit.reports.ReportRequest;
import io.crmkit.reports.ReportRequestJson;
import io.crmkit.reports.Reports;
import io.crmkit.reports.PriceList;
import io.crmkit.reports.PriceListPdf;
import io.crmkit.mail.OutgoingLetter;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.reports.TrafficLight;
import io.crmkit.examples.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web front end of the examples: a JSON API over crmkit for front-end teams (docs/WEB.md) and
 * one page ({@code /}) that uses it. Bad input answers with a JSON error and an HTTP status from
 * the {@link CrmException}'s code: 400 invalid input, 404 not found, 409 conflict or invalid
 * state, 403 access denied, 503 storage failure.
 */
public final class WebApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final Crm crm;
    private final Javalin app;

    private WebApp(Crm crm) {
        this.crm = crm;
        this.app = Javalin.create(cfg -> {
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            cfg.startup.showJavalinBanner = false;
            routes(cfg.routes);
        });
    }

    /**
     * Starts the server on {@code host} and {@code port} (0 picks a free port).
     *
     * @param crm the crmkit to serve; its clock is "now" for My tasks and the reports
     */
    public static WebApp start(Crm crm, String host, int port) {
        WebApp w = new WebApp(crm);
        w.app.start(host, port);
        LOG.info("crmkit web on http://{}:{}/", host, w.app.port());
        return w;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops the server. */
    @Override
    public void close() {
        app.stop();
    }

    private void routes(io.javalin.config.RoutesConfig r) {
        r.exception(CrmException.class, (e, ctx) -> error(ctx, status(e), e.code(), e.field(), e.value(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "INTERNAL", null, null, "the server failed; see its log");
        });
        r.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
                error(ctx, 404, "NOT_FOUND", "path", ctx.path(), "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });

        r.get("/api/now", ctx -> {
            Instant now = crm.clock().instant();
            java.time.ZonedDateTime local = now.atZone(crm.settings().zone());
            json(ctx, F.objectNode().put("now", moment(now)).put("today", local.toLocalDate().toString())
                    .put("zone", crm.settings().zone().getId())
                    .put("nextHour", local.plusHours(1).truncatedTo(java.time.temporal.ChronoUnit.HOURS).toLocalDateTime().toString()));
        });
        r.get("/api/traffic-light", ctx -> {
            TrafficLight t = Reports.of(crm).trafficLight(scope(param(ctx, "scope", true)));
            ObjectNode o = (ObjectNode) ReportJson.render(t);
            ObjectNode names = o.putObject("names");
            t.clients().forEach(c -> names.put(c.client().value(), c.name()));
            json(ctx, o);
        });
        r.get("/api/managers", ctx -> {
            ArrayNode a = F.arrayNode();
            crm.org().managers().forEach(m -> a.addObject().put("id", m.id().value()).put("name", m.name())
                    .put("department", m.department().value()));
            json(ctx, a);
        });
        r.get("/api/departments", ctx -> {
            ArrayNode a = F.arrayNode();
            crm.org().departments().forEach(d -> a.addObject().put("id", d.id().value()).put("name", d.name())
                    .put("parent", d.parent() == null ? null : d.parent().value()));
            json(ctx, a);
        });
        r.get("/api/clients/search", this::search);
        r.get("/api/clients/{id}", ctx -> json(ctx, client(crm.clients().get(ClientId.of(ctx.pathParam("id")), scopeOrCompany(ctx)))));
        r.post("/api/inquiries", this::accept);
        r.get("/api/my-tasks", this::myTasks);
        r.get("/api/my-sales", this::mySales);
        r.get("/api/interests/{id}", ctx -> json(ctx, interest(crm.interests().get(InterestId.of(ctx.pathParam("id")), scopeOrCompany(ctx)))));
        r.post("/api/interests/{id}/move", this::move);
        r.post("/api/interactions", this::plan);
        r.post("/api/interactions/{id}/complete", ctx -> {
            JsonNode b = body(ctx);
            json(ctx, interaction(crm.interactions().complete(InteractionId.of(ctx.pathParam("id")), text(b, "result", false))));
        });
        r.post("/api/interactions/{id}/cancel", ctx -> {
            JsonNode b = body(ctx);
            json(ctx, interaction(crm.interactions().cancel(InteractionId.of(ctx.pathParam("id")), text(b, "reason", false))));
        });
        r.get("/api/calendar", this::calendar);
        r.get("/api/reports/{type}", this::reportFromQuery);
        r.get("/api/price-list.pdf", ctx -> {
            PriceList list = priceList(ctx.queryParam("priceType"), ctx.queryParam("date"), ctx.queryParam("groups"),
                    ctx.queryParam("products"));
            ctx.contentType("application/pdf");
            ctx.header("Content-Disposition", "inline; filename=\"price-list-" + list.priceType() + "-" + list.date() + ".pdf\"");
            ctx.result(PriceListPdf.render(list));
        });
        r.post("/api/price-list/send", ctx -> {
            JsonNode b = body(ctx);
            PriceList list = priceList(text(b, "priceType", true), text(b, "date", false), null, null);
            String contact = text(b, "contact", false);
            OutgoingLetter letter = Reports.of(crm).sendPriceList(list, ClientId.of(text(b, "client", true)),
                    contact == null ? null : io.crmkit.client.ContactId.of(contact), ManagerId.of(text(b, "manager", true)));
            ctx.status(202);
            ArrayNode to = F.arrayNode();
            letter.to().forEach(a -> to.add(a.email().value()));
            ObjectNode o = F.objectNode().put("letter", letter.id()).put("subject", letter.subject())
                    .put("status", letter.status().name());
            o.set("to", to);
            json(ctx, o);
        });
        r.post("/api/reports", ctx -> {
            JsonNode b = body(ctx);
            if (b.isObject() && !b.has("name")) {
                ((ObjectNode) b).put("name", "report");
            }
            json(ctx, report(ReportRequestJson.parse(b, "body")));
        });
    }

    // ------------------------------------------------------------------ handlers

    /** The {@code scope} query parameter, or the whole company when there is none (the example has no login). */
    private Scope scopeOrCompany(Context ctx) {
        String scopeParam = ctx.queryParam("scope");
        return scopeParam == null ? Scope.company() : scope(scopeParam);
    }

    private void search(Context ctx) {
        String q = param(ctx, "q", true);
        Scope scope = scopeOrCompany(ctx);
        String digits = q.replaceAll("\\D", "");
        String phone = digits.length() >= 5 && q.matches("[+0-9 ()\\-]+") ? q : null;
        String email = Email.isValid(q.strip()) ? q.strip() : null;
        List<ClientMatch> found = crm.inquiries().search(new ClientSearch(phone, email, phone == null ? q : null), scope);
        ArrayNode a = F.arrayNode();
        for (ClientMatch m : found.subList(0, Math.min(found.size(), 20))) {
            ObjectNode o = a.addObject();
            o.put("client", m.client().value());
            o.put("name", m.clientName());
            o.put("contact", m.contact() == null ? null : m.contact().value());
            o.put("matchedBy", m.matchedBy().name());
            o.put("exact", m.exact());
            ArrayNode ai = o.putArray("activeInterests");
            m.activeInterests().forEach(i -> ai.add(i.value()));
            ArrayNode pi = o.putArray("plannedInteractions");
            m.plannedInteractions().forEach(i -> pi.add(i.value()));
        }
        json(ctx, F.objectNode().set("matches", a));
    }

    private void accept(Context ctx) {
        JsonNode b = body(ctx);
        Channel channel = enumOf(Channel.class, text(b, "channel", true), "channel");
        String confirmed = text(b, "confirmedClient", false);
        InquiryRequest req = new InquiryRequest(text(b, "key", false), null, ManagerId.of(text(b, "manager", true)), channel,
                text(b, "phone", false), text(b, "email", false), text(b, "name", false), text(b, "company", false),
                text(b, "note", false), confirmed == null ? null : ClientId.of(confirmed));
        InquiryResult r = crm.inquiries().accept(req);
        ObjectNode o = F.objectNode();
        o.put("inquiry", r.inquiry().value());
        o.put("client", r.client().value());
        o.put("newClient", r.newClient());
        o.put("interest", r.interest().value());
        o.put("newInterest", r.newInterest());
        o.put("interaction", r.interaction().value());
        ctx.status(201);
        json(ctx, o);
    }

    private void myTasks(Context ctx) {
        ManagerId manager = ManagerId.of(param(ctx, "manager", true));
        MyTasks t = Reports.of(crm).myTasks(manager);
        ObjectNode o = (ObjectNode) ReportJson.render(t);
        ObjectNode details = o.putObject("interactions");
        Map<ClientId, String> names = new HashMap<>();
        for (List<Interaction> list : List.of(t.overdue(), t.today(), t.upcoming())) {
            for (Interaction x : list) {
                details.set(x.id().value(), interaction(x, names));
            }
        }
        json(ctx, o);
    }

    private void mySales(Context ctx) {
        ManagerId manager = ManagerId.of(param(ctx, "manager", true));
        MySales s = Reports.of(crm).mySales(manager);
        ObjectNode o = (ObjectNode) ReportJson.render(s);
        ObjectNode interests = o.putObject("interests");
        ObjectNode next = o.putObject("interactions");
        Map<ClientId, String> names = new HashMap<>();
        for (MySales.Column c : s.stages()) {
            for (MySales.Card card : c.interests()) {
                ObjectNode i = interest(card.interest());
                i.put("clientName", card.clientName());
                interests.set(card.interest().id().value(), i);
                if (card.next() != null) {
                    next.set(card.next().id().value(), interaction(card.next(), names));
                }
            }
        }
        ArrayNode stages = o.putArray("funnel");
        crm.settings().defaultFunnel().stages().forEach(st -> stages.addObject().put("code", st.code()).put("name", st.name())
                .put("probability", st.probability()));
        json(ctx, o);
    }

    private void move(Context ctx) {
        JsonNode b = body(ctx);
        InterestId id = InterestId.of(ctx.pathParam("id"));
        ManagerId by = ManagerId.of(text(b, "by", true));
        long version = b.hasNonNull("version") ? integer(b, "version") : InterestService.ANY_VERSION;
        String stage = text(b, "stage", false);
        Interest moved;
        if (stage == null) {
            CrmContext.expectVersion("interest.version", id, version, crm.interests().get(id).version());
            moved = crm.interests().advance(id, by);
        } else {
            moved = crm.interests().moveTo(id, version, stage, by);
        }
        json(ctx, interest(moved));
    }

    private void plan(Context ctx) {
        JsonNode b = body(ctx);
        String interest = text(b, "interest", false);
        String contact = text(b, "contact", false);
        String manager = text(b, "manager", false);
        String importance = text(b, "importance", false);
        NewInteraction n = new NewInteraction(null, text(b, "type", true), ClientId.of(text(b, "client", true)),
                contact == null ? null : io.crmkit.client.ContactId.of(contact),
                interest == null ? null : InterestId.of(interest), manager == null ? null : ManagerId.of(manager),
                text(b, "subject", false), text(b, "description", false), moment(b, "start"), moment(b, "end"),
                importance == null ? null : enumOf(Importance.class, importance, "importance"));
        Interaction x = crm.interactions().plan(n);
        ctx.status(201);
        json(ctx, interaction(x));
    }

    private void calendar(Context ctx) {
        ManagerId manager = ManagerId.of(param(ctx, "manager", true));
        LocalDate from = date(param(ctx, "from", true), "from");
        LocalDate to = date(param(ctx, "to", true), "to");
        var view = Reports.of(crm).calendar(manager, from, to);
        ObjectNode o = (ObjectNode) ReportJson.render(view);
        ObjectNode details = o.putObject("interactions");
        Map<ClientId, String> names = new HashMap<>();
        view.days().forEach(d -> d.interactions().forEach(x -> details.set(x.id().value(), interaction(x, names))));
        json(ctx, o);
    }

    private void reportFromQuery(Context ctx) {
        ObjectNode req = F.objectNode();
        req.put("name", ctx.pathParam("type"));
        req.put("type", ctx.pathParam("type").toUpperCase(Locale.ROOT));
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            String v = e.getValue().get(0);
            switch (e.getKey()) {
                case "scope" -> req.set("scope", scopeJson(v));
                case "groups", "products" -> {
                    ArrayNode a = req.putArray(e.getKey());
                    for (String s : v.split(",")) {
                        if (!s.isBlank()) {
                            a.add(s.strip());
                        }
                    }
                }
                default -> req.put(e.getKey(), v);
            }
        }
        json(ctx, report(ReportRequestJson.parse(req, "query")));
    }

    /** A price list; {@code date} defaults to today, groups and products are comma-separated ids. */
    private PriceList priceList(String priceType, String date, String groups, String products) {
        if (priceType == null || priceType.isBlank()) {
            throw new InvalidInputException("priceType", null, "is required");
        }
        LocalDate d = date == null || date.isBlank() ? LocalDate.now(crm.clock()) : date(date, "date");
        return Reports.of(crm).priceList(priceType, d, ids(groups, ProductGroupId::of), ids(products, ProductId::of));
    }

    private static <T> List<T> ids(String csv, java.util.function.Function<String, T> make) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(make).toList();
    }

    private JsonNode report(ReportRequest r) {
        return ReportJson.render(Reports.of(crm).build(r));
    }

    // ------------------------------------------------------------------ JSON views

    private ObjectNode client(Client c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id().value());
        o.put("kind", c.kind().name());
        o.put("name", c.name());
        o.put("manager", c.manager().value());
        ObjectNode p = o.putObject("portrait");
        c.portrait().forEach(p::put);
        ArrayNode contacts = o.putArray("contacts");
        c.contacts().forEach(k -> {
            ObjectNode ko = contacts.addObject().put("id", k.id().value()).put("name", k.name()).put("position", k.position());
            ArrayNode ph = ko.putArray("phones");
            k.info().phones().forEach(x -> ph.add(x.raw()));
            ArrayNode em = ko.putArray("emails");
            k.info().emails().forEach(x -> em.add(x.value()));
        });
        return o;
    }

    private ObjectNode interest(Interest i) {
        ObjectNode o = F.objectNode();
        o.put("id", i.id().value());
        o.put("client", i.client().value());
        o.put("manager", i.manager().value());
        o.put("funnel", i.funnel());
        o.put("stage", i.currentStage());
        o.put("status", i.status().name());
        o.set("amount", money(i.amount()));
        o.put("createdAt", moment(i.createdAt()));
        o.put("version", i.version());
        return o;
    }

    private ObjectNode interaction(Interaction x) {
        return interaction(x, new HashMap<>());
    }

    private ObjectNode interaction(Interaction x, Map<ClientId, String> names) {
        ObjectNode o = F.objectNode();
        o.put("id", x.id().value());
        o.put("type", x.type());
        o.put("client", x.client().value());
        o.put("clientName", names.computeIfAbsent(x.client(), c -> crm.storage().clients().find(c).map(Client::name).orElse(c.value())));
        o.put("interest", x.interest() == null ? null : x.interest().value());
        o.put("manager", x.manager().value());
        o.put("subject", x.subject());
        o.put("plannedStart", moment(x.plannedStart()));
        o.put("plannedEnd", moment(x.plannedEnd()));
        o.put("status", x.status().name());
        o.put("overdue", x.isOverdue(crm.clock().instant()));
        o.put("points", crm.settings().points(x.type()));
        return o;
    }

    private static ObjectNode money(Money m) {
        return m == null ? null : F.objectNode().put("amount", m.toPlainString()).put("currency", m.currency().getCurrencyCode());
    }

    private String moment(Instant i) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(crm.settings().zone()).toOffsetDateTime());
    }

    // ------------------------------------------------------------------ input

    private static JsonNode body(Context ctx) {
        String b = ctx.body();
        if (b == null || b.isBlank()) {
            return F.objectNode();
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(b);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", b, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (!n.isObject()) {
            throw new InvalidInputException("body", n.getNodeType().name().toLowerCase(Locale.ROOT), "must be a JSON object");
        }
        return n;
    }

    private static String text(JsonNode b, String member, boolean required) {
        JsonNode v = b.get(member);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) {
                throw new InvalidInputException(member, null, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException(member, v.toString(), "must be a string");
        }
        return v.asText();
    }

    private static long integer(JsonNode b, String member) {
        JsonNode v = b.get(member);
        if (!v.isIntegralNumber()) {
            throw new InvalidInputException(member, v.toString(), "must be a whole number");
        }
        return v.longValue();
    }

    /** A moment with an offset, or a local date-time read in the crm's zone. */
    private Instant moment(JsonNode b, String member) {
        String s = text(b, member, true);
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(s).atZone(crm.settings().zone()).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidInputException(member, s,
                        "must be a moment like 2026-03-13T10:00:00+03:00, or a local 2026-03-13T10:00 in zone " + crm.settings().zone());
            }
        }
    }

    private static LocalDate date(String s, String field) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, s, "must be a date like 2026-03-13");
        }
    }

    private static String param(Context ctx, String name, boolean required) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            if (required) {
                throw new InvalidInputException(name, null, "is required");
            }
            return null;
        }
        return v;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new InvalidInputException(field, value, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** {@code company}, {@code department:ID} or {@code manager:ID}. */
    private static Scope scope(String s) {
        return ReportRequestJson.scope(scopeJson(s), "scope");
    }

    private static ObjectNode scopeJson(String s) {
        if ("company".equals(s)) {
            return F.objectNode().put("company", true);
        }
        int colon = s.indexOf(':');
        String kind = colon < 0 ? s : s.substring(0, colon);
        String id = colon < 0 ? "" : s.substring(colon + 1);
        if (("department".equals(kind) || "manager".equals(kind)) && !id.isBlank()) {
            return F.objectNode().put(kind, id);
        }
        throw new InvalidInputException("scope", s, "must be company, department:ID or manager:ID");
    }

    // ------------------------------------------------------------------ output

    private static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Json.compact(n));
    }

    private static int status(CrmException e) {
        return switch (e.code()) {
            case "INVALID_INPUT" -> 400;
            case "NOT_FOUND" -> 404;
            case "CONFLICT", "INVALID_STATE" -> 409;
            case "ACCESS_DENIED" -> 403;
            case "STORAGE" -> 503;
            default -> 500;
        };
    }

    private static void error(Context ctx, int status, String code, String field, String value, String message) {
        ObjectNode e = F.objectNode();
        e.put("code", code);
        e.put("field", field);
        e.put("value", value);
        e.put("message", message);
        ctx.status(status);
        json(ctx, F.objectNode().set("error", e));
    }
}
