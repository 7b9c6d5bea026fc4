package io.crmkit.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Crm;
import io.crmkit.CrmException;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.NewInterest;
import io.crmkit.it.support.StorageSnapshot;
import io.crmkit.mail.LetterDraft;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile values (line breaks for log and header forging, NUL and escape characters, a 1 MB
 * string, formula and markup payloads) pushed through every string-taking public operation of
 * crm-core. Each operation either accepts the value or fails with crmkit's own
 * {@link CrmException}; a failure changes nothing (a snapshot of the storage before and after is
 * equal), and its message, field and value carry no control character and stay short, so an
 * error logged by a host can neither forge log lines nor flood the log.
 */
class HostileValueSweepTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    /** The longest message a failure may carry, whatever the input. */
    private static final int MAX_MESSAGE = 2_000;

    static final List<String> HOSTILE = List.of(
            "line\r\nX-Injected: yes",
            "two\nlines",
            "nul\u0000byte",
            "esc\u001b[31mred",
            "tab\tand\u0007bell",
            "A".repeat(1_000_000),
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "<script>alert(1)</script>",
            "\"; DROP TABLE crm_client; --",
            "",
            "   ",
            "\u202Eright-to-left override",
            "emoji \uD83D\uDE00 and lone surrogate \uD800");

    private Crm crm;
    private ClientId client;
    private InterestId interest;
    private InteractionId interaction;
    private final ManagerId anna = ManagerId.of("anna");

    @BeforeEach
    void setUp() {
        crm = Crm.builder().storage(InMemoryStorage.create())
                .clock(Clock.fixed(Instant.parse("2026-03-13T09:00:00Z"), ZONE)).build();
        crm.org().addDepartment(DepartmentId.of("sales"), "Sales", null, 48);
        crm.org().addManager(anna, "Anna Petrova", "anna@example.com", DepartmentId.of("sales"));
        client = crm.clients().create(NewClient.organization("Romashka", anna)
                .withContact(NewContact.of("Ivan", "+7 912 345-67-89", "ivan@romashka.example"))).id();
        interest = crm.interests().open(NewInterest.of(client), anna).id();
        Instant t = Instant.parse("2026-03-14T09:00:00Z");
        interaction = crm.interactions().plan(NewInteraction.of("OUTGOING_CALL", client, t, t.plusSeconds(900))).id();
    }

    private Map<String, Consumer<String>> operations() {
        Map<String, Consumer<String>> ops = new LinkedHashMap<>();
        Instant t = Instant.parse("2026-03-15T09:00:00Z");
        ops.put("org.addDepartment(id)", s -> crm.org().addDepartment(DepartmentId.of(s), "D", null, 1));
        ops.put("org.addDepartment(name)", s -> crm.org().addDepartment(DepartmentId.of("d-new"), s, null, 1));
        ops.put("org.addManager(name)", s -> crm.org().addManager(ManagerId.of("m-new"), s, null, DepartmentId.of("sales")));
        ops.put("org.addManager(email)", s -> crm.org().addManager(ManagerId.of("m-new"), "M", s, DepartmentId.of("sales")));
        ops.put("clients.create(name)", s -> crm.clients().create(NewClient.organization(s, anna)));
        ops.put("clients.create(portrait key)", s -> crm.clients().create(new NewClient(null, ClientKind.PERSON, "P", anna,
                Map.of(s, "v"), List.of(), null)));
        ops.put("clients.create(portrait value)", s -> crm.clients().create(new NewClient(null, ClientKind.PERSON, "P", anna,
                Map.of("industry", s), List.of(), null)));
        ops.put("clients.create(contact name)", s -> crm.clients().create(NewClient.organization("C", anna)
                .withContact(NewContact.of(s, null, null))));
        ops.put("clients.create(phone)", s -> crm.clients().create(NewClient.organization("C", anna)
                .withContact(NewContact.of("Ivan", s, null))));
        ops.put("clients.create(email)", s -> crm.clients().create(NewClient.organization("C", anna)
                .withContact(NewContact.of("Ivan", null, s))));
        ops.put("clients.rename", s -> crm.clients().rename(client, s));
        ops.put("clients.setPortraitValue(key)", s -> crm.clients().setPortraitValue(client, s, "v"));
        ops.put("clients.setPortraitValue(value)", s -> crm.clients().setPortraitValue(client, "industry", s));
        ops.put("clients.setOwnContactInfo(phone)", s -> crm.clients().setOwnContactInfo(client, List.of(s), List.of()));
        ops.put("clients.setOwnContactInfo(email)", s -> crm.clients().setOwnContactInfo(client, List.of(), List.of(s)));
        ops.put("clients.get(id)", s -> crm.clients().get(ClientId.of(s)));
        ops.put("interests.open(funnel)", s -> crm.interests().open(NewInterest.of(client).inFunnel(s), anna));
        ops.put("interests.open(stage)", s -> crm.interests().open(NewInterest.of(client).atStage(s), anna));
        ops.put("interests.open(source)", s -> crm.interests().open(NewInterest.of(client).withSource(s), anna));
        ops.put("interests.moveTo(stage)", s -> crm.interests().moveTo(interest, s, anna));
        ops.put("interests.lose(reason)", s -> crm.interests().lose(interest, s, anna));
        ops.put("interests.get(id)", s -> crm.interests().get(InterestId.of(s)));
        ops.put("interactions.plan(type)", s -> crm.interactions().plan(NewInteraction.of(s, client, t, t)));
        ops.put("interactions.plan(subject)", s -> crm.interactions().plan(NewInteraction.of("TASK", client, t, t).withSubject(s)));
        ops.put("interactions.plan(description)", s -> crm.interactions().plan(NewInteraction.of("TASK", client, t, t).withDescription(s)));
        ops.put("interactions.recordDone(result)", s -> crm.interactions().recordDone("TASK", client, null, null, anna, "S", s, null));
        ops.put("interactions.recordDone(subject)", s -> crm.interactions().recordDone("TASK", client, null, null, anna, s, "R", null));
        ops.put("interactions.complete(result)", s -> crm.interactions().complete(interaction, s));
        ops.put("interactions.cancel(reason)", s -> crm.interactions().cancel(interaction, s));
        ops.put("inquiries.accept(key)", s -> crm.inquiries().accept(InquiryRequest.builder(anna, Channel.PHONE).key(s).name("N").build()));
        ops.put("inquiries.accept(phone)", s -> crm.inquiries().accept(InquiryRequest.builder(anna, Channel.PHONE).phone(s).build()));
        ops.put("inquiries.accept(email)", s -> crm.inquiries().accept(InquiryRequest.builder(anna, Channel.EMAIL).email(s).build()));
        ops.put("inquiries.accept(name)", s -> crm.inquiries().accept(InquiryRequest.builder(anna, Channel.WEB).name(s).build()));
        ops.put("inquiries.accept(company)", s -> crm.inquiries().accept(InquiryRequest.builder(anna, Channel.WEB).company(s).build()));
        ops.put("inquiries.accept(note)", s -> crm.inquiries().accept(InquiryRequest.builder(anna, Channel.WEB).name("N").note(s).build()));
        ops.put("inquiries.search(phone)", s -> crm.inquiries().search(ClientSearch.byPhone(s), Scope.company()));
        ops.put("inquiries.search(email)", s -> crm.inquiries().search(ClientSearch.byEmail(s), Scope.company()));
        ops.put("inquiries.search(name)", s -> crm.inquiries().search(ClientSearch.byName(s), Scope.company()));
        ops.put("agenda.mySales(funnel)", s -> crm.agenda().mySales(anna, s));
        ops.put("products.priceType(code)", s -> crm.products().priceType(s));
        ops.put("products.currentPrice(priceType)", s -> crm.products().currentPrice(io.crmkit.product.ProductId.of("p"), s,
                LocalDate.of(2026, 3, 13)));
        ops.put("mail.queue(subject)", s -> crm.mail().queue(draft("anna@example.com", "ivan@romashka.example", s)));
        ops.put("mail.queue(to)", s -> crm.mail().queue(draft("anna@example.com", s, "Offer")));
        ops.put("mail.queue(from)", s -> crm.mail().queue(draft(s, "ivan@romashka.example", "Offer")));
        return ops;
    }

    private LetterDraft draft(String from, String to, String subject) {
        return new LetterDraft(from, List.of(to), List.of(), subject, "Hello", null, List.of(), client, interest, anna);
    }

    @Test
    void everyOperationRefusesOrAcceptsHostileValuesSafely() {
        List<String> problems = new ArrayList<>();
        int refused = 0;
        int accepted = 0;
        for (Map.Entry<String, Consumer<String>> op : operations().entrySet()) {
            for (String hostile : HOSTILE) {
                String label = op.getKey() + " with " + CrmException.render(hostile);
                String before = StorageSnapshot.of(crm.storage());
                try {
                    op.getValue().accept(hostile);
                    accepted++;
                    setUp();
                } catch (CrmException e) {
                    refused++;
                    String after = StorageSnapshot.of(crm.storage());
                    if (!after.equals(before)) {
                        problems.add(label + ": failed with " + e.code() + " but changed the storage");
                    }
                    for (String part : new String[] {e.getMessage(), e.field(), e.value()}) {
                        if (part != null && part.chars().anyMatch(Character::isISOControl)) {
                            problems.add(label + ": " + e.code() + " carries a control character: " + CrmException.render(part));
                        }
                    }
                    if (e.getMessage().length() > MAX_MESSAGE) {
                        problems.add(label + ": message of " + e.getMessage().length() + " characters");
                    }
                    if (e.field() == null || e.field().isBlank()) {
                        problems.add(label + ": " + e.code() + " names no field: " + e.getMessage());
                    }
                } catch (RuntimeException e) {
                    problems.add(label + ": escaped as " + e.getClass().getName() + ": " + CrmException.render(e.getMessage()));
                    setUp();
                }
            }
        }
        System.out.printf("hostile value sweep: %d operations x %d values: %d refused, %d accepted%n",
                operations().size(), HOSTILE.size(), refused, accepted);
        assertThat(problems).as("hostile values handled unsafely").isEmpty();
        assertThat(refused).as("the sweep exercised refusals").isPositive();
    }
}
