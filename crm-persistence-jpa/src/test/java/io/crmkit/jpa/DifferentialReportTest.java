package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.InteractionType;
import io.crmkit.catalog.SalesFunnel;
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
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.money.Money;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductId;
import io.crmkit.report.ReportQueries;
import io.crmkit.tx.BulkImport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A randomized data set (fixed, printed seed) around the March 2026 daylight-saving change is loaded
 * into the in-memory storage and into the JPA storage; every report query and scoped list must give
 * the same answer on both, for several scopes and time zones.
 */
class DifferentialReportTest {
    private static final long SEED = 20261129L;
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final SalesFunnel FUNNEL = SalesFunnel.defaultFunnel();
    private static final List<ManagerId> MANAGERS = List.of(ManagerId.of("m1"), ManagerId.of("m2"), ManagerId.of("m3"), ManagerId.of("m4"));
    private static final List<String> LOSS = List.of("Price too high", "No budget");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyReportAgreesWithTheInMemoryStorage(TestDatabases.Kind kind) {
        System.out.println("DifferentialReportTest seed " + SEED + " on " + kind);
        Storage memory = InMemoryStorage.create();
        JpaStorage jpa = SharedStorages.emptied(kind);
        try (BulkImport a = memory.bulkImport(50); BulkImport b = jpa.bulkImport(50)) {
            generate(new Random(SEED), a);
            generate(new Random(SEED), b);
        }
        Map<String, Integer> points = new HashMap<>();
        for (InteractionType t : CrmSettings.defaultInteractionTypes()) {
            points.put(t.code(), t.points());
        }
        List<ResolvedScope> scopes = List.of(new ResolvedScope(true, Set.copyOf(MANAGERS)),
                new ResolvedScope(false, Set.of(MANAGERS.get(0))), new ResolvedScope(false, Set.of(MANAGERS.get(1), MANAGERS.get(2))),
                new ResolvedScope(false, Set.of()));
        Instant now = Instant.parse("2026-03-20T12:00:00Z");
        for (ResolvedScope scope : scopes) {
            ReportQueries m = memory.reportQueries();
            ReportQueries j = jpa.reportQueries();
            same(m.funnelFacts(scope, FUNNEL, MARCH, MARCH.plusSeconds(86400L * 20)),
                    j.funnelFacts(scope, FUNNEL, MARCH, MARCH.plusSeconds(86400L * 20)));
            for (ZoneId zone : List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("UTC"), ZoneId.of("America/New_York"))) {
                same(m.dailyPoints(scope, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-05"), zone, points),
                        j.dailyPoints(scope, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-05"), zone, points));
            }
            same(m.clientFacts(scope, now, Set.of("industry", "region")), j.clientFacts(scope, now, Set.of("industry", "region")));
            same(m.touches(scope, MARCH, now), j.touches(scope, MARCH, now));
            same(m.warmClients(scope, now, now.minusSeconds(86400L * 10)), j.warmClients(scope, now, now.minusSeconds(86400L * 10)));
            same(m.interactionCounts(scope, MARCH, now, now, points), j.interactionCounts(scope, MARCH, now, now, points));
            same(plain(m.interestCounts(scope)), plain(j.interestCounts(scope)));
            same(memory.clients().inScope(scope), jpa.clients().inScope(scope));
            same(memory.interests().activeInScope(scope), jpa.interests().activeInScope(scope));
            same(memory.interactions().scheduledBetween(scope, MARCH, now), jpa.interactions().scheduledBetween(scope, MARCH, now));
            same(memory.interactions().completedBetween(scope, MARCH, now), jpa.interactions().completedBetween(scope, MARCH, now));
            same(memory.interactions().plannedInScope(scope), jpa.interactions().plannedInScope(scope));
        }
        same(memory.reportQueries().currentPrices("RETAIL", LocalDate.parse("2026-03-15")),
                jpa.reportQueries().currentPrices("RETAIL", LocalDate.parse("2026-03-15")));
        assertThat(jpa.reportQueries().dailyPoints(scopes.get(0), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-05"),
                ZoneId.of("Europe/Berlin"), points)).isNotEmpty();
    }

    private static List<Object> plain(List<ReportQueries.InterestCounts> rows) {
        List<Object> out = new ArrayList<>();
        for (ReportQueries.InterestCounts r : rows) {
            Map<String, String> amounts = new TreeMap<>();
            r.amount().forEach((k, v) -> amounts.put(k, v.toPlainString()));
            out.add(List.of(r.manager(), r.status(), r.count(), amounts));
        }
        return out;
    }

    private static void same(Object expected, Object actual) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    private static <T> T pick(Random r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    private static void generate(Random r, BulkImport b) {
        b.department(Department.of(DepartmentId.of("d1"), "Sales", null, null, 48));
        for (ManagerId m : MANAGERS) {
            b.manager(Manager.of(m, "Manager " + m, null, DepartmentId.of("d1")));
        }
        b.priceType(new PriceType("RETAIL", "Retail", java.util.Currency.getInstance("RUB")));
        for (int p = 0; p < 12; p++) {
            ProductId id = ProductId.of("p" + p);
            b.product(new Product(id, "Product " + p, null, "pcs"));
            for (int k = 0; k < r.nextInt(4); k++) {
                b.price(new Price(id, "RETAIL", BigDecimal.valueOf(r.nextInt(100000), 2), LocalDate.parse("2026-03-01").plusDays(k * 10L)));
            }
        }
        List<ClientId> clients = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            ClientId id = ClientId.of(String.format("c%02d", c));
            clients.add(id);
            List<Contact> contacts = new ArrayList<>();
            for (int k = 0; k < r.nextInt(3); k++) {
                List<Phone> phones = r.nextBoolean() ? List.of(new Phone("+7912" + (1000000 + c * 10 + k), "+7912" + (1000000 + c * 10 + k))) : List.of();
                List<Email> emails = r.nextBoolean() ? List.of(Email.of("p" + c + k + "@x.example")) : List.of();
                contacts.add(new Contact(ContactId.of("k" + c + "-" + k), "Person " + c + k, null, ContactInfo.of(phones, emails)));
            }
            Map<String, String> portrait = new HashMap<>();
            if (r.nextBoolean()) {
                portrait.put("industry", "IT");
            }
            if (r.nextBoolean()) {
                portrait.put("region", "Moscow");
            }
            b.client(Client.restore(id, ClientKind.ORGANIZATION, "Client " + c, pick(r, MANAGERS), portrait, contacts,
                    ContactInfo.empty(), MARCH, 0));
        }
        List<String> stages = FUNNEL.stages().stream().map(s -> s.code()).toList();
        List<InterestId> interests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ManagerId m = pick(r, MANAGERS);
            Instant at = MARCH.plusSeconds(r.nextInt(86400 * 25));
            Money amount = r.nextInt(4) == 0 ? null : Money.of(BigDecimal.valueOf(r.nextInt(10_000_000), 2), r.nextInt(5) == 0 ? "USD" : "RUB");
            Interest in = Interest.open(InterestId.of(String.format("i%02d", i)), pick(r, clients), null, m, FUNNEL, pick(r, stages),
                    amount, null, null, at, m);
            for (int k = 0; k < r.nextInt(4); k++) {
                at = at.plusSeconds(r.nextInt(86400 * 3) + 1);
                String next = pick(r, stages);
                if (!next.equals(in.currentStage())) {
                    in = in.moveTo(FUNNEL, next, m, at);
                }
            }
            switch (r.nextInt(5)) {
                case 0 -> in = in.win(at.plusSeconds(3600));
                case 1 -> in = in.lose(pick(r, LOSS), at.plusSeconds(7200));
                case 2 -> in = in.suspend(at.plusSeconds(60));
                default -> { }
            }
            interests.add(in.id());
            b.interest(in);
        }
        List<String> types = List.of("OUTGOING_CALL", "INCOMING_CALL", "MEETING", "OUTGOING_LETTER", "TASK", "CUSTOM");
        for (int x = 0; x < 300; x++) {
            Instant start = MARCH.plusSeconds(r.nextInt(86400 * 36) / 60 * 60L);
            Interaction it = Interaction.plan(InteractionId.of(String.format("x%03d", x)), pick(r, types), pick(r, clients), null,
                    r.nextBoolean() ? pick(r, interests) : null, pick(r, MANAGERS), "s" + x, null, start,
                    start.plusSeconds(60L * r.nextInt(180)), Importance.NORMAL);
            switch (r.nextInt(3)) {
                case 0 -> it = it.complete("done", start.plusSeconds(r.nextInt(86400 * 2)));
                case 1 -> it = it.cancel("no");
                default -> { }
            }
            b.interaction(it);
        }
    }
}
