package io.crmkit.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.AccessDeniedException;
import io.crmkit.ConflictException;
import io.crmkit.CoreTestBase;
import io.crmkit.Crm;
import io.crmkit.CrmException;
import io.crmkit.InvalidInputException;
import io.crmkit.InvalidStateException;
import io.crmkit.NotFoundException;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.ContactId;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryId;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.NewInterest;
import io.crmkit.mail.AttachmentRef;
import io.crmkit.mail.Letter;
import io.crmkit.mail.LetterDirection;
import io.crmkit.mail.LetterDraft;
import io.crmkit.mail.LetterId;
import io.crmkit.mail.MailAddress;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.memory.MemorySnapshot;
import io.crmkit.money.Money;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input on every public operation of the services and of {@code Crm.builder()}: each fails
 * with the right {@link CrmException} subclass, names the field, renders the offending value in
 * its message, publishes no event and leaves every table of the storage exactly as it was.
 */
class BadInputTest extends CoreTestBase {
    /** One megabyte of text. */
    private static final String MB = "x".repeat(1 << 20);
    private static final ManagerId GHOST = ManagerId.of("m-ghost");
    private static final ClientId C404 = ClientId.of("c404");
    private static final Instant T = NOW.plus(Duration.ofDays(1));

    private Client c1;
    private Interest i1;
    private Interest won;
    private Interaction x1;
    private Interaction cancelled;
    private Inquiry accepted;
    private LetterId unlinked;
    private LetterId linked;

    private record Case(String name, Class<? extends CrmException> type, String field, Object value, ThrowingCallable op) {
    }

    private static Case c(String name, Class<? extends CrmException> type, String field, Object value, ThrowingCallable op) {
        return new Case(name, type, field, value, op);
    }

    @Override
    protected CrmSettings settings() {
        return CrmSettings.defaults(MOSCOW).withFunnels(List.of(SalesFunnel.defaultFunnel(),
                new SalesFunnel("B2G", "Tenders", List.of(new Stage("TENDER", "Tender", 20)))));
    }

    @BeforeEach
    void data() {
        c1 = newClient("c1", ANNA, "Romashka", NewContact.of("Ivan", "9123456789", "ivan@romashka.example"));
        newClient("c2", BORIS, "Vasilek");
        i1 = crm.interests().open(NewInterest.of(c1.id()).withId(InterestId.of("i1")), ANNA);
        i1 = crm.interests().moveTo(i1.id(), "OFFER", ANNA);
        won = crm.interests().open(NewInterest.of(ClientId.of("c2")).withId(InterestId.of("i-won")), BORIS);
        won = crm.interests().win(won.id(), BORIS);
        x1 = crm.interactions().plan(NewInteraction.of("MEETING", c1.id(), T, T.plusSeconds(3600)).withId(InteractionId.of("x1")));
        cancelled = crm.interactions().plan(NewInteraction.of("TASK", c1.id(), T, T).withId(InteractionId.of("x-cancelled")));
        cancelled = crm.interactions().cancel(cancelled.id(), "not needed");
        accepted = crm.inquiries().get(crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).phone("9123456789")
                .key("call-1").build()).inquiry());
        crm.products().saveGroup(new ProductGroup(ProductGroupId.of("g1"), "Software", null));
        crm.products().saveGroup(new ProductGroup(ProductGroupId.of("g2"), "Licences", ProductGroupId.of("g1")));
        crm.products().saveProduct(new Product(ProductId.of("pr1"), "CRM licence", ProductGroupId.of("g2"), "pcs"));
        crm.products().savePriceType(new PriceType("RETAIL", "Retail", Currency.getInstance("RUB")));
        crm.products().setPrice(ProductId.of("pr1"), "RETAIL", new BigDecimal("1000.00"), LocalDate.of(2026, 1, 1));
        unlinked = LetterId.of("l-unlinked");
        linked = LetterId.of("l-linked");
        storage.transactions().run(() -> {
            storage.letters().insertIfAbsent(letter(unlinked, "<u@x>", null));
            storage.letters().insertIfAbsent(letter(linked, "<l@x>", c1.id()));
        });
        crm.org().deactivate(VERA);
        events.clear();
    }

    private static Map<String, String> nullKeyPortrait() {
        Map<String, String> m = new java.util.HashMap<>();
        m.put(null, "x");
        return m;
    }

    private static Letter letter(LetterId id, String messageId, ClientId client) {
        return new Letter(id, messageId, LetterDirection.INCOMING, "sales@example.com", MailAddress.of("ivan@romashka.example"),
                List.of(MailAddress.of("sales@example.com")), List.of(), "Hello", NOW, "Hi", null, List.of(), List.of(), client);
    }

    private Stream<DynamicTest> run(List<Case> cases) {
        return cases.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> check(k)));
    }

    private void check(Case k) {
        Map<String, List<Object>> before = MemorySnapshot.of(storage);
        assertThat(MemorySnapshot.rows(before)).isGreaterThan(20);
        Throwable t = catchThrowable(k.op());
        assertThat(t).as(k.name()).isInstanceOf(k.type());
        CrmException e = (CrmException) t;
        assertThat(e.field()).as(k.name() + ": field").isEqualTo(k.field());
        assertThat(e.getMessage()).as(k.name() + ": message").contains(k.field())
                .contains("(value: " + CrmException.render(k.value()) + ")");
        assertThat(e.getMessage().length()).as(k.name() + ": message length").isLessThan(600);
        assertThat(MemorySnapshot.of(storage)).as(k.name() + ": storage unchanged").isEqualTo(before);
        assertThat(events.events()).as(k.name() + ": no events").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> crmBuilder() {
        InMemoryStorage s = InMemoryStorage.create();
        return run(List.of(
                c("no storage", InvalidInputException.class, "storage", null, () -> Crm.builder().clock(clock).build()),
                c("no clock", InvalidInputException.class, "clock", null, () -> Crm.builder().storage(s).build()),
                c("null ids", InvalidInputException.class, "ids", null, () -> Crm.builder().storage(s).clock(clock).ids(null).build()),
                c("null events", InvalidInputException.class, "events", null,
                        () -> Crm.builder().storage(s).clock(clock).events(null).build()),
                c("unknown phone region", InvalidInputException.class, "defaultPhoneRegion", "XX",
                        () -> Crm.builder().storage(s).clock(clock).settings(CrmSettings.defaults(MOSCOW).withDefaultPhoneRegion("XX")).build())));
    }

    @TestFactory
    Stream<DynamicTest> orgService() {
        DepartmentId d = DepartmentId.of("new-dept");
        ManagerId m = ManagerId.of("m-new");
        return run(List.of(
                c("department id null", InvalidInputException.class, "department.id", null,
                        () -> crm.org().addDepartment(null, "X", null, null)),
                c("department id blank", InvalidInputException.class, "departmentId", " ", () -> DepartmentId.of(" ")),
                c("department id with a space", InvalidInputException.class, "departmentId", "a b", () -> DepartmentId.of("a b")),
                c("department id 1 MB", InvalidInputException.class, "departmentId", MB, () -> DepartmentId.of(MB)),
                c("department name null", InvalidInputException.class, "department.name", null,
                        () -> crm.org().addDepartment(d, null, null, null)),
                c("department name blank", InvalidInputException.class, "department.name", " \t ",
                        () -> crm.org().addDepartment(d, " \t ", null, null)),
                c("department name 1 MB", InvalidInputException.class, "department.name", MB,
                        () -> crm.org().addDepartment(d, MB, null, null)),
                c("department name with a line break", InvalidInputException.class, "department.name", "Sales\nFake log line",
                        () -> crm.org().addDepartment(d, "Sales\nFake log line", null, null)),
                c("department norm negative", InvalidInputException.class, "department.dailyNormPoints", -1,
                        () -> crm.org().addDepartment(d, "X", null, -1)),
                c("department norm overflowing", InvalidInputException.class, "department.dailyNormPoints", Integer.MAX_VALUE,
                        () -> crm.org().addDepartment(d, "X", null, Integer.MAX_VALUE)),
                c("department parent unknown", NotFoundException.class, "department.parent", DepartmentId.of("nowhere"),
                        () -> crm.org().addDepartment(d, "X", DepartmentId.of("nowhere"), null)),
                c("department parent itself", InvalidInputException.class, "department.parent", d,
                        () -> crm.org().addDepartment(d, "X", d, null)),
                c("department id taken", ConflictException.class, "department.id", SALES,
                        () -> crm.org().addDepartment(SALES, "Again", null, null)),
                c("head of unknown department", NotFoundException.class, "department", DepartmentId.of("nowhere"),
                        () -> crm.org().setHead(DepartmentId.of("nowhere"), ANNA)),
                c("unknown head", NotFoundException.class, "department.head", GHOST, () -> crm.org().setHead(SALES, GHOST)),
                c("norm negative", InvalidInputException.class, "department.dailyNormPoints", -5, () -> crm.org().setDailyNorm(SALES, -5)),
                c("norm of unknown department", NotFoundException.class, "department", DepartmentId.of("nowhere"),
                        () -> crm.org().setDailyNorm(DepartmentId.of("nowhere"), 5)),
                c("move below itself", InvalidInputException.class, "department.parent", NORTH,
                        () -> crm.org().moveDepartment(SALES, NORTH)),
                c("move under unknown", NotFoundException.class, "department", DepartmentId.of("nowhere"),
                        () -> crm.org().moveDepartment(NORTH, DepartmentId.of("nowhere"))),
                c("manager name blank", InvalidInputException.class, "manager.name", "", () -> crm.org().addManager(m, "", null, SALES)),
                c("manager name 1 MB", InvalidInputException.class, "manager.name", MB, () -> crm.org().addManager(m, MB, null, SALES)),
                c("manager name with control characters", InvalidInputException.class, "manager.name", "Ann\u0000a",
                        () -> crm.org().addManager(m, "Ann\u0000a", null, SALES)),
                c("manager e-mail malformed", InvalidInputException.class, "manager.email", "anna@",
                        () -> crm.org().addManager(m, "Anna", "anna@", SALES)),
                c("manager e-mail with a header injection", InvalidInputException.class, "manager.email", "a@b.example\r\nBcc: c@d.example",
                        () -> crm.org().addManager(m, "Anna", "a@b.example\r\nBcc: c@d.example", SALES)),
                c("manager in unknown department", NotFoundException.class, "department", DepartmentId.of("nowhere"),
                        () -> crm.org().addManager(m, "Anna", null, DepartmentId.of("nowhere"))),
                c("manager without department", InvalidInputException.class, "manager.department", null,
                        () -> crm.org().addManager(m, "Anna", null, null)),
                c("manager id taken", ConflictException.class, "manager.id", ANNA, () -> crm.org().addManager(ANNA, "Anna 2", null, SALES)),
                c("deactivate unknown", NotFoundException.class, "manager", GHOST, () -> crm.org().deactivate(GHOST)),
                c("move manager to unknown department", NotFoundException.class, "department", DepartmentId.of("nowhere"),
                        () -> crm.org().moveManager(ANNA, DepartmentId.of("nowhere"))),
                c("get department null", InvalidInputException.class, "department", null, () -> crm.org().department(null)),
                c("get unknown manager", NotFoundException.class, "manager", GHOST, () -> crm.org().manager(GHOST)),
                c("scope null", InvalidInputException.class, "scope", null, () -> crm.org().managersIn(null)),
                c("scope of unknown manager", NotFoundException.class, "scope.manager", GHOST, () -> crm.org().managersIn(Scope.own(GHOST))),
                c("widest scope of unknown", NotFoundException.class, "caller", GHOST, () -> crm.org().widestScopeOf(GHOST)),
                c("a manager viewing the company", AccessDeniedException.class, "scope", Scope.company(),
                        () -> crm.org().authorize(ANNA, Scope.company())),
                c("authorize without caller", InvalidInputException.class, "caller", null, () -> crm.org().authorize(null, Scope.company()))));
    }

    @TestFactory
    Stream<DynamicTest> clientService() {
        NewClient ok = NewClient.organization("New Client", ANNA);
        return run(List.of(
                c("client null", InvalidInputException.class, "client", null, () -> crm.clients().create(null)),
                c("client name null", InvalidInputException.class, "client.name", null,
                        () -> crm.clients().create(NewClient.organization(null, ANNA))),
                c("client name blank", InvalidInputException.class, "client.name", "   ",
                        () -> crm.clients().create(NewClient.organization("   ", ANNA))),
                c("client name 1 MB", InvalidInputException.class, "client.name", MB, () -> crm.clients().create(NewClient.organization(MB, ANNA))),
                c("client name with a bell", InvalidInputException.class, "client.name", "Romashka\u0007",
                        () -> crm.clients().create(NewClient.organization("Romashka\u0007", ANNA))),
                c("client kind null", InvalidInputException.class, "client.kind", null,
                        () -> crm.clients().create(new NewClient(null, null, "X", ANNA, null, null, null))),
                c("client manager null", InvalidInputException.class, "client.manager", null,
                        () -> crm.clients().create(NewClient.organization("X", null))),
                c("client manager unknown", NotFoundException.class, "client.manager", GHOST,
                        () -> crm.clients().create(NewClient.organization("X", GHOST))),
                c("client id taken", ConflictException.class, "client.id", c1.id(), () -> crm.clients().create(ok.withId(c1.id()))),
                c("contact phone malformed", InvalidInputException.class, "client.contacts[0].phones[0]", "12",
                        () -> crm.clients().create(ok.withContact(NewContact.of("Ivan", "12", null)))),
                c("contact phone 1 MB", InvalidInputException.class, "client.contacts[0].phones[0]", MB,
                        () -> crm.clients().create(ok.withContact(NewContact.of("Ivan", MB, null)))),
                c("contact e-mail malformed", InvalidInputException.class, "client.contacts[1].emails[0]", "ivan@@romashka.example",
                        () -> crm.clients().create(ok.withContact(NewContact.of("Olga", null, null))
                                .withContact(NewContact.of("Ivan", null, "ivan@@romashka.example")))),
                c("contact name blank", InvalidInputException.class, "contact.name", "",
                        () -> crm.clients().create(ok.withContact(NewContact.of("", "9123456789", null)))),
                c("unknown portrait field", InvalidInputException.class, "portrait.shoeSize", "shoeSize",
                        () -> crm.clients().create(ok.withPortrait(Map.of("shoeSize", "42")))),
                c("portrait value 1 MB", InvalidInputException.class, "client.portrait.industry", MB,
                        () -> crm.clients().create(ok.withPortrait(Map.of("industry", MB)))),
                c("add contact to unknown client", NotFoundException.class, "client", C404,
                        () -> crm.clients().addContact(C404, NewContact.of("Ivan", null, null))),
                c("add contact with bad phone", InvalidInputException.class, "contact.phones[0]", "abc",
                        () -> crm.clients().addContact(c1.id(), NewContact.of("Ivan", "abc", null))),
                c("add contact null", InvalidInputException.class, "contact", null, () -> crm.clients().addContact(c1.id(), null)),
                c("update unknown contact", InvalidInputException.class, "contact", ContactId.of("nope"),
                        () -> crm.clients().updateContact(c1.id(), ContactId.of("nope"), NewContact.of("X", null, null))),
                c("remove unknown contact", InvalidInputException.class, "contact", ContactId.of("nope"),
                        () -> crm.clients().removeContact(c1.id(), ContactId.of("nope"))),
                c("set unknown portrait field", InvalidInputException.class, "portrait.shoeSize", "shoeSize",
                        () -> crm.clients().setPortraitValue(c1.id(), "shoeSize", "42")),
                c("set portrait of unknown client", NotFoundException.class, "client", C404,
                        () -> crm.clients().setPortraitValue(C404, "industry", "Retail")),
                c("own phone malformed", InvalidInputException.class, "client.phones[0]", "+7 912",
                        () -> crm.clients().setOwnContactInfo(c1.id(), List.of("+7 912"), List.of())),
                c("own e-mail malformed", InvalidInputException.class, "client.emails[0]", "office",
                        () -> crm.clients().setOwnContactInfo(c1.id(), List.of(), List.of("office"))),
                c("update contact with no values", InvalidInputException.class, "contact", null,
                        () -> crm.clients().updateContact(c1.id(), c1.contacts().get(0).id(), null)),
                c("a null contact in a new client", InvalidInputException.class, "client.contacts[1]", null,
                        () -> crm.clients().create(ok.withContact(NewContact.of("Ivan", null, null)).withContact(null))),
                c("a null phone in a new contact", InvalidInputException.class, "contact.phones[1]", null,
                        () -> crm.clients().addContact(c1.id(), new NewContact(null, "Ivan", null, java.util.Arrays.asList("9123456789", null), null))),
                c("a null e-mail in a new contact", InvalidInputException.class, "contact.emails[0]", null,
                        () -> crm.clients().addContact(c1.id(), new NewContact(null, "Ivan", null, null, java.util.Arrays.asList((String) null)))),
                c("a null portrait key", InvalidInputException.class, "client.portrait", null,
                        () -> crm.clients().create(ok.withPortrait(nullKeyPortrait()))),
                c("rename blank", InvalidInputException.class, "client.name", "", () -> crm.clients().rename(c1.id(), "")),
                c("rename unknown", NotFoundException.class, "client", C404, () -> crm.clients().rename(C404, "X")),
                c("reassign to unknown manager", NotFoundException.class, "manager", GHOST, () -> crm.clients().reassign(c1.id(), GHOST)),
                c("get null", InvalidInputException.class, "client", null, () -> crm.clients().get(null)),
                c("get unknown", NotFoundException.class, "client", C404, () -> crm.clients().get(C404)),
                c("in unknown scope", NotFoundException.class, "scope.department", DepartmentId.of("nowhere"),
                        () -> crm.clients().inScope(Scope.department(DepartmentId.of("nowhere"))))));
    }

    @TestFactory
    Stream<DynamicTest> interestService() {
        return run(List.of(
                c("open null", InvalidInputException.class, "interest", null, () -> crm.interests().open(null, ANNA)),
                c("open for unknown client", NotFoundException.class, "interest.client", C404,
                        () -> crm.interests().open(NewInterest.of(C404), ANNA)),
                c("open at a stage of another funnel", InvalidInputException.class, "interest.stage", "TENDER",
                        () -> crm.interests().open(NewInterest.of(c1.id()).atStage("TENDER"), ANNA)),
                c("open in an unknown funnel", InvalidInputException.class, "interest.funnel", "NOPE",
                        () -> crm.interests().open(NewInterest.of(c1.id()).inFunnel("NOPE"), ANNA)),
                c("open with a contact of nobody", InvalidInputException.class, "contact", ContactId.of("nope"),
                        () -> crm.interests().open(NewInterest.of(c1.id()).withContact(ContactId.of("nope")), ANNA)),
                c("open for unknown manager", NotFoundException.class, "interest.manager", GHOST,
                        () -> crm.interests().open(NewInterest.of(c1.id()).withManager(GHOST), ANNA)),
                c("open by unknown manager", NotFoundException.class, "by", GHOST, () -> crm.interests().open(NewInterest.of(c1.id()), GHOST)),
                c("open with a taken id", ConflictException.class, "interest.id", i1.id(),
                        () -> crm.interests().open(NewInterest.of(c1.id()).withId(i1.id()), ANNA)),
                c("source 1 MB", InvalidInputException.class, "interest.source", MB,
                        () -> crm.interests().open(NewInterest.of(c1.id()).withSource(MB), ANNA)),
                c("negative amount", InvalidInputException.class, "amount", "-1",
                        () -> crm.interests().setAmount(i1.id(), Money.of("-1", "RUB"), ANNA)),
                c("overflowing amount", InvalidInputException.class, "amount", "10000000000000000",
                        () -> crm.interests().setAmount(i1.id(), Money.of("10000000000000000", "RUB"), ANNA)),
                c("amount with too many decimals", InvalidInputException.class, "amount", "0.00001",
                        () -> crm.interests().setAmount(i1.id(), Money.of("0.00001", "RUB"), ANNA)),
                c("stage of another funnel", InvalidInputException.class, "stage", "TENDER",
                        () -> crm.interests().moveTo(i1.id(), "TENDER", ANNA)),
                c("stage blank", InvalidInputException.class, "stage", "", () -> crm.interests().moveTo(i1.id(), "", ANNA)),
                c("stage 1 MB", InvalidInputException.class, "stage", MB, () -> crm.interests().moveTo(i1.id(), MB, ANNA)),
                c("stage with a line break", InvalidInputException.class, "stage", "OFFER\n", () -> crm.interests().moveTo(i1.id(), "OFFER\n", ANNA)),
                c("move unknown interest", NotFoundException.class, "interest", InterestId.of("i404"),
                        () -> crm.interests().moveTo(InterestId.of("i404"), "OFFER", ANNA)),
                c("move by unknown manager", NotFoundException.class, "by", GHOST, () -> crm.interests().moveTo(i1.id(), "CONTRACT", GHOST)),
                c("move to the current stage", InvalidStateException.class, "stage", "OFFER", () -> crm.interests().moveTo(i1.id(), "OFFER", ANNA)),
                c("move a won interest", InvalidStateException.class, "status", io.crmkit.interest.InterestStatus.WON,
                        () -> crm.interests().moveTo(won.id(), "OFFER", BORIS)),
                c("stale version", ConflictException.class, "interest.version", i1.id(),
                        () -> crm.interests().moveTo(i1.id(), 1, "CONTRACT", ANNA)),
                c("loss without a reason", InvalidInputException.class, "lossReason", null, () -> crm.interests().lose(i1.id(), null, ANNA)),
                c("loss with a blank reason", InvalidInputException.class, "lossReason", " ", () -> crm.interests().lose(i1.id(), " ", ANNA)),
                c("loss with an unconfigured reason", InvalidInputException.class, "lossReason", "Bad weather",
                        () -> crm.interests().lose(i1.id(), "Bad weather", ANNA)),
                c("loss reason 1 MB", InvalidInputException.class, "lossReason", MB, () -> crm.interests().lose(i1.id(), MB, ANNA)),
                c("win twice", InvalidStateException.class, "status", io.crmkit.interest.InterestStatus.WON, () -> crm.interests().win(won.id(), BORIS)),
                c("reopen an active interest", InvalidStateException.class, "status", io.crmkit.interest.InterestStatus.ACTIVE,
                        () -> crm.interests().reopen(i1.id(), ANNA)),
                c("resume an active interest", InvalidStateException.class, "status", io.crmkit.interest.InterestStatus.ACTIVE,
                        () -> crm.interests().resume(i1.id(), ANNA)),
                c("advance a won interest", InvalidStateException.class, "status", io.crmkit.interest.InterestStatus.WON,
                        () -> crm.interests().advance(won.id(), BORIS)),
                c("reassign to unknown", NotFoundException.class, "manager", GHOST, () -> crm.interests().reassign(i1.id(), GHOST, ANNA)),
                c("get null", InvalidInputException.class, "interest", null, () -> crm.interests().get(null)),
                c("of unknown client", NotFoundException.class, "client", C404, () -> crm.interests().ofClient(C404)),
                c("active in unknown scope", NotFoundException.class, "scope.manager", GHOST, () -> crm.interests().activeIn(Scope.own(GHOST)))));
    }

    @TestFactory
    Stream<DynamicTest> interactionService() {
        NewInteraction ok = NewInteraction.of("TASK", c1.id(), T, T.plusSeconds(60));
        return run(List.of(
                c("plan null", InvalidInputException.class, "interaction", null, () -> crm.interactions().plan(null)),
                c("plan unknown type", InvalidInputException.class, "interaction.type", "FAX",
                        () -> crm.interactions().plan(NewInteraction.of("FAX", c1.id(), T, T))),
                c("plan without start", InvalidInputException.class, "interaction.start", null,
                        () -> crm.interactions().plan(NewInteraction.of("TASK", c1.id(), null, T))),
                c("plan an end before its start", InvalidInputException.class, "interaction.end", T.minusSeconds(1),
                        () -> crm.interactions().plan(NewInteraction.of("TASK", c1.id(), T, T.minusSeconds(1)))),
                c("plan for unknown client", NotFoundException.class, "interaction.client", C404,
                        () -> crm.interactions().plan(NewInteraction.of("TASK", C404, T, T))),
                c("plan for an interest of another client", InvalidInputException.class, "interaction.interest", won.id(),
                        () -> crm.interactions().plan(ok.forInterest(won.id()))),
                c("plan for unknown interest", NotFoundException.class, "interaction.interest", InterestId.of("i404"),
                        () -> crm.interactions().plan(ok.forInterest(InterestId.of("i404")))),
                c("plan with a contact of nobody", InvalidInputException.class, "contact", ContactId.of("nope"),
                        () -> crm.interactions().plan(ok.withContact(ContactId.of("nope")))),
                c("plan for unknown manager", NotFoundException.class, "interaction.manager", GHOST,
                        () -> crm.interactions().plan(ok.withManager(GHOST))),
                c("plan with a 1 MB subject", InvalidInputException.class, "interaction.subject", MB,
                        () -> crm.interactions().plan(ok.withSubject(MB))),
                c("plan with a 1 MB description", InvalidInputException.class, "interaction.description", MB,
                        () -> crm.interactions().plan(ok.withDescription(MB))),
                c("plan with a NUL in the description", InvalidInputException.class, "interaction.description", "a\u0000b",
                        () -> crm.interactions().plan(ok.withDescription("a\u0000b"))),
                c("plan with a taken id", ConflictException.class, "interaction.id", x1.id(), () -> crm.interactions().plan(ok.withId(x1.id()))),
                c("reschedule an end before its start", InvalidInputException.class, "end", T.minusNanos(1),
                        () -> crm.interactions().reschedule(x1.id(), T, T.minusNanos(1))),
                c("reschedule without start", InvalidInputException.class, "start", null, () -> crm.interactions().reschedule(x1.id(), null, T)),
                c("reschedule unknown", NotFoundException.class, "interaction", InteractionId.of("x404"),
                        () -> crm.interactions().reschedule(InteractionId.of("x404"), T, T)),
                c("reschedule a cancelled one", InvalidStateException.class, "status", io.crmkit.interaction.InteractionStatus.CANCELLED,
                        () -> crm.interactions().reschedule(cancelled.id(), T, T)),
                c("complete a cancelled one", InvalidStateException.class, "status", io.crmkit.interaction.InteractionStatus.CANCELLED,
                        () -> crm.interactions().complete(cancelled.id(), "done")),
                c("complete with a control character", InvalidInputException.class, "result", "ok\u001b[31m",
                        () -> crm.interactions().complete(x1.id(), "ok\u001b[31m")),
                c("complete with a 1 MB result", InvalidInputException.class, "result", MB, () -> crm.interactions().complete(x1.id(), MB)),
                c("complete unknown", NotFoundException.class, "interaction", InteractionId.of("x404"),
                        () -> crm.interactions().complete(InteractionId.of("x404"), null)),
                c("cancel a cancelled one", InvalidStateException.class, "status", io.crmkit.interaction.InteractionStatus.CANCELLED,
                        () -> crm.interactions().cancel(cancelled.id(), null)),
                c("cancel with a 1 MB reason", InvalidInputException.class, "reason", MB, () -> crm.interactions().cancel(x1.id(), MB)),
                c("record done of unknown type", InvalidInputException.class, "interaction.type", "",
                        () -> crm.interactions().recordDone("", c1.id(), null, null, null, null, null, null)),
                c("record done for unknown client", NotFoundException.class, "interaction.client", C404,
                        () -> crm.interactions().recordDone("TASK", C404, null, null, null, null, null, null)),
                c("get null", InvalidInputException.class, "interaction", null, () -> crm.interactions().get(null)),
                c("of unknown client", NotFoundException.class, "client", C404, () -> crm.interactions().ofClient(C404)),
                c("overdue in null scope", InvalidInputException.class, "scope", null, () -> crm.interactions().overdue(null))));
    }

    @TestFactory
    Stream<DynamicTest> inquiryService() {
        return run(List.of(
                c("accept null", InvalidInputException.class, "inquiry", null, () -> crm.inquiries().accept(null)),
                c("accept with nothing to go by", InvalidInputException.class, "inquiry", "{}",
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).build())),
                c("accept without manager", InvalidInputException.class, "manager", null,
                        () -> crm.inquiries().accept(InquiryRequest.builder(null, Channel.PHONE).name("x").build())),
                c("accept without channel", InvalidInputException.class, "channel", null,
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, null).name("x").build())),
                c("accept with malformed phone", InvalidInputException.class, "phone", "12-34",
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).phone("12-34").build())),
                c("accept with malformed e-mail", InvalidInputException.class, "email", "ivan@romashka",
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.EMAIL).email("ivan@romashka").build())),
                c("accept with a 1 MB name", InvalidInputException.class, "name", MB,
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).name(MB).build())),
                c("accept with a control character in the company", InvalidInputException.class, "company", "Roma\u0008shka",
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).company("Roma\u0008shka").build())),
                c("accept with a 1 MB note", InvalidInputException.class, "note", MB,
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).name("x").note(MB).build())),
                c("accept with a blank key", InvalidInputException.class, "key", "  ",
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).name("x").key("  ").build())),
                c("accept with a 1 MB key", InvalidInputException.class, "key", MB,
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).name("x").key(MB).build())),
                c("accept for unknown manager", NotFoundException.class, "manager", GHOST,
                        () -> crm.inquiries().accept(InquiryRequest.builder(GHOST, Channel.PHONE).name("x").build())),
                c("accept for unknown confirmed client", NotFoundException.class, "confirmedClient", C404,
                        () -> crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).confirmedClient(C404).build())),
                c("search null", InvalidInputException.class, "search", null, () -> crm.inquiries().search(null, Scope.company())),
                c("search by nothing", InvalidInputException.class, "search", "{}", () -> new ClientSearch(" ", null, "")),
                c("search with a 1 MB name", InvalidInputException.class, "nameLike", MB, () -> ClientSearch.byName(MB)),
                c("search in null scope", InvalidInputException.class, "scope", null,
                        () -> crm.inquiries().search(ClientSearch.byName("x"), null)),
                c("register with malformed e-mail", InvalidInputException.class, "email", "a@b",
                        () -> crm.inquiries().register(InquiryRequest.builder(ANNA, Channel.EMAIL).email("a@b").build(), null)),
                c("register for unknown manager", NotFoundException.class, "manager", GHOST,
                        () -> crm.inquiries().register(InquiryRequest.builder(GHOST, Channel.EMAIL).name("x").build(), null)),
                c("accept unknown pending", NotFoundException.class, "inquiry", InquiryId.of("q404"),
                        () -> crm.inquiries().acceptPending(InquiryId.of("q404"), null, ANNA)),
                c("accept an accepted inquiry again", InvalidStateException.class, "inquiry", accepted.id(),
                        () -> crm.inquiries().acceptPending(accepted.id(), null, ANNA)),
                c("get null", InvalidInputException.class, "inquiry", null, () -> crm.inquiries().get(null)),
                c("find by blank key", InvalidInputException.class, "key", "", () -> crm.inquiries().findByKey("")),
                c("pending of unknown scope", NotFoundException.class, "scope.manager", GHOST, () -> crm.inquiries().pending(Scope.own(GHOST)))));
    }

    @TestFactory
    Stream<DynamicTest> agendaService() {
        LocalDate d = LocalDate.of(2026, 3, 13);
        return run(List.of(
                c("my tasks of nobody", InvalidInputException.class, "manager", null, () -> crm.agenda().myTasks(null)),
                c("my tasks of unknown", NotFoundException.class, "manager", GHOST, () -> crm.agenda().myTasks(GHOST)),
                c("my sales of unknown", NotFoundException.class, "manager", GHOST, () -> crm.agenda().mySales(GHOST)),
                c("my sales of unknown funnel", InvalidInputException.class, "funnel", "NOPE", () -> crm.agenda().mySales(ANNA, "NOPE")),
                c("calendar without from", InvalidInputException.class, "from", null, () -> crm.agenda().calendar(ANNA, null, d)),
                c("calendar without to", InvalidInputException.class, "to", null, () -> crm.agenda().calendar(ANNA, d, null)),
                c("calendar ending before it starts", InvalidInputException.class, "to", d.minusDays(1),
                        () -> crm.agenda().calendar(ANNA, d, d.minusDays(1))),
                c("calendar of ten years", InvalidInputException.class, "to", d.plusYears(10), () -> crm.agenda().calendar(ANNA, d, d.plusYears(10))),
                c("calendar of unknown manager", NotFoundException.class, "manager", GHOST, () -> crm.agenda().calendar(GHOST, d, d)),
                c("calendar of unknown department", NotFoundException.class, "scope.department", DepartmentId.of("nowhere"),
                        () -> crm.agenda().calendar(Scope.department(DepartmentId.of("nowhere")), d, d))));
    }

    @TestFactory
    Stream<DynamicTest> productService() {
        ProductId pr1 = ProductId.of("pr1");
        LocalDate d = LocalDate.of(2026, 3, 1);
        return run(List.of(
                c("group null", InvalidInputException.class, "productGroup", null, () -> crm.products().saveGroup(null)),
                c("group name blank", InvalidInputException.class, "productGroup.name", "",
                        () -> crm.products().saveGroup(new ProductGroup(ProductGroupId.of("g9"), "", null))),
                c("group under unknown parent", NotFoundException.class, "productGroup.parent", ProductGroupId.of("g404"),
                        () -> crm.products().saveGroup(new ProductGroup(ProductGroupId.of("g9"), "X", ProductGroupId.of("g404")))),
                c("group making a cycle", InvalidInputException.class, "productGroup.parent", ProductGroupId.of("g2"),
                        () -> crm.products().saveGroup(new ProductGroup(ProductGroupId.of("g1"), "Software", ProductGroupId.of("g2")))),
                c("product null", InvalidInputException.class, "product", null, () -> crm.products().saveProduct(null)),
                c("product name 1 MB", InvalidInputException.class, "product.name", MB,
                        () -> crm.products().saveProduct(new Product(ProductId.of("pr9"), MB, null, null))),
                c("product in unknown group", NotFoundException.class, "productGroup", ProductGroupId.of("g404"),
                        () -> crm.products().saveProduct(new Product(ProductId.of("pr9"), "X", ProductGroupId.of("g404"), null))),
                c("price type null", InvalidInputException.class, "priceType", null, () -> crm.products().savePriceType(null)),
                c("price type without currency", InvalidInputException.class, "priceType.currency", null,
                        () -> crm.products().savePriceType(new PriceType("WHOLESALE", "Wholesale", null))),
                c("negative price", InvalidInputException.class, "price.amount", "-0.01",
                        () -> crm.products().setPrice(pr1, "RETAIL", new BigDecimal("-0.01"), d)),
                c("overflowing price", InvalidInputException.class, "price.amount", "1000000000000000",
                        () -> crm.products().setPrice(pr1, "RETAIL", new BigDecimal("1000000000000000"), d)),
                c("price with too many decimals", InvalidInputException.class, "price.amount", "1.23456",
                        () -> crm.products().setPrice(pr1, "RETAIL", new BigDecimal("1.23456"), d)),
                c("price without amount", InvalidInputException.class, "price.amount", null, () -> crm.products().setPrice(pr1, "RETAIL", null, d)),
                c("price without date", InvalidInputException.class, "price.validFrom", null,
                        () -> crm.products().setPrice(pr1, "RETAIL", BigDecimal.ONE, null)),
                c("price of unknown product", NotFoundException.class, "product", ProductId.of("pr404"),
                        () -> crm.products().setPrice(ProductId.of("pr404"), "RETAIL", BigDecimal.ONE, d)),
                c("price of unknown type", NotFoundException.class, "priceType", "WHOLESALE",
                        () -> crm.products().setPrice(pr1, "WHOLESALE", BigDecimal.ONE, d)),
                c("current price without date", InvalidInputException.class, "date", null, () -> crm.products().currentPrice(pr1, "RETAIL", null)),
                c("current price of unknown product", NotFoundException.class, "product", ProductId.of("pr404"),
                        () -> crm.products().currentPrice(ProductId.of("pr404"), "RETAIL", d)),
                c("unknown group", NotFoundException.class, "productGroup", ProductGroupId.of("g404"),
                        () -> crm.products().group(ProductGroupId.of("g404")))));
    }

    @TestFactory
    Stream<DynamicTest> mailService() {
        LetterDraft ok = new LetterDraft("sales@example.com", List.of("ivan@romashka.example"), List.of(), "Offer", "Text", null,
                List.of(), null, null, null);
        List<Case> cases = new ArrayList<>(List.of(
                c("queue null", InvalidInputException.class, "letter", null, () -> crm.mail().queue(null)),
                c("queue from malformed", InvalidInputException.class, "from", "sales",
                        () -> crm.mail().queue(new LetterDraft("sales", ok.to(), null, "S", null, null, null, null, null, null))),
                c("queue without recipient", InvalidInputException.class, "to", "[]",
                        () -> crm.mail().queue(new LetterDraft(ok.from(), List.of(), null, "S", null, null, null, null, null, null))),
                c("queue to malformed", InvalidInputException.class, "to[1]", "ivan@",
                        () -> crm.mail().queue(new LetterDraft(ok.from(), List.of("a@b.example", "ivan@"), null, "S", null, null, null, null, null, null))),
                c("queue cc with header injection", InvalidInputException.class, "cc[0]", "x@y.example\nBcc: z@w.example",
                        () -> crm.mail().queue(new LetterDraft(ok.from(), ok.to(), List.of("x@y.example\nBcc: z@w.example"), "S", null, null,
                                null, null, null, null))),
                c("queue subject with a line break", InvalidInputException.class, "subject", "Offer\r\nBcc: z@w.example",
                        () -> crm.mail().queue(new LetterDraft(ok.from(), ok.to(), null, "Offer\r\nBcc: z@w.example", null, null, null, null, null, null))),
                c("queue for unknown client", NotFoundException.class, "client", C404,
                        () -> crm.mail().queue(new LetterDraft(ok.from(), ok.to(), null, "S", null, null, null, C404, null, null))),
                c("queue for unknown interest", NotFoundException.class, "interest", InterestId.of("i404"),
                        () -> crm.mail().queue(new LetterDraft(ok.from(), ok.to(), null, "S", null, null, null, null, InterestId.of("i404"), null))),
                c("queue for unknown manager", NotFoundException.class, "manager", GHOST,
                        () -> crm.mail().queue(new LetterDraft(ok.from(), ok.to(), null, "S", null, null, null, null, null, GHOST))),
                c("queue with a null recipient", InvalidInputException.class, "to[0]", null,
                        () -> crm.mail().queue(new LetterDraft(ok.from(), java.util.Arrays.asList((String) null), null, "S", null, null, null, null,
                                null, null))),
                c("queue with a null attachment", InvalidInputException.class, "attachments[0]", null,
                        () -> crm.mail().queue(new LetterDraft(ok.from(), ok.to(), null, "S", null, null, java.util.Arrays.asList((AttachmentRef) null),
                                null, null, null))),
                c("unknown letter", NotFoundException.class, "letter", LetterId.of("l404"), () -> crm.mail().letter(LetterId.of("l404"))),
                c("letters of unknown client", NotFoundException.class, "client", C404, () -> crm.mail().ofClient(C404)),
                c("letter of unknown interaction", NotFoundException.class, "interaction", InteractionId.of("x404"),
                        () -> crm.mail().letterOf(InteractionId.of("x404"))),
                c("unknown attachment", NotFoundException.class, "attachment", "att-404",
                        () -> crm.mail().attachment(new AttachmentRef("att-404", "a.pdf", "application/pdf", 1))),
                c("task from no letter", InvalidInputException.class, "letter", null, () -> crm.mail().taskFromLetter(null, ANNA, T, ANNA)),
                c("task without due", InvalidInputException.class, "due", null, () -> crm.mail().taskFromLetter(linked, ANNA, null, ANNA)),
                c("task from unknown letter", NotFoundException.class, "letter", LetterId.of("l404"),
                        () -> crm.mail().taskFromLetter(LetterId.of("l404"), ANNA, T, ANNA)),
                c("task for unknown assignee", NotFoundException.class, "assignee", GHOST, () -> crm.mail().taskFromLetter(linked, GHOST, T, ANNA)),
                c("task for an inactive assignee", InvalidStateException.class, "assignee", VERA,
                        () -> crm.mail().taskFromLetter(linked, VERA, T, ANNA)),
                c("task from an unlinked letter", InvalidStateException.class, "letter", unlinked,
                        () -> crm.mail().taskFromLetter(unlinked, ANNA, T, ANNA))));
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> valueObjects() {
        return run(List.of(
                c("client kind of a restored client", InvalidInputException.class, "client.kind", null,
                        () -> Client.restore(C404, null, "X", ANNA, Map.of(), List.of(), null, NOW, 0)),
                c("client id with a newline", InvalidInputException.class, "clientId", "c\n1", () -> ClientId.of("c\n1")),
                c("money in no currency", InvalidInputException.class, "currency", "RUBLES", () -> Money.of("1", "RUBLES")),
                c("money as words", InvalidInputException.class, "amount", "one hundred", () -> Money.of("one hundred", "RUB")),
                c("money in exponent notation", InvalidInputException.class, "amount", "1e9", () -> Money.of("1e9", "RUB")),
                c("a person named by 1 MB", InvalidInputException.class, "client.name", MB,
                        () -> crm.clients().create(new NewClient(null, ClientKind.PERSON, MB, ANNA, null, null, null)))));
    }
}
