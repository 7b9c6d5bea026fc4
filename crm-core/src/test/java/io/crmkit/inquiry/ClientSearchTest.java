package io.crmkit.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.CoreTestBase;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.Interest;
import io.crmkit.org.Scope;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientSearchTest extends CoreTestBase {
    @BeforeEach
    void clients() {
        // c1: phone match on contact p2 (p1 has another phone); also its name contains "ivan"
        crm.clients().create(NewClient.organization("Ivanov Trading", ANNA).withId(ClientId.of("c1"))
                .withContact(new NewContact(ContactId.of("p2"), "Petr", null, List.of("9123456789"), List.of()))
                .withContact(new NewContact(ContactId.of("p1"), "Olga", null, List.of("9030000000"), List.of("ivan@romashka.example"))));
        // c2: e-mail match on contact q1, name match on contact q1 too
        crm.clients().create(NewClient.organization("Romashka", BORIS).withId(ClientId.of("c2"))
                .withContact(new NewContact(ContactId.of("q1"), "Ivan Ivanov", null, List.of(), List.of("Ivan@Romashka.Example"))));
        // c3: name match only through the client's own name
        crm.clients().create(NewClient.organization("Ivanovo Textile", CLARA).withId(ClientId.of("c3"))
                .withContact(new NewContact(ContactId.of("r1"), "Lena", null, List.of(), List.of())));
        // c0: name match through two contacts; the first by id is reported
        crm.clients().create(NewClient.organization("Vasilek", ANNA).withId(ClientId.of("c0"))
                .withContact(new NewContact(ContactId.of("s9"), "Ivanna", null, List.of(), List.of()))
                .withContact(new NewContact(ContactId.of("s2"), "Maria Ivanova", null, List.of(), List.of())));
        // c10: phone match on its own info, not on a contact
        crm.clients().create(NewClient.organization("Lotos", ANNA).withId(ClientId.of("c10")));
        crm.clients().setOwnContactInfo(ClientId.of("c10"), List.of("+7 912 345 67 89"), List.of());
    }

    private static List<String> rows(List<ClientMatch> ms) {
        return ms.stream().map(m -> m.client() + "/" + m.matchedBy() + "/" + m.contact()).toList();
    }

    @Test
    void phoneMatchesFirstThenEmailThenNameEachByClientIdOncePerClient() {
        List<ClientMatch> ms = crm.inquiries().search(new ClientSearch("8 912 345-67-89", "IVAN@romashka.example", "ivan"),
                Scope.company());
        assertThat(rows(ms)).containsExactly(
                "c1/PHONE/p2",
                "c10/PHONE/null",
                "c2/EMAIL/q1",
                "c0/NAME/s2",
                "c3/NAME/null");
        assertThat(ms).extracting(ClientMatch::exact).containsExactly(true, true, true, false, false);
        assertThat(ms.get(0).clientName()).isEqualTo("Ivanov Trading");
    }

    @Test
    void eachKindAlone() {
        assertThat(rows(crm.inquiries().search(ClientSearch.byPhone("+79123456789"), Scope.company())))
                .containsExactly("c1/PHONE/p2", "c10/PHONE/null");
        assertThat(rows(crm.inquiries().search(ClientSearch.byEmail("ivan@ROMASHKA.example"), Scope.company())))
                .containsExactly("c1/EMAIL/p1", "c2/EMAIL/q1");
        assertThat(rows(crm.inquiries().search(ClientSearch.byName("IVANOV"), Scope.company())))
                .containsExactly("c0/NAME/s2", "c1/NAME/null", "c2/NAME/q1", "c3/NAME/null");
        assertThat(crm.inquiries().search(ClientSearch.byPhone("not a phone"), Scope.company())).isEmpty();
        assertThat(crm.inquiries().search(ClientSearch.byEmail("not an e-mail"), Scope.company())).isEmpty();
        assertThat(crm.inquiries().search(ClientSearch.byName("zzz"), Scope.company())).isEmpty();
    }

    @Test
    void limitedToTheScope() {
        ClientSearch all = new ClientSearch("9123456789", "ivan@romashka.example", "ivan");
        assertThat(rows(crm.inquiries().search(all, Scope.own(ANNA)))).containsExactly("c1/PHONE/p2", "c10/PHONE/null", "c0/NAME/s2");
        assertThat(rows(crm.inquiries().search(all, Scope.department(NORTH)))).containsExactly("c2/EMAIL/q1");
        assertThat(rows(crm.inquiries().search(all, Scope.department(SALES))))
                .containsExactly("c1/PHONE/p2", "c10/PHONE/null", "c2/EMAIL/q1", "c0/NAME/s2");
        assertThat(rows(crm.inquiries().search(all, Scope.own(CLARA)))).containsExactly("c3/NAME/null");
    }

    @Test
    void eachMatchShowsActiveInterestsByIdAndPlannedInteractions() {
        ClientId c1 = ClientId.of("c1");
        Interest b = open(c1, ANNA);
        Interest a = open(c1, BORIS);
        Interest closed = open(c1, ANNA);
        crm.interests().win(closed.id(), ANNA);
        Interaction later = plan("MEETING", c1, NOW.plus(Duration.ofDays(2)), Duration.ofHours(1));
        Interaction sooner = plan("OUTGOING_CALL", c1, NOW.plus(Duration.ofDays(1)), Duration.ofMinutes(10));
        Interaction done = plan("TASK", c1, NOW, Duration.ZERO);
        crm.interactions().complete(done.id(), "ok");
        ClientMatch m = crm.inquiries().search(ClientSearch.byPhone("9123456789"), Scope.company()).get(0);
        assertThat(m.activeInterests()).containsExactlyElementsOf(List.of(a.id(), b.id()).stream().sorted().toList());
        assertThat(m.plannedInteractions()).containsExactly(sooner.id(), later.id());
    }
}
