package io.crmkit.it.support;

import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.NewInterest;
import io.crmkit.money.Money;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.tx.IdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A randomly generated CRM world and, beside it, an independent model of what was generated: the
 * org chart (departments with parents and heads, managers with departments), clients with their
 * phone and e-mail keys and names, interests, interactions and pending inquiries. The data goes in
 * through crmkit's public services only; the model is kept by this class alone, so the oracles
 * computed from it do not share code with crmkit.
 *
 * <p>The period straddles the daylight-saving change of 2026-03-29 in Europe/Berlin.
 */
public final class World {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** "Now" of every query: two days after the clocks went forward. */
    public static final Instant NOW = ZonedDateTime.of(2026, 3, 31, 15, 0, 0, 0, ZONE).toInstant();

    /** Phone keys of the shared phone pool and the ways each is written. */
    public static final List<String> PHONE_KEYS = List.of("+79120000001", "+79120000002", "+79120000003", "+79160000004");
    public static final List<String> EMAILS = List.of("ivan@romashka.example", "anna@vasilek.example",
            "olga@lilia.example", "info@tulip.example");
    public static final List<String> NAME_PROBES = List.of("roma", "ivan", "PETR", "a", "лия", "zzz");
    private static final List<String> CLIENT_NAMES = List.of("Romashka", "Vasilek", "Romashka Plus", "Lilia Trade",
            "ООО Лилия", "Tulip");
    private static final List<String> CONTACT_NAMES = List.of("Ivan Ivanov", "Anna Petrova", "Petr Ivanovich", "Olga",
            "Мария Петровна");
    private static final List<String> TYPES = List.of("OUTGOING_CALL", "INCOMING_CALL", "MEETING", "OUTGOING_LETTER",
            "INCOMING_LETTER", "TASK");

    /** A client as the model knows it. */
    public static final class MClient {
        public final String id;
        public final String name;
        public String manager;
        public final List<String> names = new ArrayList<>();
        public final Set<String> phoneKeys = new TreeSet<>();
        public final Set<String> emailKeys = new TreeSet<>();

        MClient(String id, String name, String manager) {
            this.id = id;
            this.name = name;
            this.manager = manager;
            names.add(name);
        }
    }

    /** An interest as the model knows it. */
    public static final class MInterest {
        public final String id;
        public final String client;
        public String manager;
        public InterestStatus status = InterestStatus.ACTIVE;
        public String stage;
        public final Instant createdAt;
        public final List<String> stages = new ArrayList<>();
        public final Money amount;

        MInterest(String id, String client, String manager, String stage, Instant createdAt, Money amount) {
            this.id = id;
            this.client = client;
            this.manager = manager;
            this.stage = stage;
            this.createdAt = createdAt;
            this.amount = amount;
            stages.add(stage);
        }
    }

    /** An interaction as the model knows it. */
    public static final class MInteraction {
        public final String id;
        public final String client;
        public final String interest;
        public final String manager;
        public final String type;
        public InteractionStatus status = InteractionStatus.PLANNED;
        public final Instant start;
        public final Instant end;
        public Instant completedAt;

        MInteraction(String id, String client, String interest, String manager, String type, Instant start, Instant end) {
            this.id = id;
            this.client = client;
            this.interest = interest;
            this.manager = manager;
            this.type = type;
            this.start = start;
            this.end = end;
        }

        public boolean overdue(Instant now) {
            return status == InteractionStatus.PLANNED && end.isBefore(now);
        }
    }

    /** A pending (registered, not accepted) inquiry. */
    public record MInquiry(String id, String manager, Instant at) {
    }

    public final Storage storage;
    public final MutableClock clock = new MutableClock(NOW, ZONE);
    public final Crm crm;
    public final CrmSettings settings = CrmSettings.defaults(ZONE);
    public final SalesFunnel funnel = settings.defaultFunnel();

    /** Department id → parent id ({@code null} for a top-level department). */
    public final Map<String, String> deptParent = new TreeMap<>();
    /** Department id → head ({@code null} for none). */
    public final Map<String, String> deptHead = new TreeMap<>();
    /** Manager id → department id. */
    public final Map<String, String> managerDept = new TreeMap<>();
    public final Map<String, MClient> clients = new TreeMap<>();
    public final Map<String, MInterest> interests = new TreeMap<>();
    public final Map<String, MInteraction> interactions = new TreeMap<>();
    public final Map<String, MInquiry> pending = new TreeMap<>();
    /** Every generation step, for the failure message. */
    public final List<String> log = new ArrayList<>();

    public World(Storage storage) {
        this.storage = storage;
        this.crm = Crm.builder().storage(storage).clock(clock).settings(settings).ids(IdGenerator.sequential("g-")).build();
    }

    // ------------------------------------------------------------------ generation

    /**
     * Adds a random slice of org chart and data, every record id starting with {@code prefix}. New
     * departments may hang below departments of earlier slices, and new clients, interests and
     * interactions may be managed by earlier managers, so slices are not isolated from each other.
     */
    public void generate(Random r, String prefix) {
        List<String> newDepts = new ArrayList<>();
        int nd = 1 + r.nextInt(5);
        for (int i = 0; i < nd; i++) {
            String id = prefix + "d" + (10 + r.nextInt(90)) + "-" + i;
            List<String> candidates = new ArrayList<>(deptParent.keySet());
            String parent = candidates.isEmpty() || r.nextInt(4) == 0 ? null : candidates.get(r.nextInt(candidates.size()));
            crm.org().addDepartment(DepartmentId.of(id), "Department " + id, parent == null ? null : DepartmentId.of(parent), 10 + r.nextInt(40));
            deptParent.put(id, parent);
            deptHead.put(id, null);
            newDepts.add(id);
            log.add("department " + id + " under " + parent);
        }
        int nm = 1 + r.nextInt(7);
        for (int i = 0; i < nm; i++) {
            String id = prefix + "m" + (10 + r.nextInt(90)) + "-" + i;
            String dept = pick(r, new ArrayList<>(deptParent.keySet()));
            crm.org().addManager(ManagerId.of(id), "Manager " + id, r.nextBoolean() ? null : "m" + i + "@crm.example", DepartmentId.of(dept));
            managerDept.put(id, dept);
            log.add("manager " + id + " in " + dept);
        }
        for (String d : newDepts) {
            if (r.nextInt(10) < 7) {
                setHead(d, pick(r, managers()));
            }
        }
        int nc = r.nextInt(9);
        for (int i = 0; i < nc; i++) {
            addClient(r, prefix + "c" + (10 + r.nextInt(90)) + "-" + i);
        }
        int ni = clients.isEmpty() ? 0 : r.nextInt(10);
        for (int i = 0; i < ni; i++) {
            addInterest(r, prefix + "i" + (10 + r.nextInt(90)) + "-" + i);
        }
        int nx = clients.isEmpty() ? 0 : r.nextInt(12);
        for (int i = 0; i < nx; i++) {
            addInteraction(r, prefix + "x" + (10 + r.nextInt(90)) + "-" + i);
        }
        int nq = r.nextInt(3);
        for (int i = 0; i < nq; i++) {
            acceptInquiry(r, prefix + "key-" + i);
        }
        if (r.nextInt(3) == 0) {
            register(r, prefix + "pending-" + r.nextInt(1000));
        }
        reorganize(r);
        clock.set(NOW);
    }

    private void setHead(String dept, String manager) {
        crm.org().setHead(DepartmentId.of(dept), ManagerId.of(manager));
        deptHead.put(dept, manager);
        log.add("head of " + dept + " is " + manager);
    }

    private void addClient(Random r, String id) {
        String manager = pick(r, managers());
        String name = pick(r, CLIENT_NAMES) + (r.nextBoolean() ? "" : " " + id);
        NewClient nc = new NewClient(ClientId.of(id), r.nextBoolean() ? ClientKind.ORGANIZATION : ClientKind.PERSON, name,
                ManagerId.of(manager), portrait(r), List.of(), clock.instant());
        MClient mc = new MClient(id, name, manager);
        int contacts = r.nextInt(3);
        for (int k = 0; k < contacts; k++) {
            String cname = pick(r, CONTACT_NAMES);
            List<String> phones = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            if (r.nextBoolean()) {
                int p = r.nextInt(PHONE_KEYS.size());
                phones.add(written(r, PHONE_KEYS.get(p)));
                mc.phoneKeys.add(PHONE_KEYS.get(p));
            }
            if (r.nextBoolean()) {
                String e = pick(r, EMAILS);
                emails.add(r.nextBoolean() ? e : e.toUpperCase(Locale.ROOT));
                mc.emailKeys.add(e);
            }
            nc = nc.withContact(new NewContact(null, cname, null, phones, emails));
            mc.names.add(cname);
        }
        crm.clients().create(nc);
        if (r.nextInt(5) == 0) {
            int p = r.nextInt(PHONE_KEYS.size());
            crm.clients().setOwnContactInfo(ClientId.of(id), List.of(written(r, PHONE_KEYS.get(p))), List.of());
            mc.phoneKeys.add(PHONE_KEYS.get(p));
        }
        clients.put(id, mc);
        log.add("client " + id + " '" + name + "' of " + manager + " phones " + mc.phoneKeys + " emails " + mc.emailKeys);
    }

    private static Map<String, String> portrait(Random r) {
        Map<String, String> p = new HashMap<>();
        for (String k : List.of("industry", "size", "region", "source")) {
            if (r.nextInt(3) > 0) {
                p.put(k, k + "-value");
            }
        }
        return p;
    }

    /** The phone key written as a person would: international, national with the trunk 8, or bare. */
    static String written(Random r, String key) {
        String national = key.substring(2);
        return switch (r.nextInt(3)) {
            case 0 -> "+7 (" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6, 8)
                    + "-" + national.substring(8);
            case 1 -> "8 " + national.substring(0, 3) + " " + national.substring(3, 6) + " " + national.substring(6, 8)
                    + " " + national.substring(8);
            default -> national;
        };
    }

    private void addInterest(Random r, String id) {
        MClient client = pick(r, new ArrayList<>(clients.values()));
        String manager = r.nextBoolean() ? client.manager : pick(r, managers());
        Instant t = NOW.minus(Duration.ofMinutes(r.nextInt(30 * 24 * 60)));
        clock.set(t);
        Money amount = switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> Money.of(String.valueOf(1000 + r.nextInt(100_000)), "RUB");
            default -> Money.of(r.nextInt(5000) + ".50", "EUR");
        };
        String by = pick(r, managers());
        crm.interests().open(NewInterest.of(ClientId.of(client.id)).withId(InterestId.of(id)).withManager(ManagerId.of(manager))
                .withAmount(amount), ManagerId.of(by));
        MInterest mi = new MInterest(id, client.id, manager, funnel.first().code(), t, amount);
        interests.put(id, mi);
        log.add("interest " + id + " of " + client.id + " by " + manager + " at " + t);
        int steps = r.nextInt(5);
        for (int s = 0; s < steps; s++) {
            t = t.plus(Duration.ofMinutes(1 + r.nextInt(3 * 24 * 60)));
            if (t.isAfter(NOW)) {
                break;
            }
            clock.set(t);
            InterestId iid = InterestId.of(id);
            ManagerId actor = ManagerId.of(pick(r, managers()));
            int op = r.nextInt(10);
            if (mi.status == InterestStatus.ACTIVE && op < 6) {
                String stage;
                do {
                    stage = funnel.stages().get(r.nextInt(funnel.stages().size())).code();
                } while (stage.equals(mi.stage));
                crm.interests().moveTo(iid, stage, actor);
                mi.stage = stage;
                mi.stages.add(stage);
            } else if (mi.status == InterestStatus.ACTIVE && op == 6) {
                crm.interests().suspend(iid, actor);
                mi.status = InterestStatus.SUSPENDED;
            } else if (mi.status == InterestStatus.SUSPENDED && op < 8) {
                crm.interests().resume(iid, actor);
                mi.status = InterestStatus.ACTIVE;
            } else if (!mi.status.closed() && op == 8) {
                crm.interests().win(iid, actor);
                mi.status = InterestStatus.WON;
            } else if (!mi.status.closed() && op == 9) {
                crm.interests().lose(iid, pick(r, settings.lossReasons()), actor);
                mi.status = InterestStatus.LOST;
            } else if (mi.status.closed()) {
                crm.interests().reopen(iid, actor);
                mi.status = InterestStatus.ACTIVE;
            } else {
                continue;
            }
            log.add("  interest " + id + " → " + mi.status + " at " + mi.stage + " (" + t + ")");
        }
    }

    private void addInteraction(Random r, String id) {
        MClient client = pick(r, new ArrayList<>(clients.values()));
        List<String> ofClient = interests.values().stream().filter(i -> i.client.equals(client.id)).map(i -> i.id).toList();
        String interest = !ofClient.isEmpty() && r.nextBoolean() ? pick(r, ofClient) : null;
        String manager = r.nextInt(3) == 0 ? client.manager : pick(r, managers());
        String type = pick(r, TYPES);
        int kind = r.nextInt(7);
        if (kind == 0) {
            Instant at = NOW.minus(Duration.ofMinutes(r.nextInt(25 * 24 * 60)));
            clock.set(at);
            Interaction x = crm.interactions().recordDone(type, ClientId.of(client.id), null,
                    interest == null ? null : InterestId.of(interest), ManagerId.of(manager), "Done " + id, "ok", null);
            MInteraction mx = new MInteraction(x.id().value(), client.id, interest, manager, type, at, at);
            mx.status = InteractionStatus.COMPLETED;
            mx.completedAt = at;
            interactions.put(mx.id, mx);
            log.add("interaction " + mx.id + " done " + type + " for " + client.id + " by " + manager + " at " + at);
            return;
        }
        Instant start = NOW.plus(Duration.ofMinutes(r.nextInt(30 * 24 * 60) - 15 * 24 * 60));
        Instant end = start.plus(Duration.ofMinutes(r.nextInt(4) * 45));
        crm.interactions().plan(NewInteraction.of(type, ClientId.of(client.id), start, end).withId(InteractionId.of(id))
                .forInterest(interest == null ? null : InterestId.of(interest)).withManager(ManagerId.of(manager))
                .withSubject("Subject " + id));
        MInteraction mx = new MInteraction(id, client.id, interest, manager, type, start, end);
        interactions.put(id, mx);
        if (kind <= 2) {
            Instant at = NOW.minus(Duration.ofMinutes(r.nextInt(20 * 24 * 60)));
            clock.set(at);
            crm.interactions().complete(InteractionId.of(id), "done");
            mx.status = InteractionStatus.COMPLETED;
            mx.completedAt = at;
        } else if (kind == 3) {
            crm.interactions().cancel(InteractionId.of(id), "not needed");
            mx.status = InteractionStatus.CANCELLED;
        }
        log.add("interaction " + id + " " + type + " for " + client.id + " / " + interest + " by " + manager + " "
                + start + ".." + end + " " + mx.status + (mx.completedAt == null ? "" : " at " + mx.completedAt));
    }

    private void acceptInquiry(Random r, String key) {
        String manager = pick(r, managers());
        Channel channel = Channel.values()[r.nextInt(Channel.values().length)];
        Instant at = NOW.minus(Duration.ofMinutes(r.nextInt(10 * 24 * 60)));
        InquiryRequest.Builder b = InquiryRequest.builder(ManagerId.of(manager), channel).key(key).at(at).note("note " + key);
        String phoneKey = null;
        String email = null;
        if (r.nextBoolean()) {
            phoneKey = pick(r, PHONE_KEYS);
            b.phone(written(r, phoneKey));
        } else {
            email = pick(r, EMAILS);
            b.email(email);
        }
        String name = pick(r, CONTACT_NAMES);
        b.name(name);
        InquiryResult res = crm.inquiries().accept(b.build());
        // what the rules of SPEC.md say should have happened, from the model alone
        String expectedClient = expectedLink(phoneKey, email);
        if (expectedClient == null) {
            if (!res.newClient()) {
                throw new AssertionError("inquiry " + key + " linked to " + res.client() + " but no client has its key");
            }
            MClient mc = new MClient(res.client().value(), name, manager);
            if (phoneKey != null) {
                mc.phoneKeys.add(phoneKey);
            }
            if (email != null) {
                mc.emailKeys.add(email);
            }
            clients.put(mc.id, mc);
        } else if (res.newClient() || !res.client().value().equals(expectedClient)) {
            throw new AssertionError("inquiry " + key + " linked to " + res.client() + " (new " + res.newClient()
                    + "), expected the first client by id with its key: " + expectedClient);
        }
        String client = res.client().value();
        MInterest joined = interests.values().stream()
                .filter(i -> i.client.equals(client) && i.status == InterestStatus.ACTIVE)
                .max(Comparator.comparing((MInterest i) -> i.createdAt).thenComparing(i -> i.id, Comparator.reverseOrder()))
                .orElse(null);
        if (joined == null) {
            if (!res.newInterest()) {
                throw new AssertionError("inquiry " + key + " joined " + res.interest() + " but client " + client + " had no active interest");
            }
            interests.put(res.interest().value(), new MInterest(res.interest().value(), client, manager, funnel.first().code(), at, null));
        } else if (res.newInterest() || !res.interest().value().equals(joined.id)) {
            throw new AssertionError("inquiry " + key + " interest " + res.interest() + " (new " + res.newInterest()
                    + "), expected to join " + joined.id);
        }
        MInteraction mx = new MInteraction(res.interaction().value(), client, res.interest().value(), manager,
                channel.interactionType(), at, at);
        mx.status = InteractionStatus.COMPLETED;
        mx.completedAt = at;
        interactions.put(mx.id, mx);
        log.add("inquiry " + key + " by " + manager + " phone " + phoneKey + " email " + email + " → " + res);
    }

    private String expectedLink(String phoneKey, String email) {
        if (phoneKey != null) {
            return clients.values().stream().filter(c -> c.phoneKeys.contains(phoneKey)).map(c -> c.id).min(Comparator.naturalOrder()).orElse(null);
        }
        return clients.values().stream().filter(c -> c.emailKeys.contains(email)).map(c -> c.id).min(Comparator.naturalOrder()).orElse(null);
    }

    private void register(Random r, String key) {
        String manager = pick(r, managers());
        Instant at = NOW.minus(Duration.ofMinutes(r.nextInt(3 * 24 * 60)));
        Inquiry q = crm.inquiries().register(InquiryRequest.builder(ManagerId.of(manager), Channel.EMAIL).key(key).at(at)
                .email("unknown" + r.nextInt(100) + "@nowhere.example").name("Somebody").build(), null);
        pending.put(q.id().value(), new MInquiry(q.id().value(), manager, at));
        log.add("pending inquiry " + q.id() + " for " + manager);
    }

    /** Hands records to other managers and moves managers and departments, as a real company does. */
    private void reorganize(Random r) {
        if (!clients.isEmpty() && r.nextInt(3) == 0) {
            MClient c = pick(r, new ArrayList<>(clients.values()));
            c.manager = pick(r, managers());
            crm.clients().reassign(ClientId.of(c.id), ManagerId.of(c.manager));
            log.add("client " + c.id + " handed to " + c.manager);
        }
        if (!interests.isEmpty() && r.nextInt(3) == 0) {
            MInterest i = pick(r, new ArrayList<>(interests.values()));
            i.manager = pick(r, managers());
            crm.interests().reassign(InterestId.of(i.id), ManagerId.of(i.manager), ManagerId.of(pick(r, managers())));
            log.add("interest " + i.id + " handed to " + i.manager);
        }
        if (r.nextInt(4) == 0) {
            String m = pick(r, managers());
            String d = pick(r, new ArrayList<>(deptParent.keySet()));
            crm.org().moveManager(ManagerId.of(m), DepartmentId.of(d));
            managerDept.put(m, d);
            log.add("manager " + m + " moved to " + d);
        }
        if (r.nextInt(4) == 0) {
            String d = pick(r, new ArrayList<>(deptParent.keySet()));
            List<String> targets = new ArrayList<>(deptParent.keySet());
            targets.add(null);
            String to = pick(r, targets);
            boolean cycle = to != null && subtree(d).contains(to);
            try {
                crm.org().moveDepartment(DepartmentId.of(d), to == null ? null : DepartmentId.of(to));
                if (cycle) {
                    throw new AssertionError("moving " + d + " under " + to + " made a cycle and was accepted");
                }
                deptParent.put(d, to);
                log.add("department " + d + " moved under " + to);
            } catch (InvalidInputException e) {
                if (!cycle) {
                    throw new AssertionError("moving " + d + " under " + to + " was refused: " + e.getMessage(), e);
                }
            }
        }
        if (r.nextInt(4) == 0) {
            String director = pick(r, managers());
            for (Map.Entry<String, String> e : deptParent.entrySet()) {
                if (e.getValue() == null) {
                    setHead(e.getKey(), director);
                }
            }
        }
    }

    private static <T> T pick(Random r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    // ------------------------------------------------------------------ the model's answers

    public List<String> managers() {
        return new ArrayList<>(managerDept.keySet());
    }

    /** A department and everything below it, by walking the model's parent links upward from each department. */
    public Set<String> subtree(String root) {
        Set<String> out = new TreeSet<>();
        for (String d : deptParent.keySet()) {
            String cur = d;
            Set<String> seen = new LinkedHashSet<>();
            while (cur != null && seen.add(cur)) {
                if (cur.equals(root)) {
                    out.add(d);
                    break;
                }
                cur = deptParent.get(cur);
            }
        }
        return out;
    }

    /** The managers a scope covers, by the model. */
    public Set<String> managersIn(Scope scope) {
        if (scope instanceof Scope.Own own) {
            return Set.of(own.manager().value());
        }
        if (scope instanceof Scope.OfDepartment dep) {
            Set<String> ds = subtree(dep.department().value());
            Set<String> out = new TreeSet<>();
            managerDept.forEach((m, d) -> {
                if (ds.contains(d)) {
                    out.add(m);
                }
            });
            return out;
        }
        return new TreeSet<>(managerDept.keySet());
    }

    /** Every scope there is: each manager's own, each department's, and the company. */
    public List<Scope> allScopes() {
        List<Scope> out = new ArrayList<>();
        managerDept.keySet().forEach(m -> out.add(Scope.own(ManagerId.of(m))));
        deptParent.keySet().forEach(d -> out.add(Scope.department(DepartmentId.of(d))));
        out.add(Scope.company());
        return out;
    }

    /** The departments a manager heads, with everything below them. */
    public Set<String> headedBy(String manager) {
        Set<String> out = new TreeSet<>();
        deptHead.forEach((d, h) -> {
            if (manager.equals(h)) {
                out.addAll(subtree(d));
            }
        });
        return out;
    }

    /**
     * Whether a caller may view a scope, by the rule crmkit documents: their own records; the
     * records of a manager, or a department, within the departments they head; the company when
     * they head every department (a director heads every top-level one).
     */
    public boolean mayView(String caller, Scope scope) {
        Set<String> headed = headedBy(caller);
        if (scope instanceof Scope.Own own) {
            String m = own.manager().value();
            return m.equals(caller) || headed.contains(managerDept.get(m));
        }
        if (scope instanceof Scope.OfDepartment dep) {
            return headed.contains(dep.department().value());
        }
        return headed.containsAll(deptParent.keySet());
    }

    /** A model description for failure messages. */
    public String describe() {
        return String.join("\n  ", log);
    }
}
