package io.crmkit.bench;

import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.money.Money;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.tx.BulkImport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A deterministic, seeded generator of a whole CRM data set: an org chart of 18 departments
 * (sales regions with teams and offices below them) and its managers, a product catalog with
 * prices, clients with contacts, interests with stage histories, and interactions.
 *
 * <p>Every record is a pure function of the seed, its kind and its index, so the generator keeps
 * nothing in memory: {@link #writeTo} streams millions of records into any {@link BulkImport} (the
 * library's bulk path, the plain-JDBC baseline, or lists) in constant memory, and a benchmark
 * process can recompute any record (a client's phone, a manager's id) without the data set. The
 * same seed and size always give the same records.
 *
 * <p>The data follow the rhythm of a real sales team, "now" being {@link #NOW}: clients and
 * interests accumulate over the history; interests younger than two months are mostly active,
 * older ones mostly won or lost; interactions happen in working hours on working days, about 20
 * per manager and day, those before now mostly completed (a few cancelled, a few left overdue)
 * and those in the coming two weeks planned.
 */
public final class DataGenerator {
    /** The zone of the data set. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    /** "Now" of every data set: Friday 13 March 2026, 17:00 in Moscow. */
    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 13, 17, 0, 0, 0, ZONE);
    /** How far ahead planned interactions reach. */
    public static final Duration HORIZON = Duration.ofDays(14);
    /** The default seed of the harness. */
    public static final long DEFAULT_SEED = 20260313L;

    private static final int K_CLIENT = 1;
    private static final int K_INTEREST = 2;
    private static final int K_INTERACTION = 3;
    private static final int K_PRODUCT = 4;

    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency USD = Currency.getInstance("USD");

    private static final String[] SYLLABLES = {"ka", "lo", "mir", "vel", "to", "ra", "sin", "gor", "ne", "vo",
        "dar", "li", "zan", "bor", "te", "mo", "ren", "sa", "vit", "ol", "pra", "ku", "del", "sta", "ni",
        "ros", "ma", "tek", "ar", "bel", "ze", "kor", "an", "pol", "ver", "di", "mak", "sol", "tra", "yu"};
    private static final String[] BUSINESS = {"Trade", "Stroy", "Tech", "Service", "Group", "Logistic", "Agro",
        "Med", "Soft", "Energo", "Prom", "Invest", "Trans", "Plast", "Metal"};
    private static final String[] LEGAL = {"LLC", "JSC", "Ltd"};
    private static final String[] MALE_FIRST = {"Ivan", "Pyotr", "Sergey", "Alexey", "Dmitry", "Andrey", "Mikhail",
        "Nikolay", "Oleg", "Pavel"};
    private static final String[] FEMALE_FIRST = {"Anna", "Maria", "Elena", "Olga", "Natalia", "Irina", "Tatiana",
        "Svetlana", "Yulia", "Ekaterina"};
    private static final String[] LAST = {"Ivanov", "Petrov", "Sidorov", "Smirnov", "Kuznetsov", "Popov",
        "Vasiliev", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alexeev", "Lebedev",
        "Semenov", "Egorov", "Pavlov", "Kozlov", "Stepanov", "Nikolaev", "Orlov", "Andreev", "Makarov", "Zakharov"};
    private static final String[] POSITIONS = {"CEO", "Purchasing manager", "Chief accountant", "IT director",
        "Office manager", "Sales director", "Head of logistics"};
    private static final String[] INDUSTRIES = {"Retail", "Manufacturing", "Construction", "Logistics", "IT",
        "Healthcare", "Agriculture", "Energy", "Finance", "Education", "Hospitality", "Government"};
    private static final String[] COMPANY_SIZES = {"1-10", "10-50", "50-250", "250-1000", "1000+"};
    private static final String[] REGIONS = {"Moscow", "St Petersburg", "Kazan", "Samara", "Yekaterinburg",
        "Novosibirsk", "Nizhny Novgorod", "Rostov", "Krasnodar", "Voronezh", "Perm", "Ufa", "Omsk", "Tver", "Tula"};
    private static final String[] SOURCES = {"Conference", "Website", "Referral", "Cold call", "Exhibition",
        "Partner"};
    private static final String[] DOMAINS = {"mail.example", "corp.example", "inbox.example", "biz.example",
        "office.example", "post.example", "trade.example", "net.example"};
    private static final String[] UNITS = {"pcs", "licence", "h", "set", "month"};
    private static final String[] MODELS = {"Lite", "Standard", "Pro", "Max", "X100", "X200", "S", "M", "XL"};
    private static final String[] STAGES = {"INQUIRY", "OFFER", "AGREEMENT", "CONTRACT", "FULFILMENT"};

    /** One department of the fixed org chart: id, name, parent, daily norm. */
    private record Dept(String id, String name, String parent, int norm, boolean staffed) {
    }

    private static final List<Dept> ORG = List.of(
            new Dept("d00", "Company", null, 48, false),
            new Dept("d10", "Moscow sales", "d00", 48, false),
            new Dept("d11", "Moscow team North", "d10", 48, true),
            new Dept("d12", "Moscow team South", "d10", 48, true),
            new Dept("d13", "Moscow key accounts", "d10", 40, true),
            new Dept("d20", "St Petersburg sales", "d00", 48, false),
            new Dept("d21", "St Petersburg team 1", "d20", 48, true),
            new Dept("d22", "St Petersburg team 2", "d20", 48, true),
            new Dept("d30", "Regional sales", "d00", 56, false),
            new Dept("d31", "Volga region", "d30", 56, false),
            new Dept("d311", "Kazan office", "d31", 56, true),
            new Dept("d312", "Samara office", "d31", 56, true),
            new Dept("d32", "Ural region", "d30", 56, false),
            new Dept("d321", "Yekaterinburg office", "d32", 56, true),
            new Dept("d33", "Siberia region", "d30", 60, true),
            new Dept("d40", "Partner channel", "d00", 40, false),
            new Dept("d41", "Distributors", "d40", 40, true),
            new Dept("d42", "Integrators", "d40", 40, true),
            new Dept("d50", "Online sales", "d00", 60, true));

    private final Size size;
    private final long seed;
    private final Instant now;
    private final Instant start;
    private final long historyMillis;
    private final long totalMillis;
    private final String[] managerDept;
    private final double[] managerWeight;
    private final List<ProductGroupId> leafGroups = new ArrayList<>();
    private final List<ProductGroup> groups = new ArrayList<>();

    private DataGenerator(Size size, long seed) {
        this.size = size;
        this.seed = seed;
        this.now = NOW.toInstant();
        this.start = NOW.minusDays(size.historyDays()).toInstant();
        this.historyMillis = Duration.between(start, now).toMillis();
        this.totalMillis = historyMillis + HORIZON.toMillis();
        this.managerDept = new String[size.managers()];
        this.managerWeight = new double[size.managers()];
        List<Dept> staffed = ORG.stream().filter(Dept::staffed).toList();
        double total = 0;
        for (int m = 0; m < size.managers(); m++) {
            String dept;
            double weight;
            if (m < ORG.size()) {
                dept = ORG.get(m).id();
                weight = m == 0 ? 0.1 : 0.5; // the director and the heads keep a few clients of their own
            } else {
                dept = staffed.get((m - ORG.size()) % staffed.size()).id();
                weight = 1.0 + 0.25 * ((m * 7) % 5); // some managers carry twice the load of others
            }
            managerDept[m] = dept;
            total += weight;
            managerWeight[m] = total;
        }
        buildGroups();
    }

    /** A generator of {@code size} with {@code seed}. */
    public static DataGenerator create(Size size, long seed) {
        if (size == null) {
            throw new IllegalArgumentException("size is required");
        }
        return new DataGenerator(size, seed);
    }

    public Size size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    /** "size S, seed 20260313, history 35 days before 2026-03-13T17:00+03:00[Europe/Moscow]". */
    public String describe() {
        return "size " + size + ", seed " + seed + ", history " + size.historyDays() + " days before " + NOW;
    }

    /** A clock fixed at {@link #NOW}. */
    public Clock clock() {
        return Clock.fixed(now, ZONE);
    }

    /** The default settings of SPEC.md in {@link #ZONE}: what the data set is generated for. */
    public CrmSettings settings() {
        return CrmSettings.defaults(ZONE);
    }

    public Instant now() {
        return now;
    }

    /** The first moment of the history. */
    public Instant start() {
        return start;
    }

    // ------------------------------------------------------------------ randomness

    private SplittableRandom rnd(int kind, long index) {
        return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + kind) + index));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private int pickManager(SplittableRandom r) {
        double x = r.nextDouble() * managerWeight[managerWeight.length - 1];
        int lo = 0;
        int hi = managerWeight.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (managerWeight[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------ org chart

    /** The departments, parents first, without heads (heads are managers, imported after). */
    public List<Department> departments() {
        return ORG.stream().map(d -> Department.of(DepartmentId.of(d.id()), d.name(),
                d.parent() == null ? null : DepartmentId.of(d.parent()), null, d.norm())).toList();
    }

    /** The head of each department: the director heads the company, one manager heads each other department. */
    public Map<DepartmentId, ManagerId> heads() {
        Map<DepartmentId, ManagerId> out = new LinkedHashMap<>();
        for (int i = 0; i < ORG.size(); i++) {
            out.put(DepartmentId.of(ORG.get(i).id()), managerId(i));
        }
        return out;
    }

    /** The department ids, parents first. */
    public List<DepartmentId> departmentIds() {
        return ORG.stream().map(d -> DepartmentId.of(d.id())).toList();
    }

    public ManagerId managerId(int index) {
        return ManagerId.of(String.format(Locale.ROOT, "m%03d", index + 1));
    }

    /** Every manager, by id. */
    public List<Manager> managers() {
        List<Manager> out = new ArrayList<>();
        for (int m = 0; m < size.managers(); m++) {
            SplittableRandom r = rnd(0, m);
            boolean female = r.nextBoolean();
            String first = pick(r, female ? FEMALE_FIRST : MALE_FIRST);
            String last = pick(r, LAST) + (female ? "a" : "");
            String email = managerId(m).value() + "@crmkit-bench.example";
            out.add(Manager.of(managerId(m), first + " " + last, Email.of(email), DepartmentId.of(managerDept[m])));
        }
        return out;
    }

    /** A typical sales manager (a team member, not a head), whose screens the per-person benchmarks open. */
    public ManagerId typicalManager() {
        return managerId(ORG.size() + 7);
    }

    /** {@code n} team members (no heads) spread over the org chart, the same at every size. */
    public List<ManagerId> teamManagers(int n) {
        int first = ORG.size();
        int count = size.managers() - first;
        List<ManagerId> out = new ArrayList<>();
        for (int k = 0; k < Math.min(n, count); k++) {
            out.add(managerId(first + (int) ((long) k * count / Math.min(n, count))));
        }
        return out;
    }

    // ------------------------------------------------------------------ clients

    public ClientId clientId(int k) {
        return ClientId.of(String.format(Locale.ROOT, "c%07d", k));
    }

    private Instant slot(int index, int count, long spanMillis, double jitter) {
        return start.plusMillis((long) ((index + jitter) / count * spanMillis));
    }

    /** The first draws of a client: its manager and how many contacts it has. */
    private record ClientCore(int manager, int contacts, double jitter) {
    }

    private ClientCore clientCore(SplittableRandom r) {
        int manager = pickManager(r);
        double u = r.nextDouble();
        int contacts = u < 0.03 ? 0 : u < 0.73 ? 1 : u < 0.93 ? 2 : 3;
        return new ClientCore(manager, contacts, r.nextDouble());
    }

    /** The client with index {@code k} (0 ≤ k &lt; clients). */
    public Client client(int k) {
        SplittableRandom r = rnd(K_CLIENT, k);
        ClientCore core = clientCore(r);
        Instant createdAt = slot(k, size.clients(), historyMillis, core.jitter());
        List<Contact> contacts = new ArrayList<>();
        String firstContactName = null;
        for (int n = 0; n < core.contacts(); n++) {
            boolean female = r.nextBoolean();
            String name = pick(r, female ? FEMALE_FIRST : MALE_FIRST) + " " + pick(r, LAST) + (female ? "a" : "");
            if (firstContactName == null) {
                firstContactName = name;
            }
            double u = r.nextDouble();
            double v = r.nextDouble();
            boolean none = u < 0.05; // 5% of contacts carry neither: "contact info not filled"
            boolean phone = !none && u < 0.92;
            boolean email = !none && (!phone || v < 0.7);
            List<Phone> phones = phone ? List.of(new Phone(phoneWritten(k, n, r.nextInt(3)), phoneKey(k, n))) : List.of();
            List<Email> emails = email ? List.of(Email.of(emailOf(k, n, name))) : List.of();
            contacts.add(new Contact(ContactId.of(String.format(Locale.ROOT, "p%07d-%d", k, n)), name,
                    pick(r, POSITIONS), ContactInfo.of(phones, emails)));
        }
        boolean person = r.nextDouble() < 0.2 && firstContactName != null;
        String name = person ? firstContactName : organizationName(k);
        Map<String, String> portrait = new TreeMap<>();
        portrait.put("industry", pick(r, INDUSTRIES));
        portrait.put("size", pick(r, COMPANY_SIZES));
        portrait.put("region", pick(r, REGIONS));
        portrait.put("source", pick(r, SOURCES));
        if (r.nextDouble() < 0.15) {
            portrait.remove(new String[] {"industry", "size", "region", "source"}[r.nextInt(4)]);
        }
        return Client.restore(clientId(k), person ? ClientKind.PERSON : ClientKind.ORGANIZATION, name,
                managerId(core.manager()), portrait, contacts, ContactInfo.empty(), createdAt, 0);
    }

    /** The manager of client {@code k}, without building the client. */
    public ManagerId clientManager(int k) {
        return managerId(clientCore(rnd(K_CLIENT, k)).manager());
    }

    /** The name stem of client {@code k} (also a good name fragment to search it by): "Kalomir". */
    public String nameStem(int k) {
        SplittableRandom r = new SplittableRandom(mix(seed + 77L * k + 13));
        String s = SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)]
                + SYLLABLES[r.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String organizationName(int k) {
        SplittableRandom r = new SplittableRandom(mix(seed + 91L * k + 5));
        return nameStem(k) + "-" + pick(r, BUSINESS) + " " + pick(r, LEGAL);
    }

    /** The E.164 key of contact {@code n} of client {@code k}: unique, a Russian mobile number. */
    public String phoneKey(int k, int n) {
        long q = ((long) k * 3 + n) * 7919L % 1_000_000_000L;
        return String.format(Locale.ROOT, "+79%09d", q);
    }

    /** Contact {@code n} of client {@code k}'s phone as people write it, in one of three styles. */
    public String phoneWritten(int k, int n, int style) {
        String d = phoneKey(k, n).substring(2); // ten digits starting with 9
        return switch (style) {
            case 0 -> "+7 (" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6, 8) + "-" + d.substring(8);
            case 1 -> "8 " + d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6, 8) + " " + d.substring(8);
            default -> "8" + d;
        };
    }

    private String emailOf(int k, int n, String name) {
        String local = name.replace(' ', '.') + "." + k + (n == 0 ? "" : "-" + n);
        return local + "@" + DOMAINS[(int) Math.floorMod(mix(seed + k), (long) DOMAINS.length)];
    }

    // ------------------------------------------------------------------ interests

    public InterestId interestId(int j) {
        return InterestId.of(String.format(Locale.ROOT, "i%08d", j));
    }

    /** The first draws of an interest: when it was created, its client and its manager. */
    private record InterestCore(Instant createdAt, int client, int manager) {
    }

    private InterestCore interestCore(SplittableRandom r, int j) {
        Instant createdAt = slot(j, size.interests(), historyMillis, r.nextDouble());
        int client = pickClientBefore(r, (double) j / size.interests());
        int manager = r.nextDouble() < 0.95 ? clientCore(rnd(K_CLIENT, client)).manager() : pickManager(r);
        return new InterestCore(createdAt, client, manager);
    }

    /** A client created before the moment at {@code fraction} of the history: half of them recent ones. */
    private int pickClientBefore(SplittableRandom r, double fraction) {
        int max = (int) Math.floor(fraction * size.clients()) - 1;
        if (max <= 0) {
            return 0;
        }
        if (r.nextBoolean()) {
            int window = Math.max(1, (int) ((long) size.clients() * 90 / size.historyDays()));
            return Math.max(0, max - r.nextInt(Math.min(window, max + 1)));
        }
        return r.nextInt(max + 1);
    }

    /** The interest with index {@code j} (0 ≤ j &lt; interests). */
    public Interest interest(int j) {
        SplittableRandom r = rnd(K_INTEREST, j);
        InterestCore core = interestCore(r, j);
        Instant created = core.createdAt();
        double ageDays = Duration.between(created, now).toMillis() / 86_400_000.0;
        double u = r.nextDouble();
        InterestStatus status;
        if (ageDays < 60) {
            status = u < 0.80 ? InterestStatus.ACTIVE : u < 0.90 ? InterestStatus.WON : InterestStatus.LOST;
        } else if (ageDays < 180) {
            status = u < 0.20 ? InterestStatus.ACTIVE : u < 0.25 ? InterestStatus.SUSPENDED
                    : u < 0.62 ? InterestStatus.WON : InterestStatus.LOST;
        } else {
            status = u < 0.03 ? InterestStatus.SUSPENDED : u < 0.52 ? InterestStatus.WON : InterestStatus.LOST;
        }
        int furthest = 0;
        while (furthest < STAGES.length - 1 && r.nextDouble() < (status == InterestStatus.WON ? 0.8 : 0.55)) {
            furthest++;
        }
        // stage entries spread over the interest's life so far, every gap at most 15 days
        long life = Duration.between(created, now).toMillis();
        long maxGap = Math.min(15L * 86_400_000L, life / (furthest + 2));
        List<StageEntry> history = new ArrayList<>();
        Instant at = created;
        ManagerId by = managerId(core.manager());
        history.add(new StageEntry(STAGES[0], at, by));
        for (int s = 1; s <= furthest; s++) {
            at = at.plusMillis(1 + (long) (r.nextDouble() * maxGap));
            history.add(new StageEntry(STAGES[s], at, by));
        }
        Instant closedAt = null;
        String lossReason = null;
        if (status.closed()) {
            closedAt = at.plusMillis(1 + (long) (r.nextDouble() * maxGap));
            if (status == InterestStatus.LOST) {
                lossReason = CrmSettings.DEFAULT_LOSS_REASONS.get(r.nextInt(CrmSettings.DEFAULT_LOSS_REASONS.size()));
            }
        }
        double a = r.nextDouble();
        Money amount = null;
        if (a < 0.95) {
            long rub = (10_000L + (long) (Math.exp(r.nextDouble() * Math.log(500.0)) * 10_000L)) / 100 * 100;
            BigDecimal value = BigDecimal.valueOf(rub).setScale(2);
            amount = a < 0.90 ? new Money(value, RUB)
                    : new Money(value.divide(BigDecimal.valueOf(90), 2, java.math.RoundingMode.HALF_UP), USD);
        }
        ContactId contact = null;
        if (clientCore(rnd(K_CLIENT, core.client())).contacts() > 0) {
            contact = ContactId.of(String.format(Locale.ROOT, "p%07d-%d", core.client(), 0));
        }
        LocalDate expectedClose = created.atZone(ZONE).toLocalDate().plusDays(30 + r.nextInt(90));
        return Interest.restore(interestId(j), clientId(core.client()), contact, by, "DEFAULT", status, amount,
                expectedClose, pick(r, SOURCES), lossReason, closedAt, history, 0);
    }

    // ------------------------------------------------------------------ interactions

    public InteractionId interactionId(int i) {
        return InteractionId.of(String.format(Locale.ROOT, "x%08d", i));
    }

    /** The interaction with index {@code i} (0 ≤ i &lt; interactions). */
    public Interaction interaction(int i) {
        SplittableRandom r = rnd(K_INTERACTION, i);
        Instant t = slot(i, size.interactions(), totalMillis, r.nextDouble());
        double fraction = Math.min(1.0, (double) Duration.between(start, t).toMillis() / historyMillis);
        int client;
        int manager;
        InterestId interest = null;
        int maxInterest = (int) Math.floor(fraction * size.interests()) - 1;
        if (r.nextDouble() < 0.7 && maxInterest >= 0) {
            int window = Math.max(1, (int) ((long) size.interests() * 60 / size.historyDays()));
            int j = Math.max(0, maxInterest - r.nextInt(Math.min(window, maxInterest + 1)));
            InterestCore core = interestCore(rnd(K_INTEREST, j), j);
            client = core.client();
            manager = core.manager();
            interest = interestId(j);
        } else {
            client = pickClientBefore(r, fraction);
            manager = clientCore(rnd(K_CLIENT, client)).manager();
        }
        // a working day and hour near t
        ZonedDateTime z = t.atZone(ZONE);
        LocalDate day = z.toLocalDate();
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.minusDays(1);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        Instant plannedStart = day.atTime(LocalTime.of(9 + r.nextInt(9), 15 * r.nextInt(4))).atZone(ZONE).toInstant();
        double u = r.nextDouble();
        String type = u < 0.35 ? "OUTGOING_CALL" : u < 0.50 ? "INCOMING_CALL" : u < 0.60 ? "MEETING"
                : u < 0.80 ? "OUTGOING_LETTER" : u < 0.90 ? "INCOMING_LETTER" : "TASK";
        boolean incoming = type.startsWith("INCOMING");
        if (incoming && !plannedStart.isBefore(now)) {
            type = "OUTGOING_CALL";
            incoming = false;
        }
        long minutes = switch (type) {
            case "OUTGOING_CALL" -> 15 + 15 * r.nextInt(2);
            case "MEETING" -> 60 + 30 * r.nextInt(3);
            case "OUTGOING_LETTER" -> 15;
            case "TASK" -> 30 + 30 * r.nextInt(2);
            default -> 0;
        };
        Instant plannedEnd = plannedStart.plus(Duration.ofMinutes(minutes));
        String subject = switch (type) {
            case "OUTGOING_CALL" -> "Call about the offer";
            case "INCOMING_CALL" -> "Incoming call";
            case "MEETING" -> "Meeting at the client's office";
            case "OUTGOING_LETTER" -> "Commercial offer";
            case "INCOMING_LETTER" -> "Letter from the client";
            default -> "Prepare documents";
        };
        Importance importance = r.nextDouble() < 0.1 ? Importance.HIGH : r.nextDouble() < 0.1 ? Importance.LOW
                : Importance.NORMAL;
        InteractionStatus status;
        Instant completedAt = null;
        String result = null;
        if (!plannedEnd.isBefore(now)) {
            status = InteractionStatus.PLANNED;
        } else {
            double s = r.nextDouble();
            boolean recent = Duration.between(plannedEnd, now).toDays() < 21;
            if (incoming || s < (recent ? 0.80 : 0.90)) {
                status = InteractionStatus.COMPLETED;
                completedAt = incoming ? plannedStart : plannedEnd.plusMillis((long) (r.nextDouble() * 5_400_000L));
                if (completedAt.isAfter(now)) {
                    completedAt = now;
                }
                result = "Done";
            } else if (s < (recent ? 0.88 : 1.0)) {
                status = InteractionStatus.CANCELLED;
                result = "Client postponed";
            } else {
                status = InteractionStatus.PLANNED; // left overdue
            }
        }
        if (incoming) {
            plannedEnd = plannedStart;
        }
        return Interaction.restore(interactionId(i), type, clientId(client), null, interest, managerId(manager),
                subject, null, plannedStart, plannedEnd, status, completedAt, result, importance, null, 0);
    }

    // ------------------------------------------------------------------ products

    private void buildGroups() {
        String[] top = {"Software", "Hardware", "Services", "Training", "Support"};
        String[] sub = {"Basic", "Business", "Enterprise", "Accessories"};
        for (int t = 0; t < top.length; t++) {
            ProductGroupId tid = ProductGroupId.of(String.format(Locale.ROOT, "g%d", t + 1));
            groups.add(new ProductGroup(tid, top[t], null));
            for (int s = 0; s < sub.length; s++) {
                ProductGroupId sid = ProductGroupId.of(tid.value() + "-" + (s + 1));
                groups.add(new ProductGroup(sid, top[t] + " " + sub[s], tid));
                if (t < 2) {
                    for (int x = 0; x < 2; x++) {
                        ProductGroupId xid = ProductGroupId.of(sid.value() + "-" + (x + 1));
                        groups.add(new ProductGroup(xid, top[t] + " " + sub[s] + (x == 0 ? " A" : " B"), sid));
                        leafGroups.add(xid);
                    }
                } else {
                    leafGroups.add(sid);
                }
            }
        }
    }

    /** The product group tree, parents first. */
    public List<ProductGroup> productGroups() {
        return List.copyOf(groups);
    }

    /** RETAIL and WHOLESALE, both in roubles. */
    public List<PriceType> priceTypes() {
        return List.of(new PriceType("RETAIL", "Retail", RUB), new PriceType("WHOLESALE", "Wholesale", RUB));
    }

    public ProductId productId(int p) {
        return ProductId.of(String.format(Locale.ROOT, "pr%06d", p));
    }

    /** The product with index {@code p}. */
    public Product product(int p) {
        SplittableRandom r = rnd(K_PRODUCT, p);
        ProductGroupId group = leafGroups.get(r.nextInt(leafGroups.size()));
        return new Product(productId(p), nameStem(size.clients() + p) + " " + pick(r, MODELS), group, pick(r, UNITS));
    }

    /**
     * The prices of product {@code p}: for each price type (95% of products have one), one to three
     * prices valid from dates in the past, and sometimes one valid from a future date.
     */
    public List<Price> prices(int p) {
        SplittableRandom r = rnd(K_PRODUCT, p);
        r.nextInt(leafGroups.size());
        r.nextInt(MODELS.length);
        r.nextInt(UNITS.length);
        long base = 500 + r.nextInt(200_000);
        LocalDate today = NOW.toLocalDate();
        List<Price> out = new ArrayList<>();
        for (PriceType type : priceTypes()) {
            if (r.nextDouble() < 0.05) {
                continue;
            }
            double factor = type.code().equals("RETAIL") ? 1.0 : 0.85;
            int entries = 1 + r.nextInt(3);
            for (int e = 0; e < entries; e++) {
                LocalDate from = today.minusDays(e * 120L + r.nextInt(90));
                long cents = (long) (base * factor * (1.0 - 0.05 * e)) * 100 + r.nextInt(100);
                out.add(new Price(productId(p), type.code(), BigDecimal.valueOf(cents, 2), from));
            }
            if (r.nextDouble() < 0.05) {
                out.add(new Price(productId(p), type.code(), BigDecimal.valueOf((long) (base * factor * 1.1) * 100, 2),
                        today.plusDays(10 + r.nextInt(30))));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ streaming

    /** How many records of each kind were written. */
    public record Counts(long departments, long managers, long productGroups, long priceTypes, long products,
                         long prices, long clients, long contacts, long interests, long interactions) {
        /** Every record handed to the importer (contacts travel inside their client). */
        public long records() {
            return departments + managers + productGroups + priceTypes + products + prices + clients + interests
                    + interactions;
        }
    }

    /**
     * Streams the whole data set into {@code sink}, parents first, and returns the counts. Memory
     * stays constant: each record is built, handed over and forgotten. Department heads are not
     * set (a head is a manager, imported after the department); apply {@link #heads()} afterwards.
     * Does not close the sink.
     */
    public Counts writeTo(BulkImport sink) {
        long deps = 0;
        long mans = 0;
        long grps = 0;
        long prods = 0;
        long prcs = 0;
        long cls = 0;
        long cts = 0;
        long ints = 0;
        long xs = 0;
        for (Department d : departments()) {
            sink.department(d);
            deps++;
        }
        for (Manager m : managers()) {
            sink.manager(m);
            mans++;
        }
        for (ProductGroup g : groups) {
            sink.productGroup(g);
            grps++;
        }
        for (PriceType t : priceTypes()) {
            sink.priceType(t);
        }
        for (int p = 0; p < size.products(); p++) {
            sink.product(product(p));
            prods++;
        }
        for (int p = 0; p < size.products(); p++) {
            for (Price price : prices(p)) {
                sink.price(price);
                prcs++;
            }
        }
        for (int k = 0; k < size.clients(); k++) {
            Client c = client(k);
            sink.client(c);
            cls++;
            cts += c.contacts().size();
        }
        for (int j = 0; j < size.interests(); j++) {
            sink.interest(interest(j));
            ints++;
        }
        for (int i = 0; i < size.interactions(); i++) {
            sink.interaction(interaction(i));
            xs++;
        }
        sink.flush();
        return new Counts(deps, mans, grps, priceTypes().size(), prods, prcs, cls, cts, ints, xs);
    }

    // ------------------------------------------------------------------ lookup targets

    /** A client to look up by its first contact's phone (as written), e-mail and its name stem. */
    public record LookupTarget(ClientId client, String phone, String email, String nameFragment) {
    }

    /**
     * The {@code n}-th deterministic lookup target: a client whose first contact has a phone and an
     * e-mail. Different {@code n} give different clients spread over the whole data set.
     */
    public LookupTarget lookupTarget(int n) {
        for (long probe = 0; ; probe++) {
            int k = (int) Math.floorMod(mix(seed * 31 + n * 1_000_003L + probe), (long) size.clients());
            Client c = client(k);
            if (c.contacts().isEmpty() || c.kind() != ClientKind.ORGANIZATION) {
                continue;
            }
            ContactInfo info = c.contacts().get(0).info();
            if (info.phones().isEmpty() || info.emails().isEmpty()) {
                continue;
            }
            return new LookupTarget(c.id(), info.phones().get(0).raw(), info.emails().get(0).value(),
                    nameStem(k).toLowerCase(Locale.ROOT));
        }
    }
}
