package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.Storage;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.InterestId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.interaction.InteractionRepository}: every query, its order and its boundaries. */
public abstract class InteractionRepositoryContract extends ContractSupport {
    private static final Instant H9 = T0.plusSeconds(-3600);
    private static final Instant H10 = T0;
    private static final Instant H11 = T0.plusSeconds(3600);
    private static final Instant H12 = T0.plusSeconds(7200);

    @Override
    protected abstract Storage newStorage();

    @BeforeEach
    void data() {
        seedOrg();
        saveClient(client("c1", ANNA, "Romashka", contact("p1", "Ivan", "9123456789", null)));
        saveClient(client("c2", BORIS, "Vasilek"));
        saveClient(client("c3", CLARA, "Lotos"));
        saveInterest(interest("i1", "c1", ANNA, H9));
        saveInterest(interest("i2", "c2", BORIS, H9));
        saveInterest(interest("i3", "c3", CLARA, H9));
    }

    private static Interaction of(String id, String client, String interest, io.crmkit.org.ManagerId m, Instant start, Instant end) {
        return Interaction.plan(InteractionId.of(id), "OUTGOING_CALL", ClientId.of(client), null,
                interest == null ? null : InterestId.of(interest), m, "s", null, start, end, Importance.NORMAL);
    }

    private static final io.crmkit.org.ManagerId A = ANNA;
    private static final io.crmkit.org.ManagerId B = BORIS;
    private static final io.crmkit.org.ManagerId C = CLARA;

    private static List<String> ids(List<Interaction> xs) {
        return map(xs, x -> x.id().value());
    }

    @Test
    void plannedIdsOfClientsAreOnlyPlannedOnesByStartThenIdWhoeverManagesThem() {
        saveInteraction(of("x3", "c1", "i1", A, H11, H11));
        saveInteraction(of("x2", "c1", null, C, H10, H11));
        saveInteraction(of("x1", "c1", "i1", A, H11, H11));
        Interaction done = saveInteraction(of("x4", "c1", null, A, H9, H10));
        tx(() -> storage.interactions().save(done.complete("ok", H10)));
        Interaction dropped = saveInteraction(of("x5", "c2", null, B, H9, H10));
        tx(() -> storage.interactions().save(dropped.cancel("no")));
        saveInteraction(of("x6", "c3", null, C, H9, H10));

        java.util.Map<ClientId, List<InteractionId>> planned = storage.interactions().plannedIdsOfClients(
                List.of(ClientId.of("c1"), ClientId.of("c2"), ClientId.of("c1"), ClientId.of("nobody")));
        assertThat(planned).containsOnlyKeys(ClientId.of("c1"));
        assertThat(planned.get(ClientId.of("c1"))).extracting(InteractionId::value).containsExactly("x2", "x1", "x3");
        assertThat(storage.interactions().plannedIdsOfClients(List.of(ClientId.of("c3"))).get(ClientId.of("c3")))
                .extracting(InteractionId::value).containsExactly("x6");
        assertThat(storage.interactions().plannedIdsOfClients(List.of())).isEmpty();
        assertThatThrownBy(() -> storage.interactions().plannedIdsOfClients(null))
                .isInstanceOf(io.crmkit.InvalidInputException.class).hasMessageContaining("clients");
        assertThatThrownBy(() -> storage.interactions().plannedIdsOfClients(java.util.Arrays.asList(ClientId.of("c1"), null)))
                .isInstanceOf(io.crmkit.InvalidInputException.class).hasMessageContaining("clients");
    }

    @Test
    void roundTripsEveryField() {
        Interaction x = Interaction.plan(InteractionId.of("x1"), "MEETING", ClientId.of("c1"), ContactId.of("p1"),
                InterestId.of("i1"), ANNA, "Demo", "Line one\nline two", H10, H11, Importance.HIGH);
        Interaction saved = saveInteraction(x);
        assertThat(saved.version()).isEqualTo(1);
        assertSameFields(storage.interactions().find(InteractionId.of("x1")).orElseThrow(), saved);
        Interaction done = tx(() -> storage.interactions().save(saved.complete("Agreed on an offer", H12)));
        Interaction found = storage.interactions().find(InteractionId.of("x1")).orElseThrow();
        assertSameFields(found, done);
        assertThat(found.status()).isEqualTo(InteractionStatus.COMPLETED);
        assertThat(found.completedAt()).isEqualTo(H12);
        assertThat(found.result()).isEqualTo("Agreed on an offer");
        assertThat(found.description()).isEqualTo("Line one\nline two");
        assertThat(found.importance()).isEqualTo(Importance.HIGH);
        assertThat(found.version()).isEqualTo(2);
        assertThat(storage.interactions().find(InteractionId.of("x404"))).isEmpty();
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        saveInteraction(of("x1", "c1", null, A, H10, H11));
        assertThatThrownBy(() -> saveInteraction(of("x1", "c2", null, B, H10, H11))).isInstanceOf(ConflictException.class);
        assertThat(storage.interactions().find(InteractionId.of("x1")).orElseThrow().client()).isEqualTo(ClientId.of("c1"));
    }

    @Test
    void savingAStaleVersionIsAConflict() {
        Interaction v1 = saveInteraction(of("x1", "c1", null, A, H10, H11));
        tx(() -> storage.interactions().save(v1.cancel("Client asked")));
        assertThatThrownBy(() -> tx(() -> storage.interactions().save(v1.complete("done", H12))))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.interactions().find(InteractionId.of("x1")).orElseThrow().status()).isEqualTo(InteractionStatus.CANCELLED);
    }

    @Test
    void ofClientIsByPlannedStartThenIdWhoeverManages() {
        saveInteraction(of("x3", "c1", null, B, H10, H11));
        saveInteraction(of("x2", "c1", null, A, H10, H11));
        saveInteraction(of("x1", "c1", null, A, H11, H12));
        saveInteraction(of("x0", "c1", null, C, H9, H9));
        saveInteraction(of("x9", "c2", null, B, H9, H10));
        assertThat(ids(storage.interactions().ofClient(ClientId.of("c1")))).containsExactly("x0", "x2", "x3", "x1");
        assertThat(ids(storage.interactions().ofClient(ClientId.of("c3")))).isEmpty();
    }

    @Test
    void ofInterestIsByPlannedStartThenId() {
        saveInteraction(of("x2", "c1", "i1", A, H11, H12));
        saveInteraction(of("x1", "c1", "i1", A, H11, H12));
        saveInteraction(of("x0", "c1", "i1", B, H10, H11));
        saveInteraction(of("x9", "c1", null, A, H9, H10));
        assertThat(ids(storage.interactions().ofInterest(InterestId.of("i1")))).containsExactly("x0", "x1", "x2");
        assertThat(ids(storage.interactions().ofInterest(InterestId.of("i2")))).isEmpty();
    }

    @Test
    void plannedOfInterestsOnlyPlannedOfTheGivenInterests() {
        saveInteraction(of("x1", "c1", "i1", A, H11, H12));
        saveInteraction(of("x2", "c1", "i1", C, H10, H11));
        Interaction done = saveInteraction(of("x3", "c1", "i1", A, H9, H10));
        tx(() -> storage.interactions().save(done.complete("ok", H10)));
        Interaction cancelled = saveInteraction(of("x4", "c2", "i2", B, H9, H10));
        tx(() -> storage.interactions().save(cancelled.cancel(null)));
        saveInteraction(of("x5", "c2", "i2", B, H12, H12));
        saveInteraction(of("x6", "c3", "i3", C, H9, H10));
        saveInteraction(of("x7", "c1", null, A, H9, H10));
        assertThat(ids(storage.interactions().plannedOfInterests(List.of(InterestId.of("i1"), InterestId.of("i2")))))
                .containsExactly("x2", "x1", "x5");
        assertThat(storage.interactions().plannedOfInterests(List.of())).isEmpty();
        assertThat(storage.interactions().plannedOfInterests(List.of(InterestId.of("i404")))).isEmpty();
    }

    @Test
    void plannedOfActiveInterestsIsThePlannedOnesOfOneManagersActiveInterestsOfOneFunnelWhoeverManagesThem() {
        saveInterest(interest("i4", "c1", A, H9));
        io.crmkit.interest.Interest won = saveInterest(interest("i5", "c1", A, H9));
        tx(() -> storage.interests().save(won.win(H10)));
        saveInterest(io.crmkit.interest.Interest.open(InterestId.of("i6"), ClientId.of("c1"), null, A,
                new io.crmkit.catalog.SalesFunnel("B2B", "B2B", List.of(new io.crmkit.catalog.Stage("LEAD", "Lead", 10))),
                "LEAD", null, null, null, H9, A));
        Interaction x1 = saveInteraction(Interaction.plan(InteractionId.of("x1"), "MEETING", ClientId.of("c1"), ContactId.of("p1"),
                InterestId.of("i1"), A, "Demo", "Line one\nline two", H11, H12, Importance.HIGH));
        saveInteraction(of("x2", "c1", "i4", C, H10, H11));
        saveInteraction(of("x0", "c1", "i1", B, H11, H12));
        Interaction done = saveInteraction(of("x3", "c1", "i1", A, H9, H10));
        tx(() -> storage.interactions().save(done.complete("ok", H10)));
        Interaction cancelled = saveInteraction(of("x4", "c1", "i4", A, H9, H10));
        tx(() -> storage.interactions().save(cancelled.cancel(null)));
        saveInteraction(of("x5", "c1", "i5", A, H9, H10));
        saveInteraction(of("x6", "c1", "i6", A, H9, H10));
        saveInteraction(of("x7", "c2", "i2", A, H9, H10));
        saveInteraction(of("x8", "c1", null, A, H9, H10));

        List<Interaction> planned = storage.interactions().plannedOfActiveInterests(A, FUNNEL.code());
        assertThat(ids(planned)).containsExactly("x2", "x0", "x1");
        assertSameFields(planned.get(2), x1);
        assertThat(ids(storage.interactions().plannedOfActiveInterests(A, "B2B"))).containsExactly("x6");
        assertThat(ids(storage.interactions().plannedOfActiveInterests(B, FUNNEL.code()))).containsExactly("x7");
        assertThat(storage.interactions().plannedOfActiveInterests(C, "B2B")).isEmpty();
        assertThat(storage.interactions().plannedOfActiveInterests(io.crmkit.org.ManagerId.of("nobody"), FUNNEL.code())).isEmpty();
        assertThatThrownBy(() -> storage.interactions().plannedOfActiveInterests(null, FUNNEL.code()))
                .isInstanceOf(io.crmkit.InvalidInputException.class).hasMessageContaining("manager");
        assertThatThrownBy(() -> storage.interactions().plannedOfActiveInterests(A, null))
                .isInstanceOf(io.crmkit.InvalidInputException.class).hasMessageContaining("funnel");
    }

    @Test
    void plannedInScopeOnlyPlannedOfManagersInScope() {
        saveInteraction(of("x1", "c1", null, A, H11, H12));
        saveInteraction(of("x2", "c2", null, B, H10, H11));
        saveInteraction(of("x3", "c3", null, C, H9, H10));
        Interaction done = saveInteraction(of("x4", "c1", null, A, H9, H10));
        tx(() -> storage.interactions().save(done.complete("ok", H10)));
        assertThat(ids(storage.interactions().plannedInScope(company()))).containsExactly("x3", "x2", "x1");
        assertThat(ids(storage.interactions().plannedInScope(department(TOP)))).containsExactly("x2", "x1");
        assertThat(ids(storage.interactions().plannedInScope(own(ANNA)))).containsExactly("x1");
    }

    @Test
    void scheduledBetweenIsHalfOpenOnPlannedStartAndSkipsCancelled() {
        saveInteraction(of("x-before", "c1", null, A, H10.minusSeconds(1), H10));
        saveInteraction(of("x-from", "c1", null, A, H10, H11));
        saveInteraction(of("x-mid", "c2", null, B, H11, H12));
        saveInteraction(of("x-last", "c1", null, A, H12.minusSeconds(1), H12));
        saveInteraction(of("x-to", "c1", null, A, H12, H12));
        Interaction cancelled = saveInteraction(of("x-cancelled", "c1", null, A, H11, H12));
        tx(() -> storage.interactions().save(cancelled.cancel("no")));
        Interaction done = saveInteraction(of("x-done", "c1", null, A, H11, H12));
        tx(() -> storage.interactions().save(done.complete("ok", H12)));
        saveInteraction(of("x-other", "c3", null, C, H11, H12));
        assertThat(ids(storage.interactions().scheduledBetween(department(TOP), H10, H12)))
                .containsExactly("x-from", "x-done", "x-mid", "x-last");
        assertThat(ids(storage.interactions().scheduledBetween(own(CLARA), H10, H12))).containsExactly("x-other");
        assertThat(storage.interactions().scheduledBetween(company(), H10, H10)).isEmpty();
    }

    @Test
    void completedBetweenIsHalfOpenOnCompletedAtOrderedByCompletedAt() {
        Interaction a = saveInteraction(of("x-a", "c1", null, A, H9, H9));
        Interaction b = saveInteraction(of("x-b", "c1", null, A, H9, H9));
        Interaction c = saveInteraction(of("x-c", "c1", null, A, H12, H12));
        Interaction d = saveInteraction(of("x-d", "c2", null, B, H9, H9));
        Interaction e = saveInteraction(of("x-e", "c1", null, A, H9, H9));
        Interaction f = saveInteraction(of("x-f", "c3", null, C, H9, H9));
        saveInteraction(of("x-planned", "c1", null, A, H10, H10));
        txRun(() -> {
            storage.interactions().save(a.complete("a", H11));
            storage.interactions().save(b.complete("b", H10));
            storage.interactions().save(c.complete("c", H10));
            storage.interactions().save(d.complete("d", H11));
            storage.interactions().save(e.complete("e", H12));
            storage.interactions().save(f.complete("f", H11));
        });
        assertThat(ids(storage.interactions().completedBetween(department(TOP), H10, H12)))
                .containsExactly("x-b", "x-c", "x-a", "x-d");
        assertThat(ids(storage.interactions().completedBetween(own(ANNA), H10, H11))).containsExactly("x-b", "x-c");
        assertThat(ids(storage.interactions().completedBetween(company(), H12, H12.plusSeconds(1)))).containsExactly("x-e");
    }
}
