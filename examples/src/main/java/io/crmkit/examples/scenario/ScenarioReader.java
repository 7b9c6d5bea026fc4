package io.crmkit.examples.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.CrmException;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.Direction;
import io.crmkit.catalog.InteractionType;
import io.crmkit.catalog.PortraitField;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.catalog.WorkingCalendar;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.client.PhoneNormalizer;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.internal.Check;
import io.crmkit.money.Money;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.reports.ControlVariant;
import io.crmkit.reports.ReportRequest;
import io.crmkit.reports.ReportType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads and validates a scenario document (format {@code crmkit-scenario/1}, SCENARIO.md). Every
 * problem is reported as a {@link ScenarioException} naming the JSON path; a document that reads
 * without one can be loaded and run without a validation failure.
 */
public final class ScenarioReader {
    /** The value of the {@code format} member this reader understands. */
    public static final String FORMAT = "crmkit-scenario/1";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> TOP = Set.of("format", "now", "zone", "settings", "departments", "managers",
            "clients", "interests", "interactions", "productGroups", "products", "priceTypes", "prices", "inquiries",
            "reports", "description");
    private static final Set<String> SETTINGS = Set.of("defaultPhoneRegion", "workingDays", "holidays",
            "extraWorkingDays", "workingHours", "warmDays", "portraitFields", "interactionTypes", "funnels",
            "lossReasons", "defaultNormPoints");

    private Instant now;
    private ZoneId zone;
    private CrmSettings settings;
    private PhoneNormalizer phones;
    private final Map<DepartmentId, String> departmentPaths = new LinkedHashMap<>();
    private final Map<ManagerId, Manager> managers = new LinkedHashMap<>();
    private final Map<ClientId, Client> clients = new LinkedHashMap<>();
    private final Map<ContactId, String> contactPaths = new HashMap<>();
    private final Map<InterestId, Interest> interests = new LinkedHashMap<>();
    private final Set<InteractionId> interactionIds = new HashSet<>();
    private final Map<ProductGroupId, ProductGroup> groups = new LinkedHashMap<>();
    private final Map<ProductId, Product> products = new LinkedHashMap<>();
    private final Map<String, PriceType> priceTypes = new LinkedHashMap<>();

    private ScenarioReader() {
    }

    /**
     * Reads a document.
     *
     * @throws ScenarioException for anything that is not valid, naming the JSON path
     * @throws IOException when the stream cannot be read
     */
    public static Scenario read(InputStream in) throws IOException {
        JsonNode json;
        try {
            json = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String where = l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
            throw new ScenarioException("$", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (json == null || json.isMissingNode()) {
            throw new ScenarioException("$", "is empty; expected a JSON object");
        }
        return read(json);
    }

    /**
     * Reads a parsed document.
     *
     * @throws ScenarioException for anything that is not valid, naming the JSON path
     */
    public static Scenario read(JsonNode json) {
        return new ScenarioReader().document(Node.root(json));
    }

    private Scenario document(Node doc) {
        doc.object(TOP);
        String format = doc.req("format").text();
        if (!FORMAT.equals(format)) {
            throw doc.req("format").error("must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        now = doc.reqInstant("now");
        Node z = doc.opt("zone");
        zone = z == null ? java.time.OffsetDateTime.parse(doc.req("now").text()).getOffset() : zone(z);
        settings = settings(doc.opt("settings"));
        phones = new PhoneNormalizer(settings.defaultPhoneRegion());

        List<Department> departments = departments(doc.optArray("departments"));
        List<Manager> managerList = new ArrayList<>();
        for (Node n : doc.optArray("managers")) {
            managerList.add(manager(n));
        }
        Map<DepartmentId, ManagerId> heads = new LinkedHashMap<>();
        for (Node n : doc.optArray("departments")) {
            Node head = n.opt("head");
            if (head != null) {
                heads.put(DepartmentId.of(n.reqText("id")), ref(head, managers.keySet(), ManagerId::of, "manager"));
            }
        }
        List<Client> clientList = new ArrayList<>();
        for (Node n : doc.optArray("clients")) {
            clientList.add(client(n));
        }
        List<Interest> interestList = new ArrayList<>();
        for (Node n : doc.optArray("interests")) {
            interestList.add(interest(n));
        }
        List<Interaction> interactionList = new ArrayList<>();
        for (Node n : doc.optArray("interactions")) {
            interactionList.add(interaction(n));
        }
        List<ProductGroup> groupList = productGroups(doc.optArray("productGroups"));
        List<Product> productList = new ArrayList<>();
        for (Node n : doc.optArray("products")) {
            productList.add(product(n));
        }
        List<PriceType> typeList = new ArrayList<>();
        for (Node n : doc.optArray("priceTypes")) {
            typeList.add(priceType(n));
        }
        List<Price> priceList = prices(doc.optArray("prices"));
        Scenario.DataSet data = new Scenario.DataSet(departments, heads, managerList, clientList, interestList,
                interactionList, groupList, productList, typeList, priceList);
        return new Scenario(now, zone, settings, data, inquiries(doc.optArray("inquiries")), reports(doc.optArray("reports")));
    }

    // ---------------------------------------------------------------- settings

    private static ZoneId zone(Node n) {
        String s = n.nonBlank();
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            throw n.error("is not a time zone id like Europe/Moscow: \"" + s + "\"");
        }
    }

    private CrmSettings settings(Node s) {
        CrmSettings c = CrmSettings.defaults(zone);
        if (s == null) {
            return c;
        }
        s.object(SETTINGS);
        Node region = s.opt("defaultPhoneRegion");
        if (region != null) {
            String r = region.nonBlank();
            domain(region, () -> new PhoneNormalizer(r));
            c = c.withDefaultPhoneRegion(r);
        }
        WorkingCalendar cal = c.calendar();
        if (s.has("workingDays")) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Node d : s.req("workingDays").array()) {
                if (!days.add(d.enumValue(DayOfWeek.class))) {
                    throw d.error("is listed twice");
                }
            }
            cal = new WorkingCalendar(days, cal.holidays(), cal.extraWorkingDays(), cal.dayStart(), cal.dayEnd());
        }
        if (s.has("holidays")) {
            cal = new WorkingCalendar(cal.workingDays(), dates(s.req("holidays")), cal.extraWorkingDays(), cal.dayStart(), cal.dayEnd());
        }
        if (s.has("extraWorkingDays")) {
            cal = new WorkingCalendar(cal.workingDays(), cal.holidays(), dates(s.req("extraWorkingDays")), cal.dayStart(), cal.dayEnd());
        }
        if (s.has("workingHours")) {
            Node h = s.req("workingHours").object(Set.of("start", "end"));
            LocalTime start = time(h.req("start"));
            LocalTime end = time(h.req("end"));
            if (!end.isAfter(start)) {
                throw h.req("end").error("must be after start " + start);
            }
            cal = cal.withHours(start, end);
        }
        c = c.withCalendar(cal);
        if (s.has("warmDays")) {
            Node w = s.req("warmDays");
            int days = w.integer();
            if (days < 0 || days > 36_500) {
                throw w.error("must be between 0 and 36500");
            }
            c = c.withWarmDays(days);
        }
        if (s.has("defaultNormPoints")) {
            Node w = s.req("defaultNormPoints");
            int p = w.integer();
            if (p < 0) {
                throw w.error("must not be negative");
            }
            c = c.withDefaultNormPoints(p);
        }
        if (s.has("portraitFields")) {
            List<PortraitField> fields = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Node f : s.req("portraitFields").array()) {
                f.object(Set.of("key", "label", "required"));
                String key = id(f.req("key"));
                if (!keys.add(key)) {
                    throw f.req("key").error("portrait field \"" + key + "\" is listed twice");
                }
                String label = f.optText("label");
                boolean required = f.has("required") && f.req("required").bool();
                fields.add(domain(f, () -> new PortraitField(key, label, required)));
            }
            c = c.withPortraitFields(fields);
        }
        if (s.has("interactionTypes")) {
            List<InteractionType> types = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (Node t : s.req("interactionTypes").array()) {
                t.object(Set.of("code", "direction", "points"));
                String code = id(t.req("code"));
                if (!codes.add(code)) {
                    throw t.req("code").error("interaction type \"" + code + "\" is listed twice");
                }
                Direction dir = t.has("direction") ? t.req("direction").enumValue(Direction.class) : Direction.NONE;
                Node pn = t.req("points");
                int points = pn.integer();
                if (points < 0) {
                    throw pn.error("must not be negative");
                }
                types.add(domain(t, () -> new InteractionType(code, dir, points)));
            }
            c = c.withInteractionTypes(types);
        }
        if (s.has("funnels")) {
            List<SalesFunnel> funnels = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            Node fs = s.req("funnels");
            for (Node f : fs.array()) {
                f.object(Set.of("code", "name", "stages"));
                String code = id(f.req("code"));
                if (!codes.add(code)) {
                    throw f.req("code").error("funnel \"" + code + "\" is listed twice");
                }
                List<Stage> stages = new ArrayList<>();
                Set<String> stageCodes = new HashSet<>();
                List<Node> sts = f.req("stages").array();
                if (sts.isEmpty()) {
                    throw f.req("stages").error("a funnel needs at least one stage");
                }
                for (Node st : sts) {
                    st.object(Set.of("code", "name", "probability"));
                    String sc = id(st.req("code"));
                    if (!stageCodes.add(sc)) {
                        throw st.req("code").error("stage \"" + sc + "\" is listed twice in funnel " + code);
                    }
                    Node pn = st.req("probability");
                    int p = pn.integer();
                    if (p < 0 || p > 100) {
                        throw pn.error("must be between 0 and 100");
                    }
                    String name = st.optText("name");
                    stages.add(domain(st, () -> new Stage(sc, name, p)));
                }
                String name = f.optText("name");
                funnels.add(domain(f, () -> new SalesFunnel(code, name, stages)));
            }
            if (funnels.isEmpty()) {
                throw fs.error("at least one funnel is required");
            }
            c = c.withFunnels(funnels);
        }
        if (s.has("lossReasons")) {
            List<String> reasons = new ArrayList<>();
            for (Node r : s.req("lossReasons").array()) {
                String reason = r.nonBlank().strip();
                if (reasons.contains(reason)) {
                    throw r.error("loss reason \"" + reason + "\" is listed twice");
                }
                reasons.add(reason);
            }
            c = c.withLossReasons(reasons);
        }
        return c;
    }

    private static Set<LocalDate> dates(Node n) {
        Set<LocalDate> out = new HashSet<>();
        for (Node d : n.array()) {
            out.add(d.date());
        }
        return out;
    }

    private static LocalTime time(Node n) {
        String s = n.text();
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            throw n.error("must be a time like 09:00, not \"" + s + "\"");
        }
    }

    // ---------------------------------------------------------------- organisation

    private List<Department> departments(List<Node> nodes) {
        Map<DepartmentId, Node> byId = new LinkedHashMap<>();
        for (Node n : nodes) {
            n.object(Set.of("id", "name", "parent", "head", "dailyNormPoints"));
            DepartmentId id = DepartmentId.of(id(n.req("id")));
            if (byId.put(id, n) != null) {
                throw n.req("id").error("department \"" + id + "\" is defined twice");
            }
            departmentPaths.put(id, n.path());
        }
        Map<DepartmentId, Department> made = new LinkedHashMap<>();
        for (Node n : nodes) {
            DepartmentId id = DepartmentId.of(n.reqText("id"));
            String name = n.reqText("name");
            DepartmentId parent = n.has("parent") ? ref(n.req("parent"), byId.keySet(), DepartmentId::of, "department") : null;
            if (id.equals(parent)) {
                throw n.req("parent").error("a department cannot be its own parent");
            }
            int norm = settings.defaultNormPoints();
            if (n.has("dailyNormPoints")) {
                norm = n.req("dailyNormPoints").integer();
                if (norm < 0) {
                    throw n.req("dailyNormPoints").error("must not be negative");
                }
            }
            int dailyNorm = norm;
            made.put(id, domain(n, () -> Department.of(id, name, parent, null, dailyNorm)));
        }
        return parentsFirst(made, Department::parent, byId, "departments");
    }

    /**
     * The records with every parent before its children; a cycle of parents is an error at the
     * {@code parent} member of a record on it.
     */
    private static <K, V> List<V> parentsFirst(Map<K, V> records, java.util.function.Function<V, K> parentOf,
                                               Map<K, Node> nodes, String what) {
        List<V> ordered = new ArrayList<>();
        Set<K> placed = new HashSet<>();
        for (K id : records.keySet()) {
            List<K> chain = new ArrayList<>();
            K k = id;
            while (k != null && !placed.contains(k)) {
                if (chain.contains(k)) {
                    throw nodes.get(k).req("parent").error("makes a cycle of parent " + what + " through \"" + k + "\"");
                }
                chain.add(k);
                k = parentOf.apply(records.get(k));
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                placed.add(chain.get(i));
                ordered.add(records.get(chain.get(i)));
            }
        }
        return ordered;
    }

    private Manager manager(Node n) {
        n.object(Set.of("id", "name", "email", "department", "active"));
        ManagerId id = ManagerId.of(id(n.req("id")));
        if (managers.containsKey(id)) {
            throw n.req("id").error("manager \"" + id + "\" is defined twice");
        }
        String name = n.reqText("name");
        Node e = n.opt("email");
        Email email = e == null ? null : email(e);
        DepartmentId dep = ref(n.req("department"), departmentPaths.keySet(), DepartmentId::of, "department");
        boolean active = !n.has("active") || n.req("active").bool();
        Manager m = domain(n, () -> new Manager(id, name, email, dep, active, 0));
        managers.put(id, m);
        return m;
    }

    // ---------------------------------------------------------------- clients

    private Client client(Node n) {
        n.object(Set.of("id", "kind", "name", "manager", "createdAt", "portrait", "contacts", "phones", "emails"));
        ClientId id = ClientId.of(id(n.req("id")));
        if (clients.containsKey(id)) {
            throw n.req("id").error("client \"" + id + "\" is defined twice");
        }
        ClientKind kind = n.req("kind").enumValue(ClientKind.class);
        String name = n.reqText("name");
        ManagerId manager = ref(n.req("manager"), managers.keySet(), ManagerId::of, "manager");
        Instant createdAt = n.has("createdAt") ? n.reqInstant("createdAt") : now;
        Map<String, String> portrait = new LinkedHashMap<>();
        Node p = n.opt("portrait");
        if (p != null) {
            if (!p.json().isObject()) {
                throw p.error("must be an object, not " + Node.kind(p.json()));
            }
            var fields = p.json().fieldNames();
            while (fields.hasNext()) {
                String key = fields.next();
                Node v = new Node(p.json().get(key), p.path() + "." + key);
                if (settings.portraitFields().stream().noneMatch(f -> f.key().equals(key))) {
                    throw v.error("is not a configured portrait field (settings.portraitFields)");
                }
                if (!v.json().isNull()) {
                    String value = v.text();
                    if (!value.isBlank()) {
                        domain(v, () -> Check.name("value", value, 1000));
                        portrait.put(key, value);
                    }
                }
            }
        }
        List<Contact> contacts = new ArrayList<>();
        for (Node c : n.optArray("contacts")) {
            c.object(Set.of("id", "name", "position", "phones", "emails"));
            ContactId cid = ContactId.of(id(c.req("id")));
            String seen = contactPaths.putIfAbsent(cid, c.path());
            if (seen != null) {
                throw c.req("id").error("contact \"" + cid + "\" is defined twice (first at " + seen + ")");
            }
            String cname = c.reqText("name");
            String position = c.optText("position");
            ContactInfo info = info(c);
            contacts.add(domain(c, () -> new Contact(cid, cname, position, info)));
        }
        ContactInfo own = info(n);
        Client client = domain(n, () -> Client.restore(id, kind, name, manager, portrait, contacts, own, createdAt, 0));
        clients.put(id, client);
        return client;
    }

    private ContactInfo info(Node n) {
        List<Phone> ps = new ArrayList<>();
        for (Node ph : n.optArray("phones")) {
            ps.add(phone(ph));
        }
        List<Email> es = new ArrayList<>();
        for (Node em : n.optArray("emails")) {
            es.add(email(em));
        }
        return ContactInfo.of(ps, es);
    }

    private Phone phone(Node n) {
        String raw = n.nonBlank();
        return domain(n, () -> phones.phone("phone", raw));
    }

    private static Email email(Node n) {
        String raw = n.nonBlank();
        if (!Email.isValid(raw.strip())) {
            throw n.error("is not a valid e-mail address: \"" + raw + "\"");
        }
        return Email.of(raw);
    }

    // ---------------------------------------------------------------- interests and interactions

    private Interest interest(Node n) {
        n.object(Set.of("id", "client", "contact", "manager", "funnel", "amount", "expectedClose", "source", "history",
                "status", "closedAt", "lossReason"));
        InterestId id = InterestId.of(id(n.req("id")));
        if (interests.containsKey(id)) {
            throw n.req("id").error("interest \"" + id + "\" is defined twice");
        }
        ClientId clientId = ref(n.req("client"), clients.keySet(), ClientId::of, "client");
        Client client = clients.get(clientId);
        ContactId contact = n.has("contact") ? contactOf(n.req("contact"), client) : null;
        ManagerId manager = n.has("manager") ? ref(n.req("manager"), managers.keySet(), ManagerId::of, "manager") : client.manager();
        SalesFunnel funnel = settings.defaultFunnel();
        if (n.has("funnel")) {
            Node f = n.req("funnel");
            String code = f.nonBlank();
            funnel = settings.findFunnel(code).orElseThrow(() -> f.error("is not a funnel of settings.funnels: \"" + code + "\""));
        }
        Money amount = n.has("amount") ? money(n.req("amount")) : null;
        LocalDate expectedClose = n.optDate("expectedClose");
        String source = n.optText("source");
        Node h = n.req("history");
        List<Node> entries = h.array();
        if (entries.isEmpty()) {
            throw h.error("an interest needs at least its first stage");
        }
        List<StageEntry> history = new ArrayList<>();
        Instant last = null;
        for (Node e : entries) {
            e.object(Set.of("stage", "at", "by"));
            Node st = e.req("stage");
            String stage = st.nonBlank();
            if (funnel.find(stage).isEmpty()) {
                throw st.error("is not a stage of funnel " + funnel.code() + ": \"" + stage + "\"");
            }
            Instant at = e.reqInstant("at");
            if (last != null && at.isBefore(last)) {
                throw e.req("at").error("history entries must be in time order; this one is before the previous one");
            }
            last = at;
            ManagerId by = e.has("by") ? ref(e.req("by"), managers.keySet(), ManagerId::of, "manager") : null;
            history.add(new StageEntry(stage, at, by));
        }
        InterestStatus status = n.has("status") ? n.req("status").enumValue(InterestStatus.class) : InterestStatus.ACTIVE;
        Instant closedAt = n.optInstant("closedAt");
        boolean closed = status == InterestStatus.WON || status == InterestStatus.LOST;
        if (closed && closedAt == null) {
            throw new ScenarioException(n.path() + ".closedAt", "is required for a " + status + " interest");
        }
        if (!closed && closedAt != null) {
            throw n.req("closedAt").error("only a WON or LOST interest has closedAt (status is " + status + ")");
        }
        if (closedAt != null && closedAt.isBefore(last)) {
            throw n.req("closedAt").error("must not be before the last history entry at " + last);
        }
        String lossReason = null;
        if (status == InterestStatus.LOST) {
            Node r = n.opt("lossReason");
            if (r == null || r.text().isBlank()) {
                throw new ScenarioException(n.path() + ".lossReason", "a LOST interest needs a loss reason from settings.lossReasons");
            }
            lossReason = r.text().strip();
            if (!settings.lossReasons().contains(lossReason)) {
                throw r.error("is not one of settings.lossReasons: \"" + r.text() + "\"");
            }
        } else if (n.has("lossReason")) {
            throw n.req("lossReason").error("only a LOST interest has a loss reason (status is " + status + ")");
        }
        String code = funnel.code();
        String reason = lossReason;
        Interest i = domain(n, () -> Interest.restore(id, clientId, contact, manager, code, status, amount, expectedClose,
                source, reason, closedAt, history, 0));
        interests.put(id, i);
        return i;
    }

    private ContactId contactOf(Node n, Client client) {
        ContactId id = ContactId.of(id(n));
        if (client.findContact(id).isEmpty()) {
            throw n.error(contactPaths.containsKey(id)
                    ? "contact \"" + id + "\" is not a contact of client " + client.id()
                    : "is not a known contact: \"" + id + "\"");
        }
        return id;
    }

    private Interaction interaction(Node n) {
        n.object(Set.of("id", "type", "client", "contact", "interest", "manager", "subject", "description",
                "plannedStart", "plannedEnd", "status", "completedAt", "result", "importance"));
        InteractionId id = InteractionId.of(id(n.req("id")));
        if (!interactionIds.add(id)) {
            throw n.req("id").error("interaction \"" + id + "\" is defined twice");
        }
        Node t = n.req("type");
        String type = t.nonBlank();
        if (settings.findInteractionType(type).isEmpty()) {
            throw t.error("is not an interaction type of settings.interactionTypes: \"" + type + "\"");
        }
        ClientId clientId = ref(n.req("client"), clients.keySet(), ClientId::of, "client");
        Client client = clients.get(clientId);
        ContactId contact = n.has("contact") ? contactOf(n.req("contact"), client) : null;
        InterestId interest = null;
        if (n.has("interest")) {
            Node in = n.req("interest");
            interest = ref(in, interests.keySet(), InterestId::of, "interest");
            if (!interests.get(interest).client().equals(clientId)) {
                throw in.error("interest \"" + interest + "\" belongs to client " + interests.get(interest).client()
                        + ", not " + clientId);
            }
        }
        ManagerId manager = n.has("manager") ? ref(n.req("manager"), managers.keySet(), ManagerId::of, "manager") : client.manager();
        String subject = n.optText("subject");
        String description = n.optText("description");
        Instant start = n.reqInstant("plannedStart");
        Instant end = n.reqInstant("plannedEnd");
        if (end.isBefore(start)) {
            throw n.req("plannedEnd").error("must not be before plannedStart " + n.req("plannedStart").text());
        }
        InteractionStatus status = n.req("status").enumValue(InteractionStatus.class);
        Instant completedAt = n.optInstant("completedAt");
        if (status == InteractionStatus.COMPLETED && completedAt == null) {
            throw new ScenarioException(n.path() + ".completedAt", "is required for a COMPLETED interaction");
        }
        if (status != InteractionStatus.COMPLETED && completedAt != null) {
            throw n.req("completedAt").error("only a COMPLETED interaction has completedAt (status is " + status + ")");
        }
        String result = n.optText("result");
        Importance importance = n.has("importance") ? n.req("importance").enumValue(Importance.class) : Importance.NORMAL;
        InterestId in = interest;
        return domain(n, () -> Interaction.restore(id, type, clientId, contact, in, manager, subject, description, start,
                end, status, completedAt, result, importance, null, 0));
    }

    private static Money money(Node n) {
        n.object(Set.of("amount", "currency"));
        BigDecimal amount = n.req("amount").decimal();
        Currency currency = currency(n.req("currency"));
        return domain(n.req("amount"), () -> new Money(amount, currency));
    }

    private static Currency currency(Node c) {
        String code = c.nonBlank();
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw c.error("is not an ISO 4217 currency code: \"" + code + "\"");
        }
    }

    // ---------------------------------------------------------------- products

    private List<ProductGroup> productGroups(List<Node> nodes) {
        Map<ProductGroupId, Node> byId = new LinkedHashMap<>();
        for (Node n : nodes) {
            n.object(Set.of("id", "name", "parent"));
            ProductGroupId id = ProductGroupId.of(id(n.req("id")));
            if (byId.put(id, n) != null) {
                throw n.req("id").error("product group \"" + id + "\" is defined twice");
            }
        }
        Map<ProductGroupId, ProductGroup> made = new LinkedHashMap<>();
        for (Node n : nodes) {
            ProductGroupId id = ProductGroupId.of(n.reqText("id"));
            String name = n.reqText("name");
            ProductGroupId parent = n.has("parent") ? ref(n.req("parent"), byId.keySet(), ProductGroupId::of, "product group") : null;
            if (id.equals(parent)) {
                throw n.req("parent").error("a group cannot be its own parent");
            }
            made.put(id, domain(n, () -> new ProductGroup(id, name, parent)));
        }
        groups.putAll(made);
        return parentsFirst(made, ProductGroup::parent, byId, "groups");
    }

    private Product product(Node n) {
        n.object(Set.of("id", "name", "group", "unit"));
        ProductId id = ProductId.of(id(n.req("id")));
        if (products.containsKey(id)) {
            throw n.req("id").error("product \"" + id + "\" is defined twice");
        }
        String name = n.reqText("name");
        ProductGroupId group = n.has("group") ? ref(n.req("group"), groups.keySet(), ProductGroupId::of, "product group") : null;
        String unit = n.optText("unit");
        Product p = domain(n, () -> new Product(id, name, group, unit));
        products.put(id, p);
        return p;
    }

    private PriceType priceType(Node n) {
        n.object(Set.of("code", "name", "currency"));
        String code = id(n.req("code"));
        if (priceTypes.containsKey(code)) {
            throw n.req("code").error("price type \"" + code + "\" is defined twice");
        }
        String name = n.optText("name");
        Currency currency = currency(n.req("currency"));
        PriceType t = domain(n, () -> new PriceType(code, name, currency));
        priceTypes.put(code, t);
        return t;
    }

    private List<Price> prices(List<Node> nodes) {
        List<Price> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Node n : nodes) {
            n.object(Set.of("product", "priceType", "amount", "validFrom"));
            ProductId product = ref(n.req("product"), products.keySet(), ProductId::of, "product");
            String type = ref(n.req("priceType"), priceTypes.keySet(), s -> s, "price type");
            BigDecimal amount = n.req("amount").decimal();
            LocalDate from = n.reqDate("validFrom");
            String key = product + "|" + type + "|" + from;
            String first = seen.putIfAbsent(key, n.path());
            if (first != null) {
                throw n.req("validFrom").error("product " + product + " already has a " + type + " price from " + from
                        + " (at " + first + ")");
            }
            domain(n.req("amount"), () -> Check.amount("amount", amount));
            out.add(domain(n, () -> new Price(product, type, amount, from)));
        }
        return out;
    }

    // ---------------------------------------------------------------- inquiries

    private List<Scenario.InquiryItem> inquiries(List<Node> nodes) {
        List<Scenario.InquiryItem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n : nodes) {
            n.object(Set.of("id", "at", "manager", "channel", "phone", "email", "name", "company", "note", "key"));
            String id = id(n.req("id"));
            if (!ids.add(id)) {
                throw n.req("id").error("inquiry \"" + id + "\" is defined twice");
            }
            Instant at = n.has("at") ? n.reqInstant("at") : now;
            ManagerId manager = ref(n.req("manager"), managers.keySet(), ManagerId::of, "manager");
            Node ch = n.req("channel");
            Channel channel = ch.enumValue(Channel.class);
            if (settings.findInteractionType(channel.interactionType()).isEmpty()) {
                throw ch.error("is recorded as a " + channel.interactionType()
                        + " interaction, which is not a type of settings.interactionTypes");
            }
            String phone = optString(n, "phone");
            if (phone != null) {
                phone(n.req("phone"));
            }
            String email = optString(n, "email");
            if (email != null) {
                email(n.req("email"));
            }
            String name = optString(n, "name");
            String company = optString(n, "company");
            String note = n.optText("note");
            String key = optString(n, "key");
            if (phone == null && email == null && name == null && company == null) {
                throw n.error("an inquiry needs at least one of phone, email, name, company");
            }
            InquiryRequest r = domain(n, () -> new InquiryRequest(key, at, manager, channel, phone, email, name, company, note, null));
            out.add(new Scenario.InquiryItem(id, n.path(), r));
        }
        return out;
    }

    private static String optString(Node n, String member) {
        String s = n.optText(member);
        return s == null || s.isBlank() ? null : s;
    }

    // ---------------------------------------------------------------- reports

    private static final Map<ReportType, Set<String>> REPORT_MEMBERS = Map.of(
            ReportType.SALES_FUNNEL, Set.of("scope", "from", "to", "funnel"),
            ReportType.AUTOMOTIVATOR, Set.of("scope", "from", "to"),
            ReportType.MANAGER_CONTROL, Set.of("scope", "variant", "from", "to", "funnel"),
            ReportType.PRICE_LIST, Set.of("priceType", "date", "groups", "products"),
            ReportType.MY_TASKS, Set.of("manager"),
            ReportType.MY_SALES, Set.of("manager"),
            ReportType.CALENDAR, Set.of("manager", "from", "to"),
            ReportType.FIND_CLIENT, Set.of("scope", "phone", "email", "nameLike"));

    private List<Scenario.ReportItem> reports(List<Node> nodes) {
        List<Scenario.ReportItem> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node n : nodes) {
            if (!n.json().isObject()) {
                throw n.error("must be an object, not " + Node.kind(n.json()));
            }
            Node nameNode = n.req("name");
            String name = nameNode.nonBlank();
            if ("inquiries".equals(name)) {
                throw nameNode.error("\"inquiries\" is the output member of the inquiries; choose another name");
            }
            if (!names.add(name)) {
                throw nameNode.error("report name \"" + name + "\" is used twice");
            }
            ReportType type = n.req("type").enumValue(ReportType.class);
            Set<String> allowed = new HashSet<>(REPORT_MEMBERS.get(type));
            allowed.add("name");
            allowed.add("type");
            n.object(allowed);
            out.add(new Scenario.ReportItem(n.path(), report(n, name, type)));
        }
        return out;
    }

    private ReportRequest report(Node n, String name, ReportType type) {
        Scope scope = null;
        LocalDate from = null;
        LocalDate to = null;
        String funnel = null;
        ControlVariant variant = null;
        ManagerId manager = null;
        String priceType = null;
        LocalDate date = null;
        List<ProductGroupId> groupIds = List.of();
        List<ProductId> productIds = List.of();
        String phone = null;
        String email = null;
        String nameLike = null;
        switch (type) {
            case SALES_FUNNEL -> {
                scope = scope(n.req("scope"));
                from = n.reqDate("from");
                to = period(n, from);
                funnel = funnel(n);
            }
            case AUTOMOTIVATOR -> {
                scope = scope(n.req("scope"));
                from = n.reqDate("from");
                to = period(n, from);
            }
            case MANAGER_CONTROL -> {
                scope = scope(n.req("scope"));
                variant = n.has("variant") ? n.req("variant").enumValue(ControlVariant.class) : ControlVariant.TRAFFIC_LIGHT;
                boolean needsPeriod = variant == ControlVariant.TOUCHES_PER_CLIENT || variant == ControlVariant.INTERACTIONS
                        || variant == ControlVariant.FUNNEL_DRILLDOWN;
                if (needsPeriod || n.has("from") || n.has("to")) {
                    from = n.reqDate("from");
                    to = period(n, from);
                }
                if (variant == ControlVariant.FUNNEL_DRILLDOWN) {
                    funnel = funnel(n);
                } else if (n.has("funnel")) {
                    throw n.req("funnel").error("is taken by the FUNNEL_DRILLDOWN variant only");
                }
            }
            case PRICE_LIST -> {
                priceType = ref(n.req("priceType"), priceTypes.keySet(), s -> s, "price type");
                date = n.reqDate("date");
                List<ProductGroupId> gs = new ArrayList<>();
                for (Node g : n.optArray("groups")) {
                    gs.add(ref(g, groups.keySet(), ProductGroupId::of, "product group"));
                }
                List<ProductId> ps = new ArrayList<>();
                for (Node p : n.optArray("products")) {
                    ps.add(ref(p, products.keySet(), ProductId::of, "product"));
                }
                groupIds = gs;
                productIds = ps;
            }
            case MY_TASKS, MY_SALES -> manager = ref(n.req("manager"), managers.keySet(), ManagerId::of, "manager");
            case CALENDAR -> {
                manager = ref(n.req("manager"), managers.keySet(), ManagerId::of, "manager");
                from = n.reqDate("from");
                to = period(n, from);
            }
            case FIND_CLIENT -> {
                scope = n.has("scope") ? scope(n.req("scope")) : null;
                phone = optString(n, "phone");
                email = optString(n, "email");
                nameLike = optString(n, "nameLike");
                if (phone == null && email == null && nameLike == null) {
                    throw n.error("FIND_CLIENT needs at least one of phone, email, nameLike");
                }
                for (String m : List.of("phone", "email", "nameLike")) {
                    Node v = n.opt(m);
                    if (v != null && v.text().length() > ("email".equals(m) ? 254 : "phone".equals(m) ? 64 : Check.NAME_MAX)) {
                        throw v.error("is too long");
                    }
                }
            }
            default -> throw n.error("unsupported report type " + type);
        }
        return new ReportRequest(name, type, scope, from, to, funnel, variant, priceType, date, groupIds, productIds,
                manager, phone, email, nameLike);
    }

    private String funnel(Node n) {
        if (!n.has("funnel")) {
            return settings.defaultFunnel().code();
        }
        Node f = n.req("funnel");
        String code = f.nonBlank();
        settings.findFunnel(code).orElseThrow(() -> f.error("is not a funnel of settings.funnels: \"" + code + "\""));
        return code;
    }

    /** The member {@code to}: not before {@code from}, and a period of at most 366 days. */
    private static LocalDate period(Node n, LocalDate from) {
        LocalDate to = n.reqDate("to");
        if (to.isBefore(from)) {
            throw n.req("to").error("must not be before from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= 366) {
            throw n.req("to").error("a period covers at most 366 days");
        }
        return to;
    }

    private Scope scope(Node n) {
        n.object(Set.of("manager", "department", "company"));
        int given = (n.has("manager") ? 1 : 0) + (n.has("department") ? 1 : 0) + (n.has("company") ? 1 : 0);
        if (given != 1) {
            throw n.error("a scope is exactly one of {\"manager\": ID}, {\"department\": ID}, {\"company\": true}");
        }
        if (n.has("manager")) {
            return Scope.own(ref(n.req("manager"), managers.keySet(), ManagerId::of, "manager"));
        }
        if (n.has("department")) {
            return Scope.department(ref(n.req("department"), departmentPaths.keySet(), DepartmentId::of, "department"));
        }
        if (!n.req("company").bool()) {
            throw n.req("company").error("must be true");
        }
        return Scope.company();
    }

    // ---------------------------------------------------------------- helpers

    /** An id: a non-blank string of at most 100 characters without whitespace. */
    private static String id(Node n) {
        String s = n.nonBlank();
        return domain(n, () -> Check.id("id", s));
    }

    private static <K> K ref(Node n, Set<K> known, java.util.function.Function<String, K> make, String what) {
        K k = make.apply(id(n));
        if (!known.contains(k)) {
            throw n.error("refers to an unknown " + what + ": \"" + n.text() + "\"");
        }
        return k;
    }

    /** Runs a domain constructor, turning its {@link CrmException} into a failure at {@code n}'s path. */
    private static <T> T domain(Node n, Supplier<T> make) {
        try {
            return make.get();
        } catch (CrmException e) {
            String msg = e.getMessage();
            String field = e.field();
            String problem = field != null && msg.startsWith(field + ": ") ? msg.substring(field.length() + 2) : msg;
            String member = field == null ? "" : field.contains(".") ? field.substring(field.indexOf('.') + 1) : "";
            String path = member.isEmpty() || member.contains("[") ? n.path() : n.path() + "." + member;
            if (field != null && !member.isEmpty() && !n.has(member.contains(".") ? member.substring(0, member.indexOf('.')) : member)) {
                path = n.path();
                problem = field + ": " + problem;
            }
            throw new ScenarioException(path, problem);
        }
    }
}
