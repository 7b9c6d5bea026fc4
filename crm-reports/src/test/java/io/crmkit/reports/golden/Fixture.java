package io.crmkit.reports.golden;

import io.crmkit.Crm;
import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.PhoneNormalizer;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Writes a hand-made data set straight into a storage through its ports (so that the same data
 * set loads into the in-memory and the JPA storages), with moments written as local date-times
 * in the fixture's zone. Records keep the ids given.
 */
public final class Fixture {
    private final Storage storage;
    private final ZoneId zone;
    private final CrmSettings settings;
    private final PhoneNormalizer phones;

    public Fixture(Storage storage, CrmSettings settings) {
        this.storage = storage;
        this.settings = settings;
        this.zone = settings.zone();
        this.phones = new PhoneNormalizer(settings.defaultPhoneRegion());
    }

    /** A crm over the fixture's storage and settings with the clock fixed at {@code now} (local, in the zone). */
    public Crm crmAt(String now) {
        return Crm.builder().storage(storage).clock(Clock.fixed(at(now), zone)).settings(settings).build();
    }

    public Storage storage() {
        return storage;
    }

    /** A moment from a local date-time in the fixture's zone, e.g. {@code "2026-03-02T10:00"}. */
    public Instant at(String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    public Fixture department(String id, String name, String parent, int norm) {
        storage.transactions().run(() -> storage.departments().save(Department.of(DepartmentId.of(id), name,
                parent == null ? null : DepartmentId.of(parent), null, norm)));
        return this;
    }

    public Fixture head(String department, String manager) {
        storage.transactions().run(() -> {
            Department d = storage.departments().find(DepartmentId.of(department)).orElseThrow();
            storage.departments().save(d.withHead(ManagerId.of(manager)));
        });
        return this;
    }

    public Fixture manager(String id, String name, String department) {
        storage.transactions().run(() -> storage.managers().save(Manager.of(ManagerId.of(id), name,
                Email.of(id + "@example.com"), DepartmentId.of(department))));
        return this;
    }

    /**
     * A client with contacts; each contact is {@code {id, name, phone-or-null, email-or-null}}.
     *
     * @param portrait portrait values
     */
    public Fixture client(String id, String name, String manager, Map<String, String> portrait, String[]... contacts) {
        List<Contact> cs = new ArrayList<>();
        for (String[] c : contacts) {
            cs.add(new Contact(ContactId.of(c[0]), c[1], null, ContactInfo.of(
                    c[2] == null ? List.of() : List.of(phones.phone("phone", c[2])),
                    c[3] == null ? List.of() : List.of(Email.of(c[3])))));
        }
        storage.transactions().run(() -> storage.clients().save(Client.restore(ClientId.of(id), ClientKind.ORGANIZATION,
                name, ManagerId.of(manager), portrait, cs, ContactInfo.empty(), at("2026-01-10T10:00"), 0)));
        return this;
    }

    /** A contact row for {@link #client}. */
    public static String[] contact(String id, String name, String phone, String email) {
        return new String[] {id, name, phone, email};
    }

    /**
     * An interest with its history; {@code stages} alternate stage code and local moment:
     * {@code "INQUIRY", "2026-03-02T10:00", "OFFER", "2026-03-05T12:00"}.
     *
     * @param amount "150000.00 RUB" or {@code null}
     */
    public Fixture interest(String id, String client, String manager, String funnel, String amount, InterestStatus status,
                            String closedAt, String... stages) {
        List<StageEntry> h = new ArrayList<>();
        for (int k = 0; k < stages.length; k += 2) {
            h.add(new StageEntry(stages[k], at(stages[k + 1]), ManagerId.of(manager)));
        }
        Money money = amount == null ? null : Money.of(amount.split(" ")[0], amount.split(" ")[1]);
        storage.transactions().run(() -> storage.interests().save(Interest.restore(InterestId.of(id), ClientId.of(client),
                null, ManagerId.of(manager), funnel, status, money, null, null,
                status == InterestStatus.LOST ? "Price too high" : null, closedAt == null ? null : at(closedAt), h, 0)));
        return this;
    }

    /** Stores an interest built through the domain transitions (for reopened interests). */
    public Fixture interest(Interest interest) {
        storage.transactions().run(() -> storage.interests().save(interest));
        return this;
    }

    /** An interest opened at {@code at} at the first stage of the default funnel, not yet stored. */
    public Interest opened(String id, String client, String manager, String amount, String at) {
        SalesFunnel f = settings.defaultFunnel();
        Money money = amount == null ? null : Money.of(amount.split(" ")[0], amount.split(" ")[1]);
        return Interest.open(InterestId.of(id), ClientId.of(client), null, ManagerId.of(manager), f, f.first().code(),
                money, null, null, at(at), ManagerId.of(manager));
    }

    public SalesFunnel funnel() {
        return settings.defaultFunnel();
    }

    /**
     * An interaction.
     *
     * @param completedAt the local completion moment for COMPLETED, else {@code null}
     */
    public Fixture interaction(String id, String type, String client, String manager, String start, String end,
                               InteractionStatus status, String completedAt) {
        storage.transactions().run(() -> storage.interactions().save(Interaction.restore(InteractionId.of(id), type,
                ClientId.of(client), null, null, ManagerId.of(manager), "Subject " + id, null, at(start), at(end), status,
                completedAt == null ? null : at(completedAt), null, Importance.NORMAL, null, 0)));
        return this;
    }

    /** An interaction linked to an interest. */
    public Fixture interaction(String id, String type, String client, String interest, String manager, String start,
                               String end, InteractionStatus status, String completedAt) {
        storage.transactions().run(() -> storage.interactions().save(Interaction.restore(InteractionId.of(id), type,
                ClientId.of(client), null, interest == null ? null : InterestId.of(interest), ManagerId.of(manager),
                "Subject " + id, null, at(start), at(end), status, completedAt == null ? null : at(completedAt), null,
                Importance.NORMAL, null, 0)));
        return this;
    }

    public Fixture group(String id, String name, String parent) {
        storage.transactions().run(() -> storage.products().saveGroup(new ProductGroup(ProductGroupId.of(id), name,
                parent == null ? null : ProductGroupId.of(parent))));
        return this;
    }

    public Fixture product(String id, String name, String group, String unit) {
        storage.transactions().run(() -> storage.products().saveProduct(new Product(ProductId.of(id), name,
                group == null ? null : ProductGroupId.of(group), unit)));
        return this;
    }

    public Fixture priceType(String code, String name, String currency) {
        storage.transactions().run(() -> storage.products().savePriceType(new PriceType(code, name, Currency.getInstance(currency))));
        return this;
    }

    public Fixture price(String product, String priceType, String amount, String validFrom) {
        storage.transactions().run(() -> storage.products().savePrice(new Price(ProductId.of(product), priceType,
                new BigDecimal(amount), LocalDate.parse(validFrom))));
        return this;
    }
}
