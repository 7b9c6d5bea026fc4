package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Counts the SQL statements (Hibernate statistics) each read issues on a small and on a ten times
 * larger data set: the counts must be equal (no N+1) and small, for the report queries and for the
 * repository reads of aggregates with children (client contacts, interest history).
 */
class StatementCountTest {
    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
    private static final ManagerId ANNA = ManagerId.of("m-anna");
    private static final ManagerId BORIS = ManagerId.of("m-boris");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void statementsDoNotGrowWithRows(TestDatabases.Kind kind) {
        Map<String, Long> small = measure(kind, 4);
        Map<String, Long> large = measure(kind, 40);
        System.out.println(kind + " statements per read: " + small);
        assertThat(large).isEqualTo(small);
        assertThat(small.get("clients.inScope")).isLessThanOrEqualTo(6);
        assertThat(small.get("clients.find")).isEqualTo(1);
        assertThat(small.get("clients.names")).isEqualTo(1);
        assertThat(small.get("interests.find")).isEqualTo(1);
        assertThat(small.get("interests.inScope")).isLessThanOrEqualTo(3);
        // on PostgreSQL the period reports first ask for custom plans (Jpa.customPlans)
        int plans = kind == TestDatabases.Kind.POSTGRESQL ? 1 : 0;
        assertThat(small.get("report.funnelFacts")).isLessThanOrEqualTo(3 + plans);
        assertThat(small.get("report.dailyPoints")).isEqualTo(1 + plans);
        assertThat(small.get("report.priceListFacts")).isEqualTo(1);
        small.forEach((k, v) -> assertThat(v).as(k).isLessThanOrEqualTo(7).isPositive());
    }

    private Map<String, Long> measure(TestDatabases.Kind kind, int clients) {
        JpaStorage s = SharedStorages.emptied(kind);
        seed(s, clients);
        Statistics stats = s.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        ResolvedScope company = new ResolvedScope(true, Set.of());
        ResolvedScope anna = new ResolvedScope(false, Set.of(ANNA, BORIS));
        Map<String, Integer> points = new HashMap<>();
        for (InteractionType t : CrmSettings.defaultInteractionTypes()) {
            points.put(t.code(), t.points());
        }
        ReportQueries q = s.reportQueries();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Consumer<JpaStorage>> reads = new LinkedHashMap<>();
        reads.put("clients.inScope", x -> assertThat(x.clients().inScope(anna)).hasSize(clients));
        reads.put("clients.find", x -> assertThat(x.clients().find(ClientId.of("c0001"))).isPresent());
        reads.put("clients.names", x -> assertThat(x.clients().names(java.util.stream.IntStream.rangeClosed(1, clients)
                .mapToObj(i -> ClientId.of(String.format("c%04d", i))).toList())).hasSize(clients));
        reads.put("clients.findByPhoneKey", x -> assertThat(x.clients().findByPhoneKey("+79120000001")).hasSize(1));
        reads.put("clients.findByNameFragment", x -> assertThat(x.clients().findByNameFragment("client", company, 1000)).hasSize(clients));
        reads.put("interests.inScope", x -> assertThat(x.interests().inScope(company)).hasSize(clients));
        reads.put("interests.find", x -> assertThat(x.interests().find(InterestId.of("i0001"))).isPresent());
        reads.put("interactions.plannedInScope", x -> assertThat(x.interactions().plannedInScope(company)).hasSize(clients));
        reads.put("report.funnelFacts", x -> assertThat(q.funnelFacts(anna, SalesFunnel.defaultFunnel(), T0.minusSeconds(86400),
                T0.plusSeconds(86400 * 30)).cohort()).hasSize(clients));
        reads.put("report.dailyPoints", x -> assertThat(q.dailyPoints(anna, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"), BERLIN, points)).isNotEmpty());
        reads.put("report.clientFacts", x -> assertThat(q.clientFacts(anna, T0.plusSeconds(86400 * 40),
                Set.of("industry", "size"))).hasSize(clients));
        reads.put("report.touches", x -> assertThat(q.touches(anna, T0, T0.plusSeconds(86400 * 40))).hasSize(clients));
        reads.put("report.warmClients", x -> assertThat(q.warmClients(anna, T0.plusSeconds(86400 * 40), T0)).hasSize(clients));
        reads.put("report.interactionCounts", x -> assertThat(q.interactionCounts(anna, T0, T0.plusSeconds(86400 * 40),
                T0.plusSeconds(86400 * 40), points)).isNotEmpty());
        reads.put("report.interestCounts", x -> assertThat(q.interestCounts(anna)).isNotEmpty());
        reads.put("report.currentPrices", x -> assertThat(q.currentPrices("RETAIL", LocalDate.parse("2026-03-10"))).hasSize(clients));
        reads.put("report.priceListFacts", x -> assertThat(q.priceListFacts("RETAIL", LocalDate.parse("2026-03-10")).prices())
                .hasSize(clients));
        reads.forEach((name, read) -> {
            stats.clear();
            read.accept(s);
            counts.put(name, stats.getPrepareStatementCount());
        });
        return counts;
    }

    static void seed(JpaStorage s, int n) {
        try (BulkImport b = s.bulkImport(100)) {
            b.department(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
            b.manager(Manager.of(ANNA, "Anna", null, DepartmentId.of("d")));
            b.manager(Manager.of(BORIS, "Boris", null, DepartmentId.of("d")));
            b.priceType(new PriceType("RETAIL", "Retail", java.util.Currency.getInstance("RUB")));
            for (int i = 1; i <= n; i++) {
                String k = String.format("%04d", i);
                ManagerId m = i % 2 == 0 ? ANNA : BORIS;
                List<Contact> contacts = new ArrayList<>();
                for (int c = 1; c <= 3; c++) {
                    contacts.add(new Contact(ContactId.of("p" + k + c), "Person " + k + c, null, ContactInfo.of(
                            List.of(new Phone("+7912" + String.format("%07d", i * 10 + c), "+7912" + String.format("%07d", i * 10 + c))),
                            List.of(Email.of("p" + k + c + "@x.example")))));
                }
                Client cl = Client.restore(ClientId.of("c" + k), ClientKind.ORGANIZATION, "Client " + k, m,
                        Map.of("industry", "IT"), contacts, ContactInfo.of(List.of(new Phone("+7912000000" + (i == 1 ? "1" : "0") + k,
                                i == 1 ? "+79120000001" : "+7912000000" + k)), List.of()), T0, 0);
                b.client(cl);
                Interest in = Interest.open(InterestId.of("i" + k), cl.id(), null, m, SalesFunnel.defaultFunnel(), "INQUIRY",
                        Money.of("1000.00", "RUB"), null, null, T0, m)
                        .moveTo(SalesFunnel.defaultFunnel(), "OFFER", m, T0.plusSeconds(3600))
                        .moveTo(SalesFunnel.defaultFunnel(), "AGREEMENT", m, T0.plusSeconds(7200));
                b.interest(in);
                b.interaction(Interaction.plan(InteractionId.of("x" + k + "a"), "MEETING", cl.id(), null, in.id(), m, "meet", null,
                        T0.plusSeconds(86400L * (i % 20)), T0.plusSeconds(86400L * (i % 20) + 3600), Importance.NORMAL));
                b.interaction(Interaction.recordDone(InteractionId.of("x" + k + "b"), "OUTGOING_CALL", cl.id(), null, in.id(), m,
                        "call", null, T0.plusSeconds(86400L * (i % 25)), "ok", null));
                b.product(new Product(ProductId.of("pr" + k), "Product " + k, null, "pcs"));
                b.price(new Price(ProductId.of("pr" + k), "RETAIL", new BigDecimal("10.50"), LocalDate.parse("2026-01-01")));
                b.price(new Price(ProductId.of("pr" + k), "RETAIL", new BigDecimal("11.50"), LocalDate.parse("2026-03-01")));
            }
        }
    }
}
