package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.Storage;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.money.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.interest.InterestRepository}: interests with stage history, by client and scope. */
public abstract class InterestRepositoryContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    @BeforeEach
    void data() {
        seedOrg();
        saveClient(client("c1", ANNA, "Romashka", contact("p1", "Ivan", "9123456789", null)));
        saveClient(client("c2", BORIS, "Vasilek"));
        saveClient(client("c3", CLARA, "Lotos"));
    }

    @Test
    void activeIdsOfClientsAreOnlyActiveOnesByIdWhoeverManagesThem() {
        saveInterest(interest("i3", "c1", ANNA, T0));
        saveInterest(interest("i1", "c1", CLARA, T0));
        Interest lost = saveInterest(interest("i2", "c1", ANNA, T0));
        tx(() -> storage.interests().save(lost.lose("Price", T0.plusSeconds(60))));
        Interest won = saveInterest(interest("i4", "c2", BORIS, T0));
        tx(() -> storage.interests().save(won.win(T0.plusSeconds(60))));
        saveInterest(interest("i5", "c3", CLARA, T0));

        java.util.Map<ClientId, List<InterestId>> active = storage.interests().activeIdsOfClients(
                List.of(ClientId.of("c2"), ClientId.of("c1"), ClientId.of("c1"), ClientId.of("nobody")));
        assertThat(active).containsOnlyKeys(ClientId.of("c1"));
        assertThat(active.get(ClientId.of("c1"))).extracting(InterestId::value).containsExactly("i1", "i3");
        assertThat(storage.interests().activeIdsOfClients(List.of(ClientId.of("c3"))).get(ClientId.of("c3")))
                .extracting(InterestId::value).containsExactly("i5");
        assertThat(storage.interests().activeIdsOfClients(List.of())).isEmpty();
        assertThatThrownBy(() -> storage.interests().activeIdsOfClients(null))
                .isInstanceOf(io.crmkit.InvalidInputException.class).hasMessageContaining("clients");
        assertThatThrownBy(() -> storage.interests().activeIdsOfClients(java.util.Arrays.asList(ClientId.of("c1"), null)))
                .isInstanceOf(io.crmkit.InvalidInputException.class).hasMessageContaining("clients");
    }

    @Test
    void roundTripsEveryFieldIncludingHistory() {
        Interest open = Interest.open(InterestId.of("i1"), ClientId.of("c1"), ContactId.of("p1"), ANNA, FUNNEL, "INQUIRY",
                Money.of("150000.00", "RUB"), LocalDate.of(2026, 4, 30), "Conference", T0, BORIS);
        Interest saved = saveInterest(open);
        assertThat(saved.version()).isEqualTo(1);
        Interest moved = tx(() -> storage.interests().save(saved.moveTo(FUNNEL, "OFFER", ANNA, T0.plus(Duration.ofDays(1)))
                .moveTo(FUNNEL, "CONTRACT", null, T0.plus(Duration.ofDays(2)))));
        assertThat(moved.version()).isEqualTo(2);
        Interest found = storage.interests().find(InterestId.of("i1")).orElseThrow();
        assertSameFields(found, moved);
        assertThat(found.history()).containsExactly(
                new StageEntry("INQUIRY", T0, BORIS),
                new StageEntry("OFFER", T0.plus(Duration.ofDays(1)), ANNA),
                new StageEntry("CONTRACT", T0.plus(Duration.ofDays(2)), null));
        assertThat(found.amount().amount()).isEqualByComparingTo("150000");
        assertThat(found.amount().currency().getCurrencyCode()).isEqualTo("RUB");
        assertThat(found.expectedClose()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(found.source()).isEqualTo("Conference");
        assertThat(found.contact()).isEqualTo(ContactId.of("p1"));
        assertThat(found.funnel()).isEqualTo("DEFAULT");
        assertThat(storage.interests().find(InterestId.of("i404"))).isEmpty();
    }

    @Test
    void roundTripsClosedStates() {
        Interest lost = saveInterest(interest("i1", "c1", ANNA, T0)).lose("Price too high", T0.plusSeconds(3600));
        tx(() -> storage.interests().save(lost));
        Interest found = storage.interests().find(InterestId.of("i1")).orElseThrow();
        assertThat(found.status()).isEqualTo(InterestStatus.LOST);
        assertThat(found.lossReason()).isEqualTo("Price too high");
        assertThat(found.closedAt()).isEqualTo(T0.plusSeconds(3600));
        Interest reopened = tx(() -> storage.interests().save(found.reopen(T0.plusSeconds(7200))));
        Interest again = storage.interests().find(InterestId.of("i1")).orElseThrow();
        assertSameFields(again, reopened);
        assertThat(again.status()).isEqualTo(InterestStatus.ACTIVE);
        assertThat(again.lossReason()).isNull();
        assertThat(again.closedAt()).isNull();
        assertThat(again.amount()).isNull();
    }

    @Test
    void ofClientListsEveryInterestOfTheClientWhoeverManagesItById() {
        saveInterest(interest("i2", "c1", BORIS, T0));
        saveInterest(interest("i1", "c1", ANNA, T0));
        saveInterest(interest("i3", "c2", BORIS, T0));
        Interest won = saveInterest(interest("i0", "c1", CLARA, T0));
        tx(() -> storage.interests().save(won.win(T0.plusSeconds(60))));
        assertThat(storage.interests().ofClient(ClientId.of("c1"))).extracting(i -> i.id().value()).containsExactly("i0", "i1", "i2");
        assertThat(storage.interests().ofClient(ClientId.of("c3"))).isEmpty();
    }

    @Test
    void activeInScopeAndInScopeFilterByStatusAndManager() {
        saveInterest(interest("i1", "c1", ANNA, T0));
        Interest s = saveInterest(interest("i2", "c1", ANNA, T0));
        tx(() -> storage.interests().save(s.suspend(T0.plusSeconds(1))));
        saveInterest(interest("i3", "c2", BORIS, T0));
        Interest w = saveInterest(interest("i4", "c2", BORIS, T0));
        tx(() -> storage.interests().save(w.win(T0.plusSeconds(1))));
        saveInterest(interest("i5", "c3", CLARA, T0));
        assertThat(storage.interests().activeInScope(company())).extracting(i -> i.id().value()).containsExactly("i1", "i3", "i5");
        assertThat(storage.interests().activeInScope(department(TOP))).extracting(i -> i.id().value()).containsExactly("i1", "i3");
        assertThat(storage.interests().activeInScope(own(BORIS))).extracting(i -> i.id().value()).containsExactly("i3");
        assertThat(storage.interests().inScope(department(TOP))).extracting(i -> i.id().value()).containsExactly("i1", "i2", "i3", "i4");
        assertThat(storage.interests().inScope(own(CLARA))).extracting(i -> i.id().value()).containsExactly("i5");
    }

    @Test
    void activeOfManagerIsOneManagersActiveInterestsOfOneFunnelWithHistoryById() {
        io.crmkit.catalog.SalesFunnel other = new io.crmkit.catalog.SalesFunnel("B2B", "B2B",
                List.of(new io.crmkit.catalog.Stage("LEAD", "Lead", 10), new io.crmkit.catalog.Stage("DEAL", "Deal", 60)));
        Interest moved = saveInterest(Interest.open(InterestId.of("i3"), ClientId.of("c1"), ContactId.of("p1"), ANNA, FUNNEL, "INQUIRY",
                Money.of("150000.50", "RUB"), LocalDate.of(2026, 4, 30), "Conference", T0, BORIS));
        Interest i3 = tx(() -> storage.interests().save(moved.moveTo(FUNNEL, "OFFER", null, T0.plusSeconds(60))
                .moveTo(FUNNEL, "AGREEMENT", ANNA, T0.plusSeconds(120))));
        Interest i1 = saveInterest(interest("i1", "c2", ANNA, T0));
        Interest s = saveInterest(interest("i2", "c1", ANNA, T0));
        tx(() -> storage.interests().save(s.suspend(T0.plusSeconds(1))));
        Interest w = saveInterest(interest("i4", "c1", ANNA, T0));
        tx(() -> storage.interests().save(w.win(T0.plusSeconds(1))));
        saveInterest(interest("i5", "c2", BORIS, T0));
        Interest b2b = saveInterest(Interest.open(InterestId.of("i6"), ClientId.of("c3"), null, ANNA, other, "LEAD", null, null, null,
                T0, ANNA));

        List<Interest> active = storage.interests().activeOfManager(ANNA, FUNNEL.code());
        assertThat(active).extracting(i -> i.id().value()).containsExactly("i1", "i3");
        assertSameFields(active.get(0), i1);
        assertSameFields(active.get(1), i3);
        assertThat(active.get(1).history()).containsExactly(new StageEntry("INQUIRY", T0, BORIS),
                new StageEntry("OFFER", T0.plusSeconds(60), null), new StageEntry("AGREEMENT", T0.plusSeconds(120), ANNA));
        assertThat(active.get(1).amount().amount()).isEqualTo(new java.math.BigDecimal("150000.50"));
        assertThat(storage.interests().activeOfManager(ANNA, "B2B")).extracting(i -> i.id().value()).containsExactly("i6");
        assertSameFields(storage.interests().activeOfManager(ANNA, "B2B").get(0), b2b);
        assertThat(storage.interests().activeOfManager(CLARA, FUNNEL.code())).isEmpty();
        assertThat(storage.interests().activeOfManager(io.crmkit.org.ManagerId.of("nobody"), FUNNEL.code())).isEmpty();
        assertThatThrownBy(() -> storage.interests().activeOfManager(null, FUNNEL.code()))
                .isInstanceOf(io.crmkit.InvalidInputException.class).hasMessageContaining("manager");
        assertThatThrownBy(() -> storage.interests().activeOfManager(ANNA, null))
                .isInstanceOf(io.crmkit.InvalidInputException.class).hasMessageContaining("funnel");
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        saveInterest(interest("i1", "c1", ANNA, T0));
        assertThatThrownBy(() -> saveInterest(interest("i1", "c2", BORIS, T0))).isInstanceOf(ConflictException.class);
        assertThat(storage.interests().find(InterestId.of("i1")).orElseThrow().client()).isEqualTo(ClientId.of("c1"));
    }

    @Test
    void savingAStaleVersionIsAConflictAndKeepsTheWinnersHistory() {
        Interest v1 = saveInterest(interest("i1", "c1", ANNA, T0));
        tx(() -> storage.interests().save(v1.moveTo(FUNNEL, "OFFER", ANNA, T0.plusSeconds(10))));
        assertThatThrownBy(() -> tx(() -> storage.interests().save(v1.moveTo(FUNNEL, "AGREEMENT", BORIS, T0.plusSeconds(20)))))
                .isInstanceOf(ConflictException.class);
        Interest found = storage.interests().find(InterestId.of("i1")).orElseThrow();
        assertThat(found.currentStage()).isEqualTo("OFFER");
        assertThat(found.history()).hasSize(2);
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void restoredInterestsKeepTheirHistoryAsGiven() {
        Interest restored = Interest.restore(InterestId.of("i9"), ClientId.of("c2"), null, BORIS, "DEFAULT", InterestStatus.WON,
                Money.of("10.5", "EUR"), null, null, null, T0.plusSeconds(500),
                List.of(new StageEntry("INQUIRY", T0, null), new StageEntry("OFFER", T0.plusSeconds(100), BORIS),
                        new StageEntry("INQUIRY", T0.plusSeconds(200), BORIS)), 0);
        Interest saved = saveInterest(restored);
        assertSameFields(storage.interests().find(InterestId.of("i9")).orElseThrow(), saved);
        assertThat(saved.currentStage()).isEqualTo("INQUIRY");
        assertThat(saved.createdAt()).isEqualTo(T0);
    }
}
