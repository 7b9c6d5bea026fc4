package io.crmkit.testing;

import io.crmkit.Crm;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.ContactId;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.NewInterest;
import io.crmkit.internal.Check;
import io.crmkit.money.Money;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-data builders with sensible defaults, for hosts' tests, demos and crmkit's own tests. Each
 * builder either {@code build()}s the request a service takes, or writes through a {@link Crm}'s
 * services ({@code create}, {@code openIn}, {@code planIn}, {@code acceptIn}), so every rule and
 * check of crmkit applies:
 *
 * <pre>{@code
 * Interest i = TestData.anInterest().of(client).atStage("OFFER").amount("150000.00", "RUB").openIn(crm, manager);
 * Interaction call = TestData.anInteraction().type("OUTGOING_CALL").with(client).at(tomorrow).planIn(crm);
 * }</pre>
 *
 * Builders are mutable and not thread-safe; make one per record.
 */
public final class TestData {
    private TestData() {
    }

    public static DepartmentBuilder aDepartment() {
        return new DepartmentBuilder();
    }

    public static ManagerBuilder aManager() {
        return new ManagerBuilder();
    }

    public static ClientBuilder aClient() {
        return new ClientBuilder();
    }

    public static InterestBuilder anInterest() {
        return new InterestBuilder();
    }

    public static InteractionBuilder anInteraction() {
        return new InteractionBuilder();
    }

    public static InquiryBuilder anInquiry() {
        return new InquiryBuilder();
    }

    /** A department; default id {@code sales}, name "Sales", top level, the settings' default norm. */
    public static final class DepartmentBuilder {
        private DepartmentId id = DepartmentId.of("sales");
        private String name = "Sales";
        private DepartmentId parent;
        private Integer norm;
        private ManagerId head;

        private DepartmentBuilder() {
        }

        public DepartmentBuilder id(String v) {
            id = DepartmentId.of(v);
            return this;
        }

        public DepartmentBuilder named(String v) {
            name = v;
            return this;
        }

        public DepartmentBuilder under(DepartmentId v) {
            parent = v;
            return this;
        }

        public DepartmentBuilder dailyNorm(int points) {
            norm = points;
            return this;
        }

        /** The head, set after the department is created (the manager must exist by then). */
        public DepartmentBuilder headedBy(ManagerId v) {
            head = v;
            return this;
        }

        /** Adds the department (and its head) through {@code crm.org()}. */
        public Department create(Crm crm) {
            Check.notNull("crm", crm);
            Department d = crm.org().addDepartment(id, name, parent, norm);
            return head == null ? d : crm.org().setHead(id, head);
        }
    }

    /** A manager; default id {@code m-anna}, "Anna Petrova", anna@example.com, in department {@code sales}. */
    public static final class ManagerBuilder {
        private ManagerId id = ManagerId.of("m-anna");
        private String name = "Anna Petrova";
        private String email = "anna@example.com";
        private DepartmentId department = DepartmentId.of("sales");

        private ManagerBuilder() {
        }

        public ManagerBuilder id(String v) {
            id = ManagerId.of(v);
            return this;
        }

        public ManagerBuilder named(String v) {
            name = v;
            return this;
        }

        public ManagerBuilder email(String v) {
            email = v;
            return this;
        }

        public ManagerBuilder in(DepartmentId v) {
            department = v;
            return this;
        }

        public Manager create(Crm crm) {
            Check.notNull("crm", crm);
            return crm.org().addManager(id, name, email, department);
        }
    }

    /** A client; default an organisation "Romashka LLC" of manager {@code m-anna}, no contacts, no portrait. */
    public static final class ClientBuilder {
        private ClientId id;
        private ClientKind kind = ClientKind.ORGANIZATION;
        private String name = "Romashka LLC";
        private ManagerId manager = ManagerId.of("m-anna");
        private final Map<String, String> portrait = new LinkedHashMap<>();
        private final List<NewContact> contacts = new ArrayList<>();
        private Instant createdAt;

        private ClientBuilder() {
        }

        public ClientBuilder id(String v) {
            id = ClientId.of(v);
            return this;
        }

        public ClientBuilder named(String v) {
            name = v;
            return this;
        }

        public ClientBuilder person() {
            kind = ClientKind.PERSON;
            return this;
        }

        public ClientBuilder managedBy(ManagerId v) {
            manager = v;
            return this;
        }

        public ClientBuilder portrait(String key, String value) {
            portrait.put(key, value);
            return this;
        }

        /** Fills the four default required portrait fields (industry, size, region, source). */
        public ClientBuilder withFullPortrait() {
            return portrait("industry", "Retail").portrait("size", "50-100").portrait("region", "Moscow").portrait("source", "Conference");
        }

        /** Adds a contact; {@code phone} and {@code email} may be {@code null}. */
        public ClientBuilder contact(String name, String phone, String email) {
            contacts.add(NewContact.of(name, phone, email));
            return this;
        }

        /** Adds a contact with a chosen id. */
        public ClientBuilder contact(String contactId, String name, String phone, String email) {
            contacts.add(new NewContact(ContactId.of(contactId), name, null, phone == null ? List.of() : List.of(phone),
                    email == null ? List.of() : List.of(email)));
            return this;
        }

        public ClientBuilder createdAt(Instant v) {
            createdAt = v;
            return this;
        }

        public NewClient build() {
            return new NewClient(id, kind, name, manager, portrait, contacts, createdAt);
        }

        public Client create(Crm crm) {
            Check.notNull("crm", crm);
            return crm.clients().create(build());
        }
    }

    /**
     * An interest; default in the default funnel at its first stage, managed by the client's manager,
     * no amount. {@code atStage} opens it at that stage; {@code movedThrough} opens it at the first
     * stage and then moves it stage by stage, so its history shows the way.
     */
    public static final class InterestBuilder {
        private InterestId id;
        private ClientId client;
        private ContactId contact;
        private ManagerId manager;
        private String funnel;
        private String stage;
        private final List<String> path = new ArrayList<>();
        private Money amount;
        private LocalDate expectedClose;
        private String source;
        private boolean won;
        private String lossReason;

        private InterestBuilder() {
        }

        public InterestBuilder id(String v) {
            id = InterestId.of(v);
            return this;
        }

        public InterestBuilder of(ClientId v) {
            client = v;
            return this;
        }

        public InterestBuilder of(Client v) {
            client = Check.notNull("client", v).id();
            return this;
        }

        public InterestBuilder contact(ContactId v) {
            contact = v;
            return this;
        }

        public InterestBuilder managedBy(ManagerId v) {
            manager = v;
            return this;
        }

        public InterestBuilder inFunnel(String v) {
            funnel = v;
            return this;
        }

        public InterestBuilder atStage(String v) {
            stage = v;
            return this;
        }

        /** After opening, moves through these stages in order. */
        public InterestBuilder movedThrough(String... stages) {
            path.addAll(List.of(stages));
            return this;
        }

        public InterestBuilder amount(String value, String currency) {
            amount = Money.of(value, currency);
            return this;
        }

        public InterestBuilder expectedClose(LocalDate v) {
            expectedClose = v;
            return this;
        }

        public InterestBuilder source(String v) {
            source = v;
            return this;
        }

        /** After opening (and moving), closes it as won. */
        public InterestBuilder won() {
            won = true;
            lossReason = null;
            return this;
        }

        /** After opening (and moving), closes it as lost with a configured reason. */
        public InterestBuilder lost(String reason) {
            lossReason = reason;
            won = false;
            return this;
        }

        public NewInterest build() {
            return new NewInterest(id, client, contact, manager, funnel, stage, amount, expectedClose, source);
        }

        /** Opens it through {@code crm.interests()} as {@code by}, then applies the moves and the closing. */
        public Interest openIn(Crm crm, ManagerId by) {
            Check.notNull("crm", crm);
            Interest i = crm.interests().open(build(), by);
            for (String s : path) {
                i = crm.interests().moveTo(i.id(), i.version(), s, by);
            }
            if (won) {
                i = crm.interests().win(i.id(), i.version(), by);
            } else if (lossReason != null) {
                i = crm.interests().lose(i.id(), i.version(), lossReason, by);
            }
            return i;
        }
    }

    /** An interaction; default an OUTGOING_CALL of 30 minutes starting at the crm's now, managed by the client's manager. */
    public static final class InteractionBuilder {
        private InteractionId id;
        private String type = "OUTGOING_CALL";
        private ClientId client;
        private ContactId contact;
        private InterestId interest;
        private ManagerId manager;
        private String subject;
        private String description;
        private Instant start;
        private Duration length = Duration.ofMinutes(30);
        private Importance importance = Importance.NORMAL;

        private InteractionBuilder() {
        }

        public InteractionBuilder id(String v) {
            id = InteractionId.of(v);
            return this;
        }

        public InteractionBuilder type(String v) {
            type = v;
            return this;
        }

        public InteractionBuilder with(ClientId v) {
            client = v;
            return this;
        }

        public InteractionBuilder with(Client v) {
            client = Check.notNull("client", v).id();
            return this;
        }

        public InteractionBuilder contact(ContactId v) {
            contact = v;
            return this;
        }

        public InteractionBuilder about(InterestId v) {
            interest = v;
            return this;
        }

        public InteractionBuilder about(Interest v) {
            Check.notNull("interest", v);
            interest = v.id();
            if (client == null) {
                client = v.client();
            }
            return this;
        }

        public InteractionBuilder managedBy(ManagerId v) {
            manager = v;
            return this;
        }

        public InteractionBuilder subject(String v) {
            subject = v;
            return this;
        }

        public InteractionBuilder description(String v) {
            description = v;
            return this;
        }

        public InteractionBuilder at(Instant v) {
            start = v;
            return this;
        }

        public InteractionBuilder lasting(Duration v) {
            length = v;
            return this;
        }

        public InteractionBuilder important() {
            importance = Importance.HIGH;
            return this;
        }

        /** The request; without {@link #at} it starts at {@code now}. */
        public NewInteraction build(Instant now) {
            Instant s = start != null ? start : Check.notNull("now", now);
            Check.notNull("length", length);
            return new NewInteraction(id, type, client, contact, interest, manager, subject, description, s, s.plus(length), importance);
        }

        /** Plans it through {@code crm.interactions()}. */
        public Interaction planIn(Crm crm) {
            Check.notNull("crm", crm);
            return crm.interactions().plan(build(crm.clock().instant()));
        }

        /** Plans it and completes it at the crm's now with {@code result}. */
        public Interaction doneIn(Crm crm, String result) {
            Interaction x = planIn(crm);
            return crm.interactions().complete(x.id(), result);
        }
    }

    /** An inquiry; default a PHONE call taken by {@code m-anna} from "Ivan Ivanov" on +7 912 345-67-89. */
    public static final class InquiryBuilder {
        private ManagerId manager = ManagerId.of("m-anna");
        private Channel channel = Channel.PHONE;
        private String key;
        private Instant at;
        private String phone = "+7 912 345-67-89";
        private String email;
        private String name = "Ivan Ivanov";
        private String company;
        private String note;
        private ClientId confirmedClient;

        private InquiryBuilder() {
        }

        public InquiryBuilder takenBy(ManagerId v) {
            manager = v;
            return this;
        }

        public InquiryBuilder via(Channel v) {
            channel = v;
            return this;
        }

        public InquiryBuilder key(String v) {
            key = v;
            return this;
        }

        public InquiryBuilder at(Instant v) {
            at = v;
            return this;
        }

        public InquiryBuilder phone(String v) {
            phone = v;
            return this;
        }

        public InquiryBuilder email(String v) {
            email = v;
            return this;
        }

        public InquiryBuilder name(String v) {
            name = v;
            return this;
        }

        public InquiryBuilder company(String v) {
            company = v;
            return this;
        }

        public InquiryBuilder note(String v) {
            note = v;
            return this;
        }

        public InquiryBuilder confirmedClient(ClientId v) {
            confirmedClient = v;
            return this;
        }

        public InquiryRequest build() {
            return new InquiryRequest(key, at, manager, channel, phone, email, name, company, note, confirmedClient);
        }

        /** Accepts it through {@code crm.inquiries()}. */
        public InquiryResult acceptIn(Crm crm) {
            Check.notNull("crm", crm);
            return crm.inquiries().accept(build());
        }
    }
}
