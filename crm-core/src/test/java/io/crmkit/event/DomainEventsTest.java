package io.crmkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CoreTestBase;
import io.crmkit.Crm;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.money.Money;
import io.crmkit.org.Scope;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainEventsTest extends CoreTestBase {
    private static String describe(DomainEvent e) {
        return e.getClass().getSimpleName() + "@" + e.at();
    }

    @Test
    void everyStateChangePublishesOneEventAtTheClocksMoment() {
        List<String> expected = new ArrayList<>();
        Instant t = clock.instant();
        InquiryResult r = crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.PHONE).phone("9123456789").name("Ivan").build());
        expected.addAll(List.of("ClientCreated@" + t, "InterestOpened@" + t, "InteractionCompleted@" + t, "InquiryAccepted@" + t));
        t = clock.advance(Duration.ofMinutes(1)).instant();
        crm.clients().setPortraitValue(r.client(), "industry", "Retail");
        crm.clients().rename(r.client(), "Romashka");
        Client c = crm.clients().get(r.client());
        crm.clients().addContact(r.client(), new NewContact(ContactId.of("p-olga"), "Olga", null, List.of(), List.of("olga@romashka.example")));
        crm.clients().updateContact(r.client(), ContactId.of("p-olga"), NewContact.of("Olga S.", null, "olga@romashka.example"));
        crm.clients().removeContact(r.client(), ContactId.of("p-olga"));
        crm.clients().setOwnContactInfo(r.client(), List.of("84951234567"), List.of());
        crm.clients().reassign(r.client(), BORIS);
        for (int i = 0; i < 7; i++) {
            expected.add("ClientChanged@" + t);
        }
        crm.interests().setAmount(r.interest(), Money.of("100", "RUB"), ANNA);
        crm.interests().setExpectedClose(r.interest(), LocalDate.of(2026, 4, 1), ANNA);
        crm.interests().reassign(r.interest(), BORIS, ANNA);
        crm.interests().moveTo(r.interest(), "OFFER", BORIS);
        crm.interests().suspend(r.interest(), BORIS);
        crm.interests().resume(r.interest(), BORIS);
        crm.interests().lose(r.interest(), "No budget", BORIS);
        crm.interests().reopen(r.interest(), BORIS);
        crm.interests().win(r.interest(), BORIS);
        expected.addAll(List.of("InterestChanged@" + t, "InterestChanged@" + t, "InterestChanged@" + t, "StageChanged@" + t,
                "InterestSuspended@" + t, "InterestResumed@" + t, "InterestLost@" + t, "InterestReopened@" + t, "InterestWon@" + t));
        Interaction x = crm.interactions().plan(NewInteraction.of("MEETING", c.id(), t.plusSeconds(3600), t.plusSeconds(7200)));
        crm.interactions().reschedule(x.id(), t.plusSeconds(7200), t.plusSeconds(9000));
        crm.interactions().complete(x.id(), "ok");
        Interaction y = crm.interactions().plan(NewInteraction.of("TASK", c.id(), t, t));
        crm.interactions().cancel(y.id(), null);
        crm.interactions().recordDone("OUTGOING_CALL", c.id(), null, null, null, "call", "ok", null);
        crm.inquiries().register(InquiryRequest.builder(ANNA, Channel.WEB).name("Web lead").build(), null);
        expected.addAll(List.of("InteractionPlanned@" + t, "InteractionRescheduled@" + t, "InteractionCompleted@" + t,
                "InteractionPlanned@" + t, "InteractionCancelled@" + t, "InteractionCompleted@" + t, "InquiryRegistered@" + t));
        assertThat(events.events()).extracting(DomainEventsTest::describe).containsExactlyElementsOf(expected);
    }

    @Test
    void eventsCarryWhatChanged() {
        Client c = newClient("c1", ANNA, "Romashka");
        Interest i = open(c.id(), ANNA);
        crm.interests().moveTo(i.id(), "CONTRACT", BORIS);
        crm.clients().reassign(c.id(), CLARA);
        crm.interests().setAmount(i.id(), null, VERA);
        assertThat(events.events()).containsExactly(
                new DomainEvent.ClientCreated(c.id(), ANNA, NOW),
                new DomainEvent.InterestOpened(i.id(), c.id(), "INQUIRY", ANNA, NOW),
                new DomainEvent.StageChanged(i.id(), "INQUIRY", "CONTRACT", BORIS, NOW),
                new DomainEvent.ClientChanged(c.id(), "manager", NOW),
                new DomainEvent.InterestChanged(i.id(), "amount", VERA, NOW));
    }

    @Test
    void readsAreSilent() {
        Client c = newClient("c1", ANNA, "Romashka");
        events.clear();
        crm.clients().get(c.id());
        crm.clients().inScope(Scope.company());
        crm.agenda().myTasks(ANNA);
        crm.agenda().mySales(ANNA);
        crm.agenda().calendar(ANNA, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 20));
        crm.interactions().overdue(Scope.company());
        assertNoEvents();
    }

    @Test
    void eventsArePublishedInsideTheTransactionSoAFailingPublisherUndoesTheChange() {
        InMemoryStorage s = InMemoryStorage.create();
        List<String> seen = new ArrayList<>();
        boolean[] fail = {false};
        Crm failing = Crm.builder().storage(s).clock(clock).events(e -> {
            seen.add(e.getClass().getSimpleName() + " sees " + s.clients().find(ClientId.of("c1")).map(Client::name).orElse("nothing"));
            if (fail[0]) {
                throw new IllegalStateException("bus down");
            }
        }).build();
        failing.org().addDepartment(SALES, "Sales", null, null);
        failing.org().addManager(ANNA, "Anna", null, SALES);
        failing.clients().create(NewClient.organization("Romashka", ANNA).withId(ClientId.of("c1")));
        assertThat(seen).containsExactly("ClientCreated sees Romashka");
        fail[0] = true;
        assertThatThrownBy(() -> failing.clients().rename(ClientId.of("c1"), "Renamed")).isInstanceOf(IllegalStateException.class);
        assertThat(failing.clients().get(ClientId.of("c1")).name()).isEqualTo("Romashka");
        assertThat(failing.clients().get(ClientId.of("c1")).version()).isEqualTo(1);
    }
}
