package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Crm;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.inquiry.ClientMatch;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.tx.BulkImport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Counts the SQL statements, sessions and connections of one client search (accept inquiry's
 * {@code crm.inquiries().search}) on a small data set with few matches and on a larger one with many:
 * the counts must be equal (no statement per match or per client) and small. The company scope reads
 * no org chart; each search uses one session and one connection.
 */
class SearchStatementCountTest {
    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
    private static final DepartmentId TOP = DepartmentId.of("d-top");
    private static final DepartmentId SUB = DepartmentId.of("d-sub");
    private static final ManagerId ANNA = ManagerId.of("m-anna");
    private static final ManagerId BORIS = ManagerId.of("m-boris");
    private static final String SHARED_PHONE = "+7 999 000-00-01";
    private static final String SHARED_EMAIL = "Shared@Box.Example";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void statementsPerSearchDoNotGrowWithMatchesOrClients(TestDatabases.Kind kind) {
        Map<String, Long> small = measure(kind, 10, 2, 3);
        Map<String, Long> large = measure(kind, 60, 5, 30);
        System.out.println(kind + " statements, sessions, connections per search: " + small);
        assertThat(large).isEqualTo(small);
        // the keyed searches: the hits in one statement, then the active interests and the planned interactions
        assertThat(small.get("phone, company")).isEqualTo(3);
        assertThat(small.get("e-mail, company")).isEqualTo(3);
        // on PostgreSQL the name search first sets custom plans for its transaction (see Jpa.customPlans)
        int planSetting = kind == TestDatabases.Kind.POSTGRESQL ? 1 : 0;
        assertThat(small.get("name, company")).isEqualTo(3 + planSetting);
        assertThat(small.get("phone, e-mail and name, company")).isEqualTo(5 + planSetting);
        // a department scope also reads the org chart (departments, managers), as stored now
        assertThat(small.get("name, department")).isLessThanOrEqualTo(5 + planSetting);
        assertThat(small.get("phone, department")).isLessThanOrEqualTo(5);
        small.forEach((k, v) -> {
            if (k.startsWith("sessions") || k.startsWith("connections")) {
                assertThat(v).as(k).isEqualTo(1);
            }
        });
    }

    private Map<String, Long> measure(TestDatabases.Kind kind, int clients, int keyMatches, int nameMatches) {
        JpaStorage s = SharedStorages.emptied(kind);
        seed(s, clients, keyMatches, nameMatches);
        Crm crm = Crm.builder().storage(s).clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
        Statistics stats = s.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        Map<String, Supplier<List<ClientMatch>>> searches = new LinkedHashMap<>();
        searches.put("phone, company", () -> crm.inquiries().search(ClientSearch.byPhone(SHARED_PHONE), Scope.company()));
        searches.put("e-mail, company", () -> crm.inquiries().search(ClientSearch.byEmail(SHARED_EMAIL), Scope.company()));
        searches.put("name, company", () -> crm.inquiries().search(ClientSearch.byName("ACME"), Scope.company()));
        searches.put("phone, e-mail and name, company", () -> crm.inquiries().search(
                new ClientSearch(SHARED_PHONE, SHARED_EMAIL, "acme"), Scope.company()));
        searches.put("phone, department", () -> crm.inquiries().search(ClientSearch.byPhone(SHARED_PHONE), Scope.department(SUB)));
        searches.put("name, department", () -> crm.inquiries().search(ClientSearch.byName("acme"), Scope.department(SUB)));
        Map<String, Integer> expected = Map.of("phone, company", keyMatches, "e-mail, company", keyMatches,
                "name, company", nameMatches, "phone, e-mail and name, company", nameMatches + keyMatches,
                "phone, department", borisIn(clients - keyMatches + 1, clients), "name, department", borisIn(1, nameMatches));
        Map<String, Long> counts = new LinkedHashMap<>();
        searches.forEach((name, search) -> {
            stats.clear();
            List<ClientMatch> found = search.get();
            assertThat(found).as(name).hasSize(expected.get(name));
            assertThat(found).as(name).allSatisfy(m -> {
                assertThat(m.activeInterests()).hasSize(1);
                assertThat(m.plannedInteractions()).hasSize(1);
            });
            counts.put(name, stats.getPrepareStatementCount());
            counts.put("sessions: " + name, stats.getSessionOpenCount());
            counts.put("connections: " + name, stats.getConnectCount());
        });
        return counts;
    }

    /** How many of clients {@code from}..{@code to} are Boris's (the odd ones). */
    private static int borisIn(int from, int to) {
        return (int) java.util.stream.IntStream.rangeClosed(from, to).filter(i -> i % 2 == 1).count();
    }

    /**
     * {@code n} clients, alternately Anna's (top department) and Boris's (sub-department), two contacts
     * each. The last {@code keyMatches} clients' second contact has the shared phone and e-mail; the
     * first {@code nameMatches} clients match "acme", half by their own name, half by a contact's.
     */
    private static void seed(JpaStorage s, int n, int keyMatches, int nameMatches) {
        try (BulkImport b = s.bulkImport(100)) {
            b.department(Department.of(TOP, "Sales", null, null, 48));
            b.department(Department.of(SUB, "Team", TOP, null, 48));
            b.manager(Manager.of(ANNA, "Anna", null, TOP));
            b.manager(Manager.of(BORIS, "Boris", null, SUB));
            for (int i = 1; i <= n; i++) {
                String k = String.format("%04d", i);
                ManagerId m = i % 2 == 0 ? ANNA : BORIS;
                boolean byClientName = i <= nameMatches && i % 2 == 1;
                boolean byContactName = i <= nameMatches && i % 2 == 0;
                boolean shared = i > n - keyMatches;
                Contact first = new Contact(ContactId.of("p" + k + "1"), (byContactName ? "Acme buyer " : "Person ") + k, null,
                        ContactInfo.of(List.of(phone("+7912" + String.format("%07d", i * 10 + 1))), List.of(Email.of("p" + k + "1@x.example"))));
                Contact second = new Contact(ContactId.of("p" + k + "2"), "Person " + k + "b", null,
                        ContactInfo.of(List.of(phone(shared ? "+79990000001" : "+7912" + String.format("%07d", i * 10 + 2))),
                                List.of(Email.of(shared ? SHARED_EMAIL : "p" + k + "2@x.example"))));
                Client cl = Client.restore(ClientId.of("c" + k), ClientKind.ORGANIZATION, (byClientName ? "ACME " : "Client ") + k, m,
                        Map.of("industry", "IT"), List.of(first, second), ContactInfo.of(List.of(), List.of()), T0, 0);
                b.client(cl);
                Interest in = Interest.open(InterestId.of("i" + k), cl.id(), null, m, SalesFunnel.defaultFunnel(), "INQUIRY",
                        null, null, null, T0, m);
                b.interest(in);
                b.interaction(Interaction.plan(InteractionId.of("x" + k), "MEETING", cl.id(), null, in.id(), m, "meet", null,
                        T0.plusSeconds(86400L * (1 + i % 20)), T0.plusSeconds(86400L * (1 + i % 20) + 3600), Importance.NORMAL));
            }
        }
    }

    private static Phone phone(String e164) {
        return new Phone(e164, e164);
    }
}
