package io.crmkit.testing;

import io.crmkit.Crm;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.money.Money;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Named fixtures: whole stories written through a {@link Crm}'s services, for hosts' tests and
 * demos. They use fixed ids, so each runs once on a storage that does not hold them yet. When the
 * crm's clock is a {@link TestClock} a story moves it forward a few minutes between its steps, so
 * that histories show distinct moments; with any other clock every step happens at its now.
 */
public final class Fixtures {
    public static final DepartmentId SALES = DepartmentId.of("sales");
    /** The head of sales. */
    public static final ManagerId OLGA = ManagerId.of("m-olga");
    /** A sales manager. */
    public static final ManagerId ANNA = ManagerId.of("m-anna");

    private Fixtures() {
    }

    /** The small company of the seed article: the department Sales, headed by Olga, with manager Anna. */
    public record SmallCompany(DepartmentId sales, ManagerId head, ManagerId manager) {
    }

    /**
     * Adds the small company: department {@code sales} (norm 48), its head {@code m-olga} and the
     * manager {@code m-anna}.
     */
    public static SmallCompany smallCompany(Crm crm) {
        Check.notNull("crm", crm);
        TestData.aDepartment().id(SALES.value()).named("Sales").dailyNorm(48).create(crm);
        TestData.aManager().id(OLGA.value()).named("Olga Smirnova").email("olga@example.com").in(SALES).create(crm);
        TestData.aManager().id(ANNA.value()).named("Anna Petrova").email("anna@example.com").in(SALES).create(crm);
        crm.org().setHead(SALES, OLGA);
        return new SmallCompany(SALES, OLGA, ANNA);
    }

    /**
     * What the conference-lead story left behind.
     *
     * @param firstContact the inquiry accepted from the business card (new client, new interest, a MEETING)
     * @param secondCall   the inquiry of the second call, found again by phone (same client and interest)
     * @param meeting      the meeting planned for the next day at 11:00, one hour
     */
    public record ConferenceLead(SmallCompany company, ClientId client, ContactId contact, InterestId interest,
                                 InquiryResult firstContact, InquiryResult secondCall, InteractionId meeting) {
    }

    /**
     * The seed article's story. A small company (Sales, its head, manager Anna). Anna met Ivan
     * Ivanov of Romashka LLC at a conference and accepts his business card as an inquiry (in person,
     * key {@code conference-card-001}): a new client with a contact, a new interest at the first
     * stage, a MEETING recorded. Ivan calls a few minutes later from the same number written
     * differently; the call is accepted (key {@code call-002}) and found again by the phone key: the
     * same client and interest, an INCOMING_CALL recorded. Anna moves the interest to OFFER and then
     * AGREEMENT, sets its amount to 150 000 RUB and plans a meeting with Ivan for the next day at
     * 11:00 (in the settings' zone), one hour.
     */
    public static ConferenceLead conferenceLead(Crm crm) {
        SmallCompany company = smallCompany(crm);
        InquiryResult card = TestData.anInquiry().takenBy(ANNA).via(Channel.IN_PERSON).name("Ivan Ivanov").company("Romashka LLC")
                .phone("+7 (912) 345-67-89").email("ivan@romashka.example").note("Met at the Retail Tech conference; wants a demo")
                .key("conference-card-001").acceptIn(crm);
        later(crm, 15);
        InquiryResult call = TestData.anInquiry().takenBy(ANNA).via(Channel.PHONE).name("Ivan").phone("8 912 345 67 89")
                .note("Asked for an offer").key("call-002").acceptIn(crm);
        later(crm, 5);
        crm.interests().moveTo(card.interest(), "OFFER", ANNA);
        later(crm, 5);
        crm.interests().moveTo(card.interest(), "AGREEMENT", ANNA);
        crm.interests().setAmount(card.interest(), Money.of("150000.00", "RUB"), ANNA);
        ContactId ivan = crm.clients().get(card.client()).contacts().get(0).id();
        ZoneId zone = crm.settings().zone();
        Instant tomorrow11 = crm.clock().instant().atZone(zone).toLocalDate().plusDays(1).atTime(LocalTime.of(11, 0)).atZone(zone).toInstant();
        Interaction meeting = TestData.anInteraction().type("MEETING").with(card.client()).contact(ivan).about(card.interest())
                .managedBy(ANNA).subject("Demo and offer walkthrough").at(tomorrow11).lasting(Duration.ofHours(1)).planIn(crm);
        return new ConferenceLead(company, card.client(), ivan, card.interest(), card, call, meeting.id());
    }

    private static void later(Crm crm, int minutes) {
        Clock c = crm.clock();
        if (c instanceof TestClock t) {
            t.advance(Duration.ofMinutes(minutes));
        }
    }
}
