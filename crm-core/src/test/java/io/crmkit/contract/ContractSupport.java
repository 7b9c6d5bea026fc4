package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Storage;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.client.PhoneNormalizer;
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
import io.crmkit.org.OrgChart;
import io.crmkit.org.ResolvedScope;
import io.crmkit.org.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port contract shares: a fresh storage per test, a small org chart (a top department
 * with a sub-department and an unrelated one, one manager in each), makers for domain objects and
 * a field-by-field comparison that treats {@code 150000.00} and {@code 150000.0000} as equal.
 *
 * <p>Subclasses in adapters implement {@link #newStorage()} only. Tests never rely on object
 * identity, on ids they did not choose, or on sub-second precision of moments.
 */
public abstract class ContractSupport {
    /** A Monday, 10:00 in Moscow. Moments in contracts are whole seconds. */
    protected static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
    protected static final DepartmentId TOP = DepartmentId.of("d-top");
    protected static final DepartmentId SUB = DepartmentId.of("d-sub");
    protected static final DepartmentId OTHER = DepartmentId.of("d-other");
    /** Manager in {@link #TOP}. */
    protected static final ManagerId ANNA = ManagerId.of("m-anna");
    /** Manager in {@link #SUB}. */
    protected static final ManagerId BORIS = ManagerId.of("m-boris");
    /** Manager in {@link #OTHER}. */
    protected static final ManagerId CLARA = ManagerId.of("m-clara");
    protected static final SalesFunnel FUNNEL = SalesFunnel.defaultFunnel();
    protected static final PhoneNormalizer PHONES = new PhoneNormalizer("RU");

    protected Storage storage;

    /** A fresh, empty storage. Called once per test. */
    protected abstract Storage newStorage();

    @BeforeEach
    void openStorage() {
        storage = newStorage();
    }

    @AfterEach
    void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    protected <T> T tx(Supplier<T> work) {
        return storage.transactions().inTransaction(work);
    }

    protected void txRun(Runnable work) {
        storage.transactions().run(work);
    }

    /** Stores the three departments and three managers. */
    protected void seedOrg() {
        txRun(() -> {
            storage.departments().save(Department.of(TOP, "Sales", null, null, 48));
            storage.departments().save(Department.of(SUB, "Sales North", TOP, null, 40));
            storage.departments().save(Department.of(OTHER, "Service", null, null, 20));
            storage.managers().save(Manager.of(ANNA, "Anna Petrova", Email.of("anna@example.com"), TOP));
            storage.managers().save(Manager.of(BORIS, "Boris Orlov", Email.of("boris@example.com"), SUB));
            storage.managers().save(Manager.of(CLARA, "Clara Lind", null, OTHER));
        });
    }

    protected ResolvedScope scope(Scope scope) {
        return ResolvedScope.of(new OrgChart(storage.departments().all(), storage.managers().all()), scope);
    }

    protected ResolvedScope own(ManagerId m) {
        return scope(Scope.own(m));
    }

    protected ResolvedScope department(DepartmentId d) {
        return scope(Scope.department(d));
    }

    protected ResolvedScope company() {
        return scope(Scope.company());
    }

    protected static Phone phone(String raw) {
        return PHONES.phone("phone", raw);
    }

    protected static Contact contact(String id, String name, String phone, String email) {
        return new Contact(ContactId.of(id), name, null, ContactInfo.of(
                phone == null ? List.of() : List.of(phone(phone)),
                email == null ? List.of() : List.of(Email.of(email))));
    }

    /** A client with its contacts (in id order), no portrait, created at {@link #T0}. */
    protected static Client client(String id, ManagerId manager, String name, Contact... contacts) {
        Client c = Client.create(ClientId.of(id), ClientKind.ORGANIZATION, name, manager, T0);
        for (Contact p : contacts) {
            c = c.addContact(p);
        }
        return c;
    }

    protected Client saveClient(Client c) {
        return tx(() -> storage.clients().save(c));
    }

    /** An ACTIVE interest of the default funnel opened at {@code at} at its first stage, without amount. */
    protected static Interest interest(String id, String client, ManagerId manager, Instant at) {
        return Interest.open(InterestId.of(id), ClientId.of(client), null, manager, FUNNEL, "INQUIRY", null, null, null, at, manager);
    }

    protected static Interest interest(String id, String client, ManagerId manager, Instant at, String amount) {
        return Interest.open(InterestId.of(id), ClientId.of(client), null, manager, FUNNEL, "INQUIRY",
                Money.of(amount, "RUB"), null, null, at, manager);
    }

    protected Interest saveInterest(Interest i) {
        return tx(() -> storage.interests().save(i));
    }

    protected static Interaction planned(String id, String type, String client, ManagerId manager, Instant start, Instant end) {
        return Interaction.plan(InteractionId.of(id), type, ClientId.of(client), null, null, manager, "subject " + id, null,
                start, end, Importance.NORMAL);
    }

    protected Interaction saveInteraction(Interaction x) {
        return tx(() -> storage.interactions().save(x));
    }

    /** Asserts two domain objects are equal field by field (decimals by value, not scale). */
    protected static void assertSameFields(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    /** Decimal amounts by currency, as plain strings without trailing zeros, for scale-blind comparison. */
    protected static Map<String, String> plain(Map<String, BigDecimal> amounts) {
        Map<String, String> out = new java.util.TreeMap<>();
        amounts.forEach((k, v) -> out.put(k, v.stripTrailingZeros().toPlainString()));
        return out;
    }

    protected static <T, R> List<R> map(List<T> xs, java.util.function.Function<T, R> f) {
        List<R> out = new ArrayList<>();
        for (T x : xs) {
            out.add(f.apply(x));
        }
        return out;
    }
}
