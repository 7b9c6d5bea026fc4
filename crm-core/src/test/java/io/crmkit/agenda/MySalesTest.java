package io.crmkit.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.CoreTestBase;
import io.crmkit.client.ClientId;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.NewInterest;
import io.crmkit.money.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MySalesTest extends CoreTestBase {
    private Interest interest(String id, ClientId client, String stage, Money amount) {
        return crm.interests().open(NewInterest.of(client).withId(InterestId.of(id)).atStage(stage).withAmount(amount)
                .withManager(ANNA), ANNA);
    }

    private Interaction next(String id, ClientId client, InterestId interest, Instant start) {
        return crm.interactions().plan(NewInteraction.of("OUTGOING_CALL", client, start, start.plusSeconds(600))
                .withId(InteractionId.of(id)).forInterest(interest));
    }

    @Test
    void everyStageOfTheDefaultFunnelInOrderWithTheManagersActiveInterests() {
        ClientId c1 = newClient("c1", ANNA, "Romashka").id();
        ClientId c2 = newClient("c2", BORIS, "Vasilek").id();
        interest("i2", c1, "OFFER", Money.of("150000.00", "RUB"));
        interest("i1", c1, "OFFER", null);
        interest("i3", c2, "CONTRACT", Money.of("10", "EUR"));
        Interest won = interest("i4", c1, "OFFER", null);
        crm.interests().win(won.id(), ANNA);
        Interest suspended = interest("i5", c1, "INQUIRY", null);
        crm.interests().suspend(suspended.id(), ANNA);
        crm.interests().open(NewInterest.of(c2).withId(InterestId.of("i6")), BORIS);

        MySales s = crm.agenda().mySales(ANNA);

        assertThat(s.funnel()).isEqualTo("DEFAULT");
        assertThat(s.stages()).extracting(c -> c.stage().code())
                .containsExactly("INQUIRY", "OFFER", "AGREEMENT", "CONTRACT", "FULFILMENT");
        assertThat(s.stages().get(1).interests()).extracting(c -> c.interest().id().value()).containsExactly("i1", "i2");
        assertThat(s.stages().get(1).interests().get(1).clientName()).isEqualTo("Romashka");
        assertThat(s.stages().get(1).interests().get(1).interest().amount()).isEqualTo(Money.of("150000.00", "RUB"));
        assertThat(s.stages().get(1).interests().get(0).interest().amount()).isNull();
        assertThat(s.stages().get(3).interests()).extracting(c -> c.clientName()).containsExactly("Vasilek");
        assertThat(s.stages().get(0).interests()).isEmpty();
        assertThat(s.withoutNextStep()).extracting(InterestId::value).containsExactly("i1", "i2", "i3");
    }

    @Test
    void theNextInteractionIsTheEarliestPlannedOneIncludingOverdue() {
        ClientId c1 = newClient("c1", ANNA, "Romashka").id();
        Interest i1 = interest("i1", c1, "INQUIRY", null);
        Interest i2 = interest("i2", c1, "INQUIRY", null);
        Interest i3 = interest("i3", c1, "INQUIRY", null);
        next("x-later", c1, i1.id(), NOW.plus(Duration.ofDays(3)));
        Interaction overdue = next("x-overdue", c1, i1.id(), NOW.minus(Duration.ofDays(2)));
        Interaction done = next("x-done", c1, i1.id(), NOW.minus(Duration.ofDays(5)));
        crm.interactions().complete(done.id(), "ok");
        next("x-b", c1, i2.id(), NOW.plus(Duration.ofDays(1)));
        Interaction tie = next("x-a", c1, i2.id(), NOW.plus(Duration.ofDays(1)));
        Interaction cancelled = next("x-cancelled", c1, i3.id(), NOW.plus(Duration.ofDays(1)));
        crm.interactions().cancel(cancelled.id(), null);
        // an interaction planned by someone else for Anna's interest still counts
        crm.interactions().plan(NewInteraction.of("MEETING", c1, NOW.plus(Duration.ofDays(9)), NOW.plus(Duration.ofDays(9)))
                .withId(InteractionId.of("x-vera")).forInterest(i3.id()).withManager(VERA));

        MySales s = crm.agenda().mySales(ANNA);
        var cards = s.stages().get(0).interests();
        assertThat(cards).extracting(c -> c.next() == null ? null : c.next().id().value())
                .containsExactly(overdue.id().value(), tie.id().value(), "x-vera");
        assertThat(s.withoutNextStep()).isEmpty();
        crm.interactions().complete(InteractionId.of("x-vera"), "met");
        assertThat(crm.agenda().mySales(ANNA).withoutNextStep()).containsExactly(i3.id());
    }
}
