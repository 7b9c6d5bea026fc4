package io.crmkit.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CoreTestBase;
import io.crmkit.NotFoundException;
import io.crmkit.catalog.InteractionType;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.NewContact;
import io.crmkit.event.DomainEvent;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.NewInterest;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptInquiryTest extends CoreTestBase {
    private InquiryRequest.Builder call(ManagerId by) {
        return InquiryRequest.builder(by, Channel.PHONE);
    }

    @Test
    void anUnknownCallerBecomesANewClientWithAContactANewInterestAndACompletedCall() {
        InquiryResult r = crm.inquiries().accept(call(ANNA).phone("+7 (912) 345-67-89").email("Ivan@Romashka.Example")
                .name("Ivan Ivanov").company("Romashka LLC").note("Wants a demo").key("call-001").build());
        assertThat(r.newClient()).isTrue();
        assertThat(r.newInterest()).isTrue();
        Client c = crm.clients().get(r.client());
        assertThat(c.name()).isEqualTo("Romashka LLC");
        assertThat(c.kind()).isEqualTo(ClientKind.ORGANIZATION);
        assertThat(c.manager()).isEqualTo(ANNA);
        assertThat(c.createdAt()).isEqualTo(NOW);
        assertThat(c.contacts()).hasSize(1);
        assertThat(c.contacts().get(0).name()).isEqualTo("Ivan Ivanov");
        assertThat(c.contacts().get(0).info().phones().get(0).key()).isEqualTo("+79123456789");
        assertThat(c.contacts().get(0).info().emails().get(0).value()).isEqualTo("Ivan@Romashka.Example");
        Interest i = crm.interests().get(r.interest());
        assertThat(i.currentStage()).isEqualTo("INQUIRY");
        assertThat(i.manager()).isEqualTo(ANNA);
        assertThat(i.amount()).isNull();
        assertThat(i.createdAt()).isEqualTo(NOW);
        Interaction x = crm.interactions().get(r.interaction());
        assertThat(x.type()).isEqualTo("INCOMING_CALL");
        assertThat(x.status()).isEqualTo(InteractionStatus.COMPLETED);
        assertThat(x.plannedStart()).isEqualTo(NOW);
        assertThat(x.plannedEnd()).isEqualTo(NOW);
        assertThat(x.completedAt()).isEqualTo(NOW);
        assertThat(x.client()).isEqualTo(r.client());
        assertThat(x.interest()).isEqualTo(r.interest());
        assertThat(x.contact()).isEqualTo(c.contacts().get(0).id());
        assertThat(x.description()).isEqualTo("Wants a demo");
        assertThat(crm.inquiries().get(r.inquiry()).status()).isEqualTo(InquiryStatus.ACCEPTED);
        assertThat(crm.inquiries().findByKey("call-001").orElseThrow().result()).isEqualTo(r);
        assertThat(events.events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ClientCreated", "InterestOpened", "InteractionCompleted", "InquiryAccepted");
    }

    @Test
    void withoutACompanyTheNewClientIsAPersonNamedAfterTheCaller() {
        InquiryResult r = crm.inquiries().accept(call(BORIS).name("Petr Sidorov").phone("9031112233").build());
        Client c = crm.clients().get(r.client());
        assertThat(c.name()).isEqualTo("Petr Sidorov");
        assertThat(c.kind()).isEqualTo(ClientKind.PERSON);
        assertThat(c.manager()).isEqualTo(BORIS);
        assertThat(crm.interests().get(r.interest()).manager()).isEqualTo(BORIS);
    }

    @ParameterizedTest
    @CsvSource({"PHONE, INCOMING_CALL", "EMAIL, INCOMING_LETTER", "WEB, INCOMING_LETTER", "IN_PERSON, MEETING"})
    void theChannelDecidesTheInteractionType(Channel channel, String type) {
        InquiryResult r = crm.inquiries().accept(InquiryRequest.builder(ANNA, channel).name("Someone").build());
        assertThat(crm.interactions().get(r.interaction()).type()).isEqualTo(type);
        assertThat(channel.interactionType()).isEqualTo(type);
    }

    @Test
    void anExactPhoneKeyLinksTheInquiryToTheClientWrittenAnyWay() {
        Client c1 = newClient("c1", BORIS, "Romashka", NewContact.of("Ivan", "+7 (912) 345-67-89", null));
        for (String written : new String[] {"8 912 345 67 89", "9123456789", "+79123456789"}) {
            InquiryResult r = crm.inquiries().accept(call(ANNA).phone(written).name("Somebody else").build());
            assertThat(r.client()).isEqualTo(c1.id());
            assertThat(r.newClient()).isFalse();
            assertThat(crm.interactions().get(r.interaction()).contact()).isEqualTo(c1.contacts().get(0).id());
            assertThat(crm.interactions().get(r.interaction()).manager()).isEqualTo(ANNA);
        }
        assertThat(crm.clients().inScope(Scope.company())).hasSize(1);
    }

    @Test
    void anExactEmailLinksCaseInsensitivelyWhenThePhoneDoesNotMatch() {
        Client c1 = newClient("c1", ANNA, "Romashka", NewContact.of("Ivan", null, "ivan@romashka.example"));
        InquiryResult r = crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.EMAIL)
                .phone("+7 999 000 00 00").email("IVAN@Romashka.EXAMPLE").build());
        assertThat(r.client()).isEqualTo(c1.id());
        assertThat(r.newClient()).isFalse();
    }

    @Test
    void thePhoneKeyWinsOverTheEmailAndSeveralMatchesTakeTheFirstById() {
        newClient("c3", ANNA, "Email match", NewContact.of("Ivan", null, "ivan@romashka.example"));
        newClient("c2", ANNA, "Phone match B", NewContact.of("Ivan", "9123456789", null));
        newClient("c1", CLARA, "Phone match A", NewContact.of("Ivan", "89123456789", null));
        InquiryResult r = crm.inquiries().accept(call(ANNA).phone("9123456789").email("ivan@romashka.example").build());
        assertThat(r.client()).isEqualTo(ClientId.of("c1"));
    }

    @Test
    void aNameAloneNeverLinksItOnlySuggests() {
        Client c1 = newClient("c1", ANNA, "Romashka", NewContact.of("Ivan Ivanov", "9123456789", null));
        List<ClientMatch> suggestions = crm.inquiries().search(ClientSearch.byName("Ivan Ivanov"), Scope.company());
        assertThat(suggestions).extracting(ClientMatch::client).containsExactly(c1.id());
        assertThat(suggestions.get(0).exact()).isFalse();
        InquiryResult r = crm.inquiries().accept(call(ANNA).name("Ivan Ivanov").company("Romashka").build());
        assertThat(r.newClient()).isTrue();
        assertThat(r.client()).isNotEqualTo(c1.id());
        InquiryResult confirmed = crm.inquiries().accept(call(ANNA).name("Ivan Ivanov").confirmedClient(c1.id()).build());
        assertThat(confirmed.client()).isEqualTo(c1.id());
        assertThat(confirmed.newClient()).isFalse();
        assertThatThrownBy(() -> crm.inquiries().accept(call(ANNA).name("x").confirmedClient(ClientId.of("c404")).build()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("c404");
    }

    @Test
    void joinsTheMostRecentlyCreatedActiveInterestTiesByIdAndSkipsInactiveOnes() {
        Client c1 = newClient("c1", ANNA, "Romashka", NewContact.of("Ivan", "9123456789", null));
        crm.interests().open(NewInterest.of(c1.id()).withId(InterestId.of("i-old")), ANNA);
        clock.advance(Duration.ofHours(1));
        crm.interests().open(NewInterest.of(c1.id()).withId(InterestId.of("i-b")), ANNA);
        crm.interests().open(NewInterest.of(c1.id()).withId(InterestId.of("i-a")).withManager(CLARA), ANNA);
        clock.advance(Duration.ofHours(1));
        Interest newest = crm.interests().open(NewInterest.of(c1.id()).withId(InterestId.of("i-z")), ANNA);
        crm.interests().suspend(newest.id(), ANNA);
        InquiryResult r = crm.inquiries().accept(call(BORIS).phone("9123456789").build());
        assertThat(r.interest()).isEqualTo(InterestId.of("i-a"));
        assertThat(r.newInterest()).isFalse();
        assertThat(crm.interactions().get(r.interaction()).interest()).isEqualTo(InterestId.of("i-a"));
        crm.interests().win(InterestId.of("i-a"), ANNA);
        crm.interests().win(InterestId.of("i-b"), ANNA);
        crm.interests().lose(InterestId.of("i-old"), "No budget", ANNA);
        InquiryResult again = crm.inquiries().accept(call(BORIS).phone("9123456789").build());
        assertThat(again.newInterest()).isTrue();
        Interest opened = crm.interests().get(again.interest());
        assertThat(opened.manager()).isEqualTo(BORIS);
        assertThat(opened.currentStage()).isEqualTo("INQUIRY");
    }

    @Test
    void theSameKeyTwiceRecordsOnceAndReturnsTheFirstResult() {
        InquiryRequest q = call(ANNA).phone("9123456789").name("Ivan").key("call-2026-03-13-001").build();
        InquiryResult first = crm.inquiries().accept(q);
        int before = events.events().size();
        clock.advance(Duration.ofMinutes(5));
        InquiryResult second = crm.inquiries().accept(call(BORIS).phone("9031112233").name("Other").key("call-2026-03-13-001").build());
        assertThat(second).isEqualTo(first);
        assertThat(crm.clients().inScope(Scope.company())).hasSize(1);
        assertThat(crm.interactions().ofClient(first.client())).hasSize(1);
        assertThat(events.events()).hasSize(before);
    }

    @Test
    void twoThreadsAcceptingTheSameKeyAtOnceRecordOnce() throws Exception {
        int threads = 2; // two at once, 20 rounds
        for (int round = 0; round < 20; round++) {
            String key = "race-" + round;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<InquiryResult>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return crm.inquiries().accept(call(ANNA).phone("+7 912 000 00 10")
                                .name("Racer").key(key).build());
                    }));
                }
                start.countDown();
                InquiryResult a = futures.get(0).get(10, TimeUnit.SECONDS);
                InquiryResult b = futures.get(1).get(10, TimeUnit.SECONDS);
                assertThat(a).isEqualTo(b);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(eventsOf(DomainEvent.InquiryAccepted.class)).hasSize(20);
        assertThat(crm.clients().inScope(Scope.company())).hasSize(1);
        assertThat(crm.interactions().ofClient(crm.clients().inScope(Scope.company()).get(0).id())).hasSize(20);
    }

    @Test
    void pendingInquiriesWaitUntilAcceptedOnce() {
        Inquiry q = crm.inquiries().register(InquiryRequest.builder(ANNA, Channel.WEB).email("new@lead.example").name("Lead")
                .key("web-1").build(), null);
        assertThat(q.status()).isEqualTo(InquiryStatus.PENDING);
        assertThat(crm.inquiries().register(InquiryRequest.builder(ANNA, Channel.WEB).name("Other").key("web-1").build(), null))
                .isEqualTo(q);
        assertThat(crm.inquiries().pending(Scope.own(ANNA))).containsExactly(q);
        InquiryResult r = crm.inquiries().acceptPending(q.id(), null, BORIS);
        assertThat(r.inquiry()).isEqualTo(q.id());
        assertThat(crm.interactions().get(r.interaction()).type()).isEqualTo(InteractionType.INCOMING_LETTER);
        assertThat(crm.inquiries().pending(Scope.company())).isEmpty();
        assertThatThrownBy(() -> crm.inquiries().acceptPending(q.id(), null, BORIS))
                .isInstanceOf(io.crmkit.InvalidStateException.class);
        assertThat(eventsOf(DomainEvent.InquiryRegistered.class)).hasSize(1);
    }

    @Test
    void acceptingTheKeyOfARegisteredInquiryAcceptsThatOne() {
        Inquiry q = crm.inquiries().register(InquiryRequest.builder(ANNA, Channel.WEB).email("lead@example.org").name("Lead")
                .key("web-7").build(), null);
        InquiryResult r = crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.WEB).email("lead@example.org").name("Lead")
                .key("web-7").build());
        assertThat(r.inquiry()).isEqualTo(q.id());
        assertThat(crm.inquiries().get(q.id()).status()).isEqualTo(InquiryStatus.ACCEPTED);
        assertThat(crm.inquiries().pending(Scope.own(ANNA))).isEmpty();
        assertThat(crm.inquiries().accept(InquiryRequest.builder(ANNA, Channel.WEB).name("Lead").key("web-7").build())).isEqualTo(r);
    }
}
