package io.crmkit.examples.demo;

import io.crmkit.Crm;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * A realistic demo company, generated from a seed: a sales department with two regional
 * sub-departments and a key-account department, six managers, a few hundred clients with Russian
 * and English names, interests at every stage and status, a month of calls, meetings, letters and
 * tasks around "now", and a price list. Everything is written with the storage's bulk importer.
 * The same seed and the same "now" give the same company.
 */
public final class DemoCompany {
    /** The department the story happens in, and its head. */
    public static final DepartmentId SALES = DepartmentId.of("sales");
    /** The Moscow office, a sub-department of sales. */
    public static final DepartmentId MOSCOW = DepartmentId.of("sales-msk");
    /** The manager the demo and the web page act as by default. */
    public static final ManagerId ANNA = ManagerId.of("m-anna");
    /** The retail price type. */
    public static final String RETAIL = "RETAIL";

    private static final String[] RU_COMPANIES = {"Ромашка", "Василёк", "Северный ветер", "Технопарк", "Альфа-Строй",
            "Волга-Трейд", "Уральские самоцветы", "Сибирская нива", "Балтийский берег", "Медведь", "Кедр", "Радуга",
            "Полярная звезда", "Гранит", "Ладога", "Алтай-Агро", "Байкал-Сервис", "Меридиан", "Восход", "Заря"};
    private static final String[] RU_FORMS = {"ООО «%s»", "АО «%s»", "ИП «%s»", "ПАО «%s»"};
    private static final String[] EN_COMPANIES = {"Northwind", "Blue Harbor", "Greenfield", "Silverline", "Oakridge",
            "Brightstone", "Redwood", "Clearwater", "Ironbridge", "Maple Leaf", "Summit", "Riverside", "Lighthouse",
            "Westgate", "Evergreen", "Goldcrest", "Stonehill", "Fairway", "Highland", "Crescent"};
    private static final String[] EN_FORMS = {"%s Ltd", "%s Inc.", "%s LLC", "%s Group"};
    private static final String[] RU_FIRST = {"Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Елена", "Сергей",
            "Наталья", "Андрей", "Татьяна", "Павел", "Светлана", "Михаил", "Анна", "Николай", "Ирина"};
    private static final String[] RU_LAST = {"Иванов", "Петрова", "Смирнов", "Кузнецова", "Попов", "Соколова",
            "Лебедев", "Новикова", "Морозов", "Волкова", "Орлов", "Зайцева", "Егоров", "Павлова", "Козлов", "Белова"};
    private static final String[] EN_FIRST = {"John", "Emma", "Oliver", "Sophia", "James", "Mia", "William", "Ava",
            "George", "Isla", "Harry", "Grace", "Jack", "Lily", "Thomas", "Chloe"};
    private static final String[] EN_LAST = {"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans",
            "Thomas", "Roberts", "Walker", "Wright", "Green", "Hall", "Wood", "Clarke", "Hughes"};
    private static final String[] POSITIONS = {"CEO", "Purchasing manager", "IT director", "Chief accountant",
            "Head of sales", "Office manager"};
    private static final String[] INDUSTRIES = {"Retail", "Manufacturing", "Logistics", "IT", "Construction", "Food", "Finance"};
    private static final String[] SIZES = {"1-10", "10-50", "50-100", "100-500", "500+"};
    private static final String[] REGIONS = {"Moscow", "St Petersburg", "Kazan", "Novosibirsk", "Yekaterinburg", "London"};
    private static final String[] SOURCES = {"Conference", "Website", "Referral", "Cold call", "Exhibition", "Partner"};
    private static final String[] TYPES = {"OUTGOING_CALL", "OUTGOING_CALL", "INCOMING_CALL", "MEETING", "OUTGOING_LETTER",
            "INCOMING_LETTER", "TASK"};

    private final Crm crm;
    private final Random random;
    private final ZoneId zone;
    private final Instant now;
    private final List<ManagerId> salesManagers = new ArrayList<>();

    private DemoCompany(Crm crm, long seed) {
        this.crm = crm;
        this.random = new Random(seed);
        this.zone = crm.settings().zone();
        this.now = crm.clock().instant();
    }

    /**
     * Short readable ids for what the demo and the web page create: the kind's initial and eight
     * random hex digits ({@code c-3f9a0b12}), random so that they never meet an id of an earlier run.
     */
    public static io.crmkit.tx.IdGenerator ids() {
        return kind -> kind.charAt(0) + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** Whether the storage already holds the demo company. */
    public static boolean present(Crm crm) {
        return crm.storage().departments().find(SALES).isPresent();
    }

    /**
     * Writes the demo company into an empty storage.
     *
     * @param clients  how many clients (the demo uses 300; tests fewer)
     * @param progress told how many records were written so far
     * @return how many records were written
     */
    public static long create(Crm crm, long seed, int clients, IntConsumer progress) {
        return new DemoCompany(crm, seed).write(clients, progress);
    }

    /** How many records {@link #create} writes for {@code clients} clients, roughly, for a progress bar. */
    public static int estimate(int clients) {
        return 40 + clients * 7;
    }

    private long write(int clientCount, IntConsumer progress) {
        int[] written = {0};
        try (BulkImport in = crm.storage().bulkImport(200)) {
            Runnable tick = () -> {
                written[0]++;
                if (written[0] % 25 == 0) {
                    progress.accept(written[0]);
                }
            };
            for (Department d : List.of(
                    Department.of(SALES, "Sales", null, null, 24),
                    Department.of(MOSCOW, "Moscow office", SALES, null, 20),
                    Department.of(DepartmentId.of("sales-spb"), "St Petersburg office", SALES, null, 20),
                    Department.of(DepartmentId.of("key-accounts"), "Key accounts", null, null, 16))) {
                in.department(d);
                tick.run();
            }
            Map<ManagerId, Manager> managers = new LinkedHashMap<>();
            managers.put(ANNA, Manager.of(ANNA, "Anna Petrova", Email.of("anna.petrova@crmkit.example"), SALES));
            managers.put(ManagerId.of("m-ivan"), Manager.of(ManagerId.of("m-ivan"), "Иван Сидоров", Email.of("ivan.sidorov@crmkit.example"), MOSCOW));
            managers.put(ManagerId.of("m-olga"), Manager.of(ManagerId.of("m-olga"), "Ольга Смирнова", Email.of("olga.smirnova@crmkit.example"), MOSCOW));
            managers.put(ManagerId.of("m-john"), Manager.of(ManagerId.of("m-john"), "John Miller", Email.of("john.miller@crmkit.example"), DepartmentId.of("sales-spb")));
            managers.put(ManagerId.of("m-kate"), Manager.of(ManagerId.of("m-kate"), "Kate Brown", Email.of("kate.brown@crmkit.example"), DepartmentId.of("sales-spb")));
            managers.put(ManagerId.of("m-petr"), Manager.of(ManagerId.of("m-petr"), "Пётр Волков", Email.of("petr.volkov@crmkit.example"), DepartmentId.of("key-accounts")));
            for (Manager m : managers.values()) {
                in.manager(m);
                salesManagers.add(m.id());
                tick.run();
            }
            products(in, tick);
            int interactionNo = 0;
            int interestNo = 0;
            for (int i = 1; i <= clientCount; i++) {
                ManagerId manager = salesManagers.get(random.nextInt(salesManagers.size()));
                Client client = client(i, manager);
                in.client(client);
                tick.run();
                Interest interest = null;
                if (random.nextInt(100) < 80) {
                    interest = interest(++interestNo, client, manager);
                    in.interest(interest);
                    tick.run();
                }
                int touches = 2 + random.nextInt(7);
                for (int k = 0; k < touches; k++) {
                    in.interaction(interaction(++interactionNo, client, interest, manager));
                    tick.run();
                }
            }
        }
        progress.accept(written[0]);
        crm.org().setHead(SALES, ANNA);
        crm.org().setHead(MOSCOW, ManagerId.of("m-ivan"));
        crm.org().setHead(DepartmentId.of("sales-spb"), ManagerId.of("m-john"));
        crm.org().setHead(DepartmentId.of("key-accounts"), ManagerId.of("m-petr"));
        return written[0];
    }

    private void products(BulkImport in, Runnable tick) {
        ProductGroupId soft = ProductGroupId.of("g-software");
        ProductGroupId lic = ProductGroupId.of("g-licences");
        ProductGroupId add = ProductGroupId.of("g-addons");
        ProductGroupId srv = ProductGroupId.of("g-services");
        for (ProductGroup g : List.of(new ProductGroup(soft, "Software", null), new ProductGroup(lic, "Licences", soft),
                new ProductGroup(add, "Add-ons", soft), new ProductGroup(srv, "Services", null))) {
            in.productGroup(g);
            tick.run();
        }
        in.priceType(new PriceType(RETAIL, "Retail", Currency.getInstance("RUB")));
        LocalDate today = LocalDate.ofInstant(now, zone);
        Object[][] items = {
                {"p-crm-1", "CRM licence, 1 user", lic, "pcs", "12000.00"},
                {"p-crm-10", "CRM licence, 10 users", lic, "pcs", "99000.00"},
                {"p-crm-50", "CRM licence, 50 users", lic, "pcs", "420000.00"},
                {"p-mobile", "Mobile app", add, "pcs", "3500.00"},
                {"p-mail", "Mail connector", add, "pcs", "5000.00"},
                {"p-setup", "Implementation, per hour", srv, "hour", "2500.00"},
                {"p-training", "Training day", srv, "day", "30000.00"},
                {"p-support", "Support, per month", srv, "month", "15000.00"}};
        for (Object[] it : items) {
            ProductId id = ProductId.of((String) it[0]);
            in.product(new Product(id, (String) it[1], (ProductGroupId) it[2], (String) it[3]));
            BigDecimal price = new BigDecimal((String) it[4]);
            in.price(new Price(id, RETAIL, price.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP),
                    today.minusDays(90)));
            in.price(new Price(id, RETAIL, price, today.minusDays(10)));
            tick.run();
        }
    }

    private Client client(int n, ManagerId manager) {
        boolean russian = random.nextBoolean();
        boolean organization = random.nextInt(100) < 80;
        String person = russian ? pick(RU_FIRST) + " " + pick(RU_LAST) : pick(EN_FIRST) + " " + pick(EN_LAST);
        String name = organization
                ? String.format(russian ? pick(RU_FORMS) : pick(EN_FORMS), russian ? pick(RU_COMPANIES) : pick(EN_COMPANIES))
                : person;
        Map<String, String> portrait = new LinkedHashMap<>();
        portrait.put("industry", pick(INDUSTRIES));
        portrait.put("size", pick(SIZES));
        portrait.put("region", russian ? pick(REGIONS) : "London");
        if (random.nextInt(100) < 85) {
            portrait.put("source", pick(SOURCES));
        }
        String phone = String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100), n, random.nextInt(100), random.nextInt(100));
        List<io.crmkit.client.Phone> phones = new ArrayList<>();
        if (random.nextInt(100) < 90) {
            phones.add(crm.context().phones().phone("phone", phone));
        }
        List<Email> emails = random.nextInt(100) < 75
                ? List.of(Email.of("contact" + n + "@client" + n + ".example")) : List.of();
        List<Contact> contacts = new ArrayList<>();
        if (random.nextInt(100) < 92) {
            contacts.add(new Contact(ContactId.of(String.format("p-%04d", n)), person, pick(POSITIONS),
                    ContactInfo.of(phones, emails)));
        }
        Instant created = now.minus(Duration.ofDays(60 + random.nextInt(300)));
        return Client.restore(ClientId.of(String.format("c-%04d", n)), organization ? ClientKind.ORGANIZATION : ClientKind.PERSON,
                name, manager, portrait, contacts, ContactInfo.empty(), created, 0);
    }

    private Interest interest(int n, Client client, ManagerId manager) {
        SalesFunnel f = crm.settings().defaultFunnel();
        int target = random.nextInt(f.stages().size());
        Instant at = now.minus(Duration.ofDays(5 + random.nextInt(55))).minus(Duration.ofHours(random.nextInt(8)));
        List<StageEntry> history = new ArrayList<>();
        for (int s = 0; s <= target; s++) {
            if (s > 0 && s < target && random.nextInt(100) < 20) {
                continue; // a skipped stage
            }
            history.add(new StageEntry(f.stages().get(s).code(), at, manager));
            at = at.plus(Duration.ofHours(12 + random.nextInt(96)));
            if (at.isAfter(now)) {
                at = now.minus(Duration.ofMinutes(history.size()));
            }
        }
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).at().isBefore(history.get(i - 1).at())) {
                history.set(i, new StageEntry(history.get(i).stage(), history.get(i - 1).at(), manager));
            }
        }
        int roll = random.nextInt(100);
        InterestStatus status = roll < 70 ? InterestStatus.ACTIVE : roll < 82 ? InterestStatus.WON
                : roll < 95 ? InterestStatus.LOST : InterestStatus.SUSPENDED;
        Instant last = history.get(history.size() - 1).at();
        Instant closed = status == InterestStatus.WON || status == InterestStatus.LOST
                ? (last.plus(Duration.ofDays(2)).isBefore(now) ? last.plus(Duration.ofDays(2)) : last) : null;
        String reason = status == InterestStatus.LOST ? pick(crm.settings().lossReasons().toArray(String[]::new)) : null;
        Money amount = random.nextInt(100) < 85
                ? Money.of(BigDecimal.valueOf(10_000L * (1 + random.nextInt(60))), "RUB") : null;
        ContactId contact = client.contacts().isEmpty() ? null : client.contacts().get(0).id();
        return Interest.restore(InterestId.of(String.format("i-%04d", n)), client.id(), contact, manager, f.code(), status,
                amount, null, client.portrait().get("source"), reason, closed, history, 0);
    }

    private Interaction interaction(int n, Client client, Interest interest, ManagerId manager) {
        String type = pick(TYPES);
        int dayOffset = -30 + random.nextInt(38);
        LocalDate day = LocalDate.ofInstant(now, zone).plusDays(dayOffset);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        Instant start = day.atTime(LocalTime.of(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30)).atZone(zone).toInstant();
        Instant end = start.plus(Duration.ofMinutes("MEETING".equals(type) ? 60 : "TASK".equals(type) ? 30 : 15));
        InteractionStatus status;
        Instant completed = null;
        if (end.isBefore(now)) {
            int roll = random.nextInt(100);
            status = roll < 93 ? InteractionStatus.COMPLETED : roll < 96 ? InteractionStatus.PLANNED : InteractionStatus.CANCELLED;
            completed = status == InteractionStatus.COMPLETED ? end : null;
        } else {
            status = InteractionStatus.PLANNED;
        }
        InterestId linked = interest != null && random.nextInt(100) < 80 ? interest.id() : null;
        String subject = switch (type) {
            case "MEETING" -> "Meeting with " + client.name();
            case "OUTGOING_CALL" -> "Call " + client.name();
            case "INCOMING_CALL" -> "Call from " + client.name();
            case "OUTGOING_LETTER" -> "Letter to " + client.name();
            case "INCOMING_LETTER" -> "Letter from " + client.name();
            default -> "Prepare documents for " + client.name();
        };
        ContactId contact = client.contacts().isEmpty() ? null : client.contacts().get(0).id();
        return Interaction.restore(InteractionId.of(String.format("x-%05d", n)), type, client.id(), contact, linked, manager,
                subject, null, start, end, status, completed, status == InteractionStatus.COMPLETED ? "Done" : null,
                random.nextInt(10) == 0 ? Importance.HIGH : Importance.NORMAL, null, 0);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
