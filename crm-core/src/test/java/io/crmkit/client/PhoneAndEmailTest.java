package io.crmkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CoreTestBase;
import io.crmkit.InvalidInputException;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.org.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneAndEmailTest extends CoreTestBase {
    private final PhoneNormalizer ru = new PhoneNormalizer("RU");

    @ParameterizedTest
    @ValueSource(strings = {"+7 (912) 345-67-89", "8 912 345 67 89", "9123456789", "89123456789", "+79123456789",
            "  +7-912-345-67-89  ", "8(912)3456789"})
    void everyWayOfWritingTheNumberGivesTheSameKey(String written) {
        assertThat(ru.key(written)).contains("+79123456789");
        Phone p = ru.phone("phone", written);
        assertThat(p.key()).isEqualTo("+79123456789");
        assertThat(p.raw()).isEqualTo(written.strip());
    }

    @Test
    void foreignNumbersKeepTheirCountry() {
        assertThat(ru.key("+49 30 1234567")).contains("+49301234567");
        assertThat(new PhoneNormalizer("DE").key("030 1234567")).contains("+49301234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "12", "+7 912 345", "912\n3456789", "+7 (912) 345-67-89 ext\u0000"})
    void whatCannotBeAPhoneHasNoKeyAndIsRejected(String written) {
        assertThat(ru.key(written)).isEmpty();
        assertThatThrownBy(() -> ru.phone("contact.phones[0]", written)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("contact.phones[0]"));
    }

    @Test
    void anUnknownDefaultRegionIsRejected() {
        assertThatThrownBy(() -> new PhoneNormalizer("XX")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("defaultPhoneRegion").hasMessageContaining("XX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivan@romashka.example", "Ivan.Ivanov+crm@mail.romashka.example", "a@b.co", "o'brien@example.org",
            "ivan@почта.рф"})
    void validAddresses(String address) {
        assertThat(Email.isValid(address)).isTrue();
        assertThat(Email.of(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivan", "ivan@", "@romashka.example", "ivan@romashka", "ivan @romashka.example",
            "ivan@@romashka.example", "ivan..x@romashka.example", ".ivan@romashka.example", "ivan@romashka..example",
            "ivan@-romashka.example", "iv\nan@romashka.example", "ivan@romashka.example\r\nBcc: x@y.z"})
    void malformedAddressesAreRejectedNamingTheField(String address) {
        assertThat(Email.isValid(address)).isFalse();
        assertThatThrownBy(() -> Email.of("contact.emails[0]", address)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("contact.emails[0]"))
                .hasMessageContaining(io.crmkit.CrmException.render(address));
    }

    @Test
    void anAddressLongerThan254CharactersIsRejected() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "com";
        assertThat(Email.isValid(local + "@" + domain)).isFalse();
    }

    @Test
    void addressesMatchCaseInsensitively() {
        assertThat(Email.of("Ivan@Romashka.Example").key()).isEqualTo("ivan@romashka.example");
        newClient("c1", ANNA, "Romashka", NewContact.of("Ivan", null, "Ivan@Romashka.Example"));
        assertThat(crm.inquiries().search(ClientSearch.byEmail("IVAN@ROMASHKA.EXAMPLE"), Scope.company()))
                .extracting(m -> m.client().value()).containsExactly("c1");
    }

    @Test
    void phonesStoredAsWrittenAndFoundByAnyWriting() {
        Client c = newClient("c1", ANNA, "Romashka", NewContact.of("Ivan", "+7 (912) 345-67-89", null));
        assertThat(c.contacts().get(0).info().phones().get(0).raw()).isEqualTo("+7 (912) 345-67-89");
        for (String written : new String[] {"8 912 345 67 89", "9123456789", "+79123456789"}) {
            assertThat(crm.inquiries().search(ClientSearch.byPhone(written), Scope.company()))
                    .extracting(m -> m.client().value()).containsExactly("c1");
        }
    }
}
