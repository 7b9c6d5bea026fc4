package io.crmkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.Crm;
import io.crmkit.agenda.MySales;
import io.crmkit.agenda.MyTasks;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.Client;
import io.crmkit.event.DomainEvent;
import io.crmkit.event.RecordingEventPublisher;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.inquiry.MatchKind;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.money.Money;
import io.crmkit.org.Scope;
import io.crmkit.tx.IdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FixturesTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant START = Instant.parse("2026-03-13T07:00:00Z");
    private final TestClock clock = TestClock.at(START, MOSCOW);
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final Crm crm = Crm.builder().storage(InMemoryStorage.create()).clock(clock).settings(CrmSettings.defaults(MOSCOW))
            .ids(IdGenerator.sequential("demo-")).events(events).build();

    @Test
    void theSmallCompany() {
        Fixtures.SmallCompany c = Fixtures.smallCompany(crm);
        assertThat(crm.org().department(c.sales()).head()).isEqualTo(Fixtures.OLGA);
        assertThat(crm.org().department(c.sales()).dailyNormPoints()).isEqualTo(48);
        assertThat(crm.org().managersIn(Scope.department(c.sales()))).containsExactly(Fixtures.ANNA, Fixtures.OLGA);
        assertThat(crm.org().widestScopeOf(c.head())).isEqualTo(Scope.company());
        assertThat(crm.org().widestScopeOf(c.manager())).isEqualTo(Scope.own(Fixtures.ANNA));
    }

    @Test
    void theConferenceLeadStory() {
        Fixtures.ConferenceLead lead = Fixtures.conferenceLead(crm);

        Client client = crm.clients().get(lead.client());
        assertThat(client.name()).isEqualTo("Romashka LLC");
        assertThat(client.manager()).isEqualTo(Fixtures.ANNA);
        assertThat(client.contacts()).hasSize(1);
        assertThat(client.contacts().get(0).name()).isEqualTo("Ivan Ivanov");

        assertThat(lead.firstContact().newClient()).isTrue();
        assertThat(lead.firstContact().newInterest()).isTrue();
        assertThat(lead.secondCall().client()).isEqualTo(lead.client());
        assertThat(lead.secondCall().newClient()).isFalse();
        assertThat(lead.secondCall().interest()).isEqualTo(lead.interest());
        assertThat(lead.secondCall().newInterest()).isFalse();

        Interest i = crm.interests().get(lead.interest());
        assertThat(i.status()).isEqualTo(InterestStatus.ACTIVE);
        assertThat(i.amount()).isEqualTo(Money.of("150000.00", "RUB"));
        assertThat(i.history()).containsExactly(
                new StageEntry("INQUIRY", START, Fixtures.ANNA),
                new StageEntry("OFFER", START.plus(Duration.ofMinutes(20)), Fixtures.ANNA),
                new StageEntry("AGREEMENT", START.plus(Duration.ofMinutes(25)), Fixtures.ANNA));

        assertThat(crm.interactions().ofClient(lead.client())).extracting(Interaction::type, Interaction::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MEETING", InteractionStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("INCOMING_CALL", InteractionStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("MEETING", InteractionStatus.PLANNED));
        Interaction meeting = crm.interactions().get(lead.meeting());
        assertThat(meeting.plannedStart()).isEqualTo(Instant.parse("2026-03-14T08:00:00Z"));
        assertThat(meeting.plannedDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(meeting.contact()).isEqualTo(lead.contact());
        assertThat(meeting.interest()).isEqualTo(lead.interest());

        // found again by phone, however it is written
        assertThat(crm.inquiries().search(ClientSearch.byPhone("9123456789"), Scope.own(Fixtures.ANNA)))
                .singleElement().satisfies(m -> {
                    assertThat(m.client()).isEqualTo(lead.client());
                    assertThat(m.matchedBy()).isEqualTo(MatchKind.PHONE);
                    assertThat(m.plannedInteractions()).containsExactly(lead.meeting());
                });
        // the board and the agenda
        MySales sales = crm.agenda().mySales(Fixtures.ANNA);
        assertThat(sales.stages().get(2).interests()).singleElement().satisfies(card -> {
            assertThat(card.interest().id()).isEqualTo(lead.interest());
            assertThat(card.next().id()).isEqualTo(lead.meeting());
        });
        assertThat(sales.withoutNextStep()).isEmpty();
        MyTasks tasks = crm.agenda().myTasks(Fixtures.ANNA);
        assertThat(tasks.upcoming()).extracting(Interaction::id).containsExactly(lead.meeting());
        assertThat(events.events()).filteredOn(e -> e instanceof DomainEvent.InquiryAccepted).hasSize(2);
    }

    @Test
    void aStoryRunsOncePerStorage() {
        Fixtures.conferenceLead(crm);
        assertThatThrownBy(() -> Fixtures.conferenceLead(crm)).isInstanceOf(ConflictException.class);
    }

    @Test
    void withAFixedClockEveryStepHappensAtTheSameMoment() {
        Crm fixed = Crm.builder().storage(InMemoryStorage.create()).clock(Clock.fixed(START, MOSCOW)).build();
        Fixtures.ConferenceLead lead = Fixtures.conferenceLead(fixed);
        assertThat(fixed.interests().get(lead.interest()).history()).extracting(StageEntry::at).containsOnly(START);
        assertThat(fixed.interactions().get(lead.meeting()).plannedStart()).isEqualTo(Instant.parse("2026-03-14T08:00:00Z"));
    }
}
