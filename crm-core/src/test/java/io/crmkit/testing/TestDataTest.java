package io.crmkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.Client;
import io.crmkit.client.ClientKind;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.money.Money;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestDataTest {
    private static final Instant START = Instant.parse("2026-03-13T07:00:00Z");
    private final TestClock clock = TestClock.at(START, ZoneId.of("Europe/Moscow"));
    private final Crm crm = Crm.builder().storage(InMemoryStorage.create()).clock(clock)
            .settings(CrmSettings.defaults(ZoneId.of("Europe/Moscow"))).build();
    private final ManagerId anna = ManagerId.of("m-anna");

    @BeforeEach
    void org() {
        TestData.aDepartment().create(crm);
        TestData.aManager().create(crm);
    }

    @Test
    void defaults() {
        assertThat(crm.org().department(DepartmentId.of("sales")).name()).isEqualTo("Sales");
        assertThat(crm.org().department(DepartmentId.of("sales")).dailyNormPoints()).isEqualTo(48);
        assertThat(crm.org().manager(anna).email().value()).isEqualTo("anna@example.com");
        Client c = TestData.aClient().create(crm);
        assertThat(c.name()).isEqualTo("Romashka LLC");
        assertThat(c.kind()).isEqualTo(ClientKind.ORGANIZATION);
        assertThat(c.manager()).isEqualTo(anna);
        assertThat(c.createdAt()).isEqualTo(START);
        Interest i = TestData.anInterest().of(c).openIn(crm, anna);
        assertThat(i.currentStage()).isEqualTo("INQUIRY");
        assertThat(i.manager()).isEqualTo(anna);
        Interaction x = TestData.anInteraction().with(c).planIn(crm);
        assertThat(x.type()).isEqualTo("OUTGOING_CALL");
        assertThat(x.plannedStart()).isEqualTo(START);
        assertThat(x.plannedDuration()).isEqualTo(Duration.ofMinutes(30));
        InquiryResult r = TestData.anInquiry().acceptIn(crm);
        assertThat(r.newClient()).isTrue();
        assertThat(crm.interactions().get(r.interaction()).type()).isEqualTo("INCOMING_CALL");
    }

    @Test
    void anInterestAtAStageMovedThroughStagesAndClosed() {
        Client c = TestData.aClient().id("c1").withFullPortrait().contact("p1", "Ivan", "9123456789", null).create(crm);
        assertThat(c.portraitFilled(crm.settings().portraitFields())).isTrue();
        assertThat(c.contactInfoFilled()).isTrue();
        Interest atOffer = TestData.anInterest().id("i1").of(c.id()).atStage("OFFER").amount("150000.00", "RUB").openIn(crm, anna);
        assertThat(atOffer.currentStage()).isEqualTo("OFFER");
        assertThat(atOffer.amount()).isEqualTo(Money.of("150000.00", "RUB"));
        clock.advance(Duration.ofMinutes(1));
        Interest moved = TestData.anInterest().of(c).movedThrough("OFFER", "CONTRACT").won().openIn(crm, anna);
        assertThat(moved.history()).extracting(StageEntry::stage).containsExactly("INQUIRY", "OFFER", "CONTRACT");
        assertThat(moved.status()).isEqualTo(InterestStatus.WON);
        Interest lost = TestData.anInterest().of(c).lost("No budget").openIn(crm, anna);
        assertThat(lost.status()).isEqualTo(InterestStatus.LOST);
        assertThat(lost.lossReason()).isEqualTo("No budget");
        assertThatThrownBy(() -> TestData.anInterest().of(c).lost("Because").openIn(crm, anna)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void interactionsPlannedAndDone() {
        Client c = TestData.aClient().person().named("Petr Sidorov").create(crm);
        assertThat(c.kind()).isEqualTo(ClientKind.PERSON);
        Interest i = TestData.anInterest().of(c).openIn(crm, anna);
        Interaction meeting = TestData.anInteraction().type("MEETING").about(i).at(START.plusSeconds(86_400)).lasting(Duration.ofHours(2))
                .subject("Demo").important().planIn(crm);
        assertThat(meeting.client()).isEqualTo(c.id());
        assertThat(meeting.interest()).isEqualTo(i.id());
        assertThat(meeting.plannedDuration()).isEqualTo(Duration.ofHours(2));
        assertThat(meeting.importance()).isEqualTo(io.crmkit.interaction.Importance.HIGH);
        Interaction call = TestData.anInteraction().with(c).doneIn(crm, "Reached");
        assertThat(call.status()).isEqualTo(InteractionStatus.COMPLETED);
        assertThat(call.result()).isEqualTo("Reached");
    }

    @Test
    void inquiriesAreIdempotentByKey() {
        InquiryResult first = TestData.anInquiry().via(Channel.EMAIL).phone(null).email("lead@example.org").key("k1").acceptIn(crm);
        InquiryResult again = TestData.anInquiry().via(Channel.EMAIL).phone(null).email("lead@example.org").key("k1").acceptIn(crm);
        assertThat(again).isEqualTo(first);
        assertThat(crm.interactions().get(first.interaction()).type()).isEqualTo("INCOMING_LETTER");
    }

    @Test
    void buildersStillGoThroughEveryCheck() {
        assertThatThrownBy(() -> TestData.aClient().named(" ").create(crm)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("client.name");
        assertThatThrownBy(() -> TestData.aClient().create(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("crm");
        assertThatThrownBy(() -> TestData.anInteraction().with(TestData.aClient().create(crm)).lasting(Duration.ofMinutes(-1)).planIn(crm))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("interaction.end");
    }

    @Test
    void theTestClockMovesOnlyWhenTold() {
        TestClock c = TestClock.at(START, ZoneId.of("UTC"));
        assertThat(c.instant()).isEqualTo(START);
        assertThat(c.instant()).isEqualTo(START);
        c.advance(Duration.ofSeconds(5));
        assertThat(c.instant()).isEqualTo(START.plusSeconds(5));
        c.set(START.minusSeconds(1));
        assertThat(c.millis()).isEqualTo(START.minusSeconds(1).toEpochMilli());
        java.time.Clock berlin = c.withZone(ZoneId.of("Europe/Berlin"));
        c.advance(Duration.ofSeconds(1));
        assertThat(berlin.instant()).isEqualTo(START);
        assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThatThrownBy(() -> c.set(null)).isInstanceOf(InvalidInputException.class);
    }
}
