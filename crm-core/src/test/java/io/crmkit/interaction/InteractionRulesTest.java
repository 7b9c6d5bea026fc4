package io.crmkit.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CoreTestBase;
import io.crmkit.CrmException;
import io.crmkit.InvalidInputException;
import io.crmkit.InvalidStateException;
import io.crmkit.client.Client;
import io.crmkit.client.ContactId;
import io.crmkit.client.NewContact;
import io.crmkit.event.DomainEvent;
import io.crmkit.interest.Interest;
import io.crmkit.org.Scope;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InteractionRulesTest extends CoreTestBase {
    private Client c1;
    private final Instant tomorrow10 = Instant.parse("2026-03-14T07:00:00Z");

    @BeforeEach
    void client() {
        c1 = newClient("c1", ANNA, "Romashka", NewContact.of("Ivan", "9123456789", null));
        events.clear();
    }

    @Test
    void plansWithTheClientsManagerByDefault() {
        Interest i = open(c1.id(), ANNA);
        ContactId ivan = c1.contacts().get(0).id();
        Interaction x = crm.interactions().plan(NewInteraction.of("MEETING", c1.id(), tomorrow10, tomorrow10.plusSeconds(3600))
                .withContact(ivan).forInterest(i.id()).withSubject("Demo").withImportance(Importance.HIGH));
        assertThat(x.status()).isEqualTo(InteractionStatus.PLANNED);
        assertThat(x.manager()).isEqualTo(ANNA);
        assertThat(x.contact()).isEqualTo(ivan);
        assertThat(x.interest()).isEqualTo(i.id());
        assertThat(x.plannedDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(x.completedAt()).isNull();
        assertThat(crm.interactions().get(x.id())).isEqualTo(x);
        assertThat(eventsOf(DomainEvent.InteractionPlanned.class)).containsExactly(
                new DomainEvent.InteractionPlanned(x.id(), c1.id(), ANNA, NOW));
    }

    @Test
    void anEndBeforeTheStartIsRejectedAndAnEqualEndIsAllowed() {
        assertThatThrownBy(() -> plan("TASK", c1.id(), tomorrow10, Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((CrmException) e).field()).isEqualTo("interaction.end"))
                .hasMessageContaining(tomorrow10.minusSeconds(1).toString());
        assertThat(plan("TASK", c1.id(), tomorrow10, Duration.ZERO).plannedDuration()).isZero();
        Interaction x = plan("TASK", c1.id(), tomorrow10, Duration.ofMinutes(30));
        assertThatThrownBy(() -> crm.interactions().reschedule(x.id(), tomorrow10, tomorrow10.minusNanos(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("end");
        assertThat(crm.interactions().get(x.id())).isEqualTo(x);
    }

    @Test
    void aTypeMustBeInTheCatalogAndLinksMustFit() {
        assertThatThrownBy(() -> plan("FAX", c1.id(), tomorrow10, Duration.ZERO)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("FAX");
        Client other = newClient("c2", BORIS, "Vasilek");
        Interest foreign = open(other.id(), BORIS);
        assertThatThrownBy(() -> crm.interactions().plan(NewInteraction.of("TASK", c1.id(), tomorrow10, tomorrow10)
                .forInterest(foreign.id()))).isInstanceOf(InvalidInputException.class).hasMessageContaining(foreign.id().value());
        assertThatThrownBy(() -> crm.interactions().plan(NewInteraction.of("TASK", c1.id(), tomorrow10, tomorrow10)
                .withContact(ContactId.of("not-a-contact")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not-a-contact");
    }

    @Test
    void rescheduleCompleteAndCancel() {
        Interaction x = plan("OUTGOING_CALL", c1.id(), tomorrow10, Duration.ofMinutes(15));
        Interaction moved = crm.interactions().reschedule(x.id(), tomorrow10.plusSeconds(3600), tomorrow10.plusSeconds(4500));
        assertThat(moved.plannedStart()).isEqualTo(tomorrow10.plusSeconds(3600));
        assertThat(moved.version()).isEqualTo(2);
        clock.advance(Duration.ofDays(1));
        Interaction done = crm.interactions().complete(x.id(), "Agreed to meet");
        assertThat(done.status()).isEqualTo(InteractionStatus.COMPLETED);
        assertThat(done.completedAt()).isEqualTo(clock.instant());
        assertThat(done.result()).isEqualTo("Agreed to meet");
        assertThatThrownBy(() -> crm.interactions().complete(x.id(), "again")).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> crm.interactions().cancel(x.id(), "late")).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> crm.interactions().reschedule(x.id(), tomorrow10, tomorrow10)).isInstanceOf(InvalidStateException.class);

        Interaction y = plan("MEETING", c1.id(), tomorrow10, Duration.ofHours(1));
        Interaction cancelled = crm.interactions().cancel(y.id(), "Client is ill");
        assertThat(cancelled.status()).isEqualTo(InteractionStatus.CANCELLED);
        assertThat(cancelled.result()).isEqualTo("Client is ill");
        assertThat(cancelled.completedAt()).isNull();
        assertThat(eventsOf(DomainEvent.InteractionRescheduled.class)).hasSize(1);
        assertThat(eventsOf(DomainEvent.InteractionCompleted.class)).extracting(DomainEvent.InteractionCompleted::interaction)
                .containsExactly(x.id());
        assertThat(eventsOf(DomainEvent.InteractionCancelled.class)).containsExactly(
                new DomainEvent.InteractionCancelled(y.id(), clock.instant()));
    }

    @Test
    void completingACancelledInteractionIsAStateErrorAndChangesNothing() {
        Interaction x = plan("MEETING", c1.id(), tomorrow10, Duration.ofHours(1));
        Interaction cancelled = crm.interactions().cancel(x.id(), null);
        events.clear();
        assertThatThrownBy(() -> crm.interactions().complete(x.id(), "done"))
                .isInstanceOf(InvalidStateException.class)
                .satisfies(e -> assertThat(((CrmException) e).field()).isEqualTo("status"))
                .hasMessageContaining("CANCELLED").hasMessageContaining(x.id().value());
        assertThat(crm.interactions().get(x.id())).isEqualTo(cancelled);
        assertNoEvents();
    }

    @Test
    void overdueExactlyAtTheDueMomentIsNotOverdueOneNanosecondLaterItIs() {
        Instant due = NOW.plusSeconds(3600);
        Interaction x = crm.interactions().plan(NewInteraction.of("OUTGOING_CALL", c1.id(), NOW, due));
        clock.set(due);
        assertThat(crm.interactions().get(x.id()).isOverdue(clock.instant())).isFalse();
        assertThat(crm.interactions().overdue(Scope.own(ANNA))).isEmpty();
        clock.set(due.plusNanos(1));
        assertThat(crm.interactions().overdue(Scope.own(ANNA))).extracting(Interaction::id).containsExactly(x.id());
        assertThat(crm.interactions().overdue(Scope.own(BORIS))).isEmpty();
        crm.interactions().complete(x.id(), "late but done");
        assertThat(crm.interactions().overdue(Scope.company())).isEmpty();
    }

    @Test
    void overdueIsComputedFromTheStartNotTheEnd() {
        Interaction x = crm.interactions().plan(NewInteraction.of("MEETING", c1.id(), NOW.minusSeconds(60), NOW.plusSeconds(60)));
        assertThat(crm.interactions().overdue(Scope.company())).isEmpty();
        assertThat(crm.interactions().planned(Scope.company())).extracting(Interaction::id).containsExactly(x.id());
    }

    @Test
    void recordDoneHasStartEndAndCompletionAtNow() {
        Interaction x = crm.interactions().recordDone("INCOMING_CALL", c1.id(), null, null, null, "Called back", "ok", null);
        assertThat(x.status()).isEqualTo(InteractionStatus.COMPLETED);
        assertThat(x.plannedStart()).isEqualTo(NOW);
        assertThat(x.plannedEnd()).isEqualTo(NOW);
        assertThat(x.completedAt()).isEqualTo(NOW);
        assertThat(x.manager()).isEqualTo(ANNA);
        assertThat(crm.interactions().ofClient(c1.id())).containsExactly(x);
    }
}
