package io.crmkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.CoreTestBase;
import io.crmkit.catalog.PortraitField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "portrait filled" and "contact info filled" rules of SPEC.md section 3. */
class ClientRulesTest extends CoreTestBase {
    @Test
    void aPortraitIsFilledWhenEveryRequiredFieldHasANonBlankValue() {
        List<PortraitField> fields = crm.settings().portraitFields();
        assertThat(fields).extracting(PortraitField::key).containsExactly("industry", "size", "region", "source");
        Client c = crm.clients().create(NewClient.organization("Romashka", ANNA)
                .withPortrait(Map.of("industry", "Retail", "size", "50-100", "region", "Moscow", "source", "Conference")));
        assertThat(c.portraitFilled(fields)).isTrue();
        Client blank = crm.clients().setPortraitValue(c.id(), "source", "   ");
        assertThat(blank.portrait()).doesNotContainKey("source");
        assertThat(blank.portraitFilled(fields)).isFalse();
        List<PortraitField> optionalSource = List.of(new PortraitField("industry", "Industry", true),
                new PortraitField("source", "Source", false));
        assertThat(blank.portraitFilled(optionalSource)).isTrue();
    }

    @Test
    void contactInfoIsFilledWhenThereIsAContactAndEveryContactHasAPhoneOrAnEmail() {
        Client none = crm.clients().create(NewClient.organization("No contacts", ANNA));
        assertThat(none.contactInfoFilled()).isFalse();
        Client own = crm.clients().setOwnContactInfo(none.id(), List.of("9123456789"), List.of());
        assertThat(own.contactInfoFilled()).as("the client's own phone is not a contact").isFalse();
        Client one = crm.clients().create(NewClient.organization("One", ANNA).withContact(NewContact.of("Ivan", null, "ivan@x.example")));
        assertThat(one.contactInfoFilled()).isTrue();
        crm.clients().addContact(one.id(), NewContact.of("Silent", null, null));
        assertThat(crm.clients().get(one.id()).contactInfoFilled()).isFalse();
    }

    @Test
    void contactsMayBeEditedAndRemoved() {
        Client c = crm.clients().create(NewClient.organization("Romashka", ANNA)
                .withContact(new NewContact(ContactId.of("p1"), "Ivan", "CEO", List.of("9123456789"), List.of())));
        crm.clients().updateContact(c.id(), ContactId.of("p1"), new NewContact(null, "Ivan Ivanov", "Owner", List.of(), List.of("ivan@x.example")));
        Contact p1 = crm.clients().get(c.id()).contact(ContactId.of("p1"));
        assertThat(p1.name()).isEqualTo("Ivan Ivanov");
        assertThat(p1.position()).isEqualTo("Owner");
        assertThat(p1.info().phones()).isEmpty();
        assertThat(p1.info().emails()).containsExactly(Email.of("ivan@x.example"));
        assertThat(crm.clients().removeContact(c.id(), ContactId.of("p1")).contacts()).isEmpty();
    }
}
