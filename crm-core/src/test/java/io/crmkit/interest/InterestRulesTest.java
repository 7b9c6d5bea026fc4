package io.crmkit.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.CoreTestBase;
import io.crmkit.CrmException;
import io.crmkit.InvalidInputException;
import io.crmkit.InvalidStateException;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.client.ClientId;
import io.crmkit.event.DomainEvent;
import io.crmkit.money.Money;
import io.crmkit.org.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InterestRulesTest extends CoreTestBase {
    private static final SalesFunnel TENDERS = new SalesFunnel("B2G", "Tenders",
            List.of(new Stage("TENDER", "Tender", 20), new Stage("AWARD", "Award", 80)));
    private ClientId c1;

    @Override
    protected CrmSettings settings() {
        return CrmSettings.defaults(MOSCOW).withFunnels(List.of(SalesFunnel.defaultFunnel(), TENDERS))
                .withLossReasons(List.of("Price too high", "No budget"));
    }

    @BeforeEach
    void client() {
        c1 = newClient("c1", ANNA, "Romashka").id();
        events.clear();
    }

    private Interest interest() {
        return open(c1, ANNA);
    }

    private void later(int minutes) {
        clock.advance(Duration.ofMinutes(minutes));
    }

    @Test
    void opensAtTheFirstStageOfTheDefaultFunnelManagedByTheClientsManager() {
        Interest i = interest();
        assertThat(i.status()).isEqualTo(InterestStatus.ACTIVE);
        assertThat(i.isActive()).isTrue();
        assertThat(i.funnel()).isEqualTo("DEFAULT");
        assertThat(i.currentStage()).isEqualTo("INQUIRY");
        assertThat(i.manager()).isEqualTo(ANNA);
        assertThat(i.createdAt()).isEqualTo(NOW);
        assertThat(i.history()).containsExactly(new StageEntry("INQUIRY", NOW, ANNA));
        assertThat(eventsOf(DomainEvent.InterestOpened.class)).containsExactly(
                new DomainEvent.InterestOpened(i.id(), c1, "INQUIRY", ANNA, NOW));
    }

    @Test
    void opensInAnotherFunnelAtAGivenStageWithAnAmount() {
        Interest i = crm.interests().open(NewInterest.of(c1).inFunnel("B2G").atStage("AWARD").withAmount(Money.of("10", "EUR"))
                .withManager(BORIS), ANNA);
        assertThat(i.funnel()).isEqualTo("B2G");
        assertThat(i.currentStage()).isEqualTo("AWARD");
        assertThat(i.manager()).isEqualTo(BORIS);
        assertThat(i.amount()).isEqualTo(Money.of("10", "EUR"));
    }

    @Test
    void aStageOfAnotherFunnelIsRejected() {
        Interest i = interest();
        assertThatThrownBy(() -> crm.interests().moveTo(i.id(), "TENDER", ANNA)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((CrmException) e).field()).isEqualTo("stage"))
                .hasMessageContaining("TENDER").hasMessageContaining("DEFAULT");
        assertThatThrownBy(() -> crm.interests().open(NewInterest.of(c1).atStage("TENDER"), ANNA))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("interest.stage");
        assertThatThrownBy(() -> crm.interests().open(NewInterest.of(c1).inFunnel("NOPE"), ANNA))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("interest.funnel").hasMessageContaining("NOPE");
        assertThat(crm.interests().get(i.id())).isEqualTo(i);
    }

    @Test
    void skipsStagesGoesBackAndKeepsHistoryWithWhoAndWhen() {
        Interest i = interest();
        Instant t0 = clock.instant();
        later(10);
        crm.interests().moveTo(i.id(), "CONTRACT", BORIS);
        later(10);
        crm.interests().moveTo(i.id(), "OFFER", ANNA);
        later(10);
        Interest last = crm.interests().advance(i.id(), VERA);
        assertThat(last.currentStage()).isEqualTo("AGREEMENT");
        assertThat(last.history()).containsExactly(
                new StageEntry("INQUIRY", t0, ANNA),
                new StageEntry("CONTRACT", t0.plus(Duration.ofMinutes(10)), BORIS),
                new StageEntry("OFFER", t0.plus(Duration.ofMinutes(20)), ANNA),
                new StageEntry("AGREEMENT", t0.plus(Duration.ofMinutes(30)), VERA));
        assertThat(last.version()).isEqualTo(4);
        assertThat(eventsOf(DomainEvent.StageChanged.class)).extracting(e -> e.from() + ">" + e.to() + " by " + e.by())
                .containsExactly("INQUIRY>CONTRACT by m-boris", "CONTRACT>OFFER by m-anna", "OFFER>AGREEMENT by m-vera");
    }

    @Test
    void movingToTheCurrentStageOrPastTheLastIsAStateError() {
        Interest i = interest();
        assertThatThrownBy(() -> crm.interests().moveTo(i.id(), "INQUIRY", ANNA)).isInstanceOf(InvalidStateException.class);
        crm.interests().moveTo(i.id(), "FULFILMENT", ANNA);
        assertThatThrownBy(() -> crm.interests().advance(i.id(), ANNA)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("FULFILMENT");
    }

    @Test
    void suspendAndResume() {
        Interest i = interest();
        Interest s = crm.interests().suspend(i.id(), ANNA);
        assertThat(s.status()).isEqualTo(InterestStatus.SUSPENDED);
        assertThat(s.isActive()).isFalse();
        assertThat(crm.interests().activeIn(Scope.own(ANNA))).isEmpty();
        assertThatThrownBy(() -> crm.interests().moveTo(i.id(), "OFFER", ANNA)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> crm.interests().suspend(i.id(), ANNA)).isInstanceOf(InvalidStateException.class);
        Interest r = crm.interests().resume(i.id(), ANNA);
        assertThat(r.status()).isEqualTo(InterestStatus.ACTIVE);
        assertThat(r.currentStage()).isEqualTo("INQUIRY");
        assertThatThrownBy(() -> crm.interests().resume(i.id(), ANNA)).isInstanceOf(InvalidStateException.class);
        assertThat(eventsOf(DomainEvent.InterestSuspended.class)).hasSize(1);
        assertThat(eventsOf(DomainEvent.InterestResumed.class)).hasSize(1);
    }

    @Test
    void winClosesAtTheCurrentStageAndIsFinal() {
        Interest i = interest();
        crm.interests().moveTo(i.id(), "CONTRACT", ANNA);
        later(60);
        Interest won = crm.interests().win(i.id(), ANNA);
        assertThat(won.status()).isEqualTo(InterestStatus.WON);
        assertThat(won.closedAt()).isEqualTo(clock.instant());
        assertThat(won.currentStage()).isEqualTo("CONTRACT");
        assertThatThrownBy(() -> crm.interests().win(i.id(), ANNA)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> crm.interests().lose(i.id(), "No budget", ANNA)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> crm.interests().moveTo(i.id(), "OFFER", ANNA)).isInstanceOf(InvalidStateException.class);
        assertThat(eventsOf(DomainEvent.InterestWon.class)).containsExactly(
                new DomainEvent.InterestWon(i.id(), "CONTRACT", ANNA, clock.instant()));
    }

    @Test
    void aSuspendedInterestCanBeWonOrLost() {
        Interest i = interest();
        crm.interests().suspend(i.id(), ANNA);
        assertThat(crm.interests().lose(i.id(), "No budget", ANNA).status()).isEqualTo(InterestStatus.LOST);
    }

    @Test
    void aLossNeedsAConfiguredReason() {
        Interest i = interest();
        for (String bad : new String[] {null, "", "   ", "Lost to a competitor", "price too high"}) {
            assertThatThrownBy(() -> crm.interests().lose(i.id(), bad, ANNA)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((CrmException) e).field()).isEqualTo("lossReason"))
                    .hasMessageContaining(CrmException.render(bad));
        }
        assertThat(crm.interests().get(i.id()).status()).isEqualTo(InterestStatus.ACTIVE);
        Interest lost = crm.interests().lose(i.id(), " Price too high ", ANNA);
        assertThat(lost.status()).isEqualTo(InterestStatus.LOST);
        assertThat(lost.lossReason()).isEqualTo("Price too high");
        assertThat(lost.closedAt()).isEqualTo(NOW);
        assertThat(eventsOf(DomainEvent.InterestLost.class)).containsExactly(
                new DomainEvent.InterestLost(i.id(), "INQUIRY", "Price too high", ANNA, NOW));
    }

    @Test
    void reopenMakesAClosedInterestActiveAgainAtTheStageWhereItClosed() {
        Interest i = interest();
        crm.interests().moveTo(i.id(), "AGREEMENT", ANNA);
        crm.interests().lose(i.id(), "No budget", ANNA);
        later(5);
        Interest r = crm.interests().reopen(i.id(), BORIS);
        assertThat(r.status()).isEqualTo(InterestStatus.ACTIVE);
        assertThat(r.currentStage()).isEqualTo("AGREEMENT");
        assertThat(r.lossReason()).isNull();
        assertThat(r.closedAt()).isNull();
        assertThat(r.history()).hasSize(2);
        assertThatThrownBy(() -> crm.interests().reopen(i.id(), BORIS)).isInstanceOf(InvalidStateException.class);
        crm.interests().win(i.id(), ANNA);
        assertThat(crm.interests().reopen(i.id(), ANNA).isActive()).isTrue();
        assertThat(eventsOf(DomainEvent.InterestReopened.class)).extracting(DomainEvent.InterestReopened::by).containsExactly(BORIS, ANNA);
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndChangesNothing() {
        Interest i = interest();
        Interest v2 = crm.interests().moveTo(i.id(), i.version(), "OFFER", ANNA);
        events.clear();
        for (Runnable stale : List.<Runnable>of(
                () -> crm.interests().moveTo(i.id(), i.version(), "AGREEMENT", BORIS),
                () -> crm.interests().suspend(i.id(), i.version(), BORIS),
                () -> crm.interests().win(i.id(), i.version(), BORIS),
                () -> crm.interests().lose(i.id(), i.version(), "No budget", BORIS))) {
            assertThatThrownBy(stale::run).isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(((CrmException) e).field()).isEqualTo("interest.version"))
                    .hasMessageContaining(i.id().value());
        }
        assertThat(crm.interests().get(i.id())).isEqualTo(v2);
        assertNoEvents();
        assertThat(crm.interests().moveTo(i.id(), v2.version(), "AGREEMENT", BORIS).currentStage()).isEqualTo("AGREEMENT");
    }

    @Test
    void amountExpectedCloseAndReassignment() {
        Interest i = interest();
        crm.interests().setAmount(i.id(), Money.of("150000.00", "RUB"), ANNA);
        crm.interests().setExpectedClose(i.id(), java.time.LocalDate.of(2026, 4, 30), ANNA);
        Interest r = crm.interests().reassign(i.id(), CLARA, DIANA);
        assertThat(r.amount()).isEqualTo(Money.of("150000.00", "RUB"));
        assertThat(r.expectedClose()).isEqualTo(java.time.LocalDate.of(2026, 4, 30));
        assertThat(r.manager()).isEqualTo(CLARA);
        assertThat(crm.interests().inScope(Scope.own(CLARA))).extracting(Interest::id).containsExactly(i.id());
        assertThat(crm.interests().ofClient(c1)).extracting(Interest::id).containsExactly(i.id());
    }
}
