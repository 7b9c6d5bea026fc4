package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.InvalidInputException;
import io.crmkit.Storage;
import io.crmkit.client.Client;
import io.crmkit.client.ClientHit;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.crmkit.org.ResolvedScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.crmkit.client.ClientRepository}: a client with contacts, portrait and own
 * contact info round-trips; lookups by phone key, e-mail key and name fragment; scope filtering.
 */
public abstract class ClientRepositoryContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    @BeforeEach
    void org() {
        seedOrg();
    }

    private Client romashka() {
        return client("c1", ANNA, "Romashka LLC",
                contact("p1", "Ivan Ivanov", "+7 (912) 345-67-89", "Ivan@Romashka.Example"),
                contact("p2", "Olga Sidorova", null, "olga@romashka.example"))
                .withPortrait(Map.of("industry", "Retail", "region", "Moscow"))
                .withInfo(new ContactInfo(List.of(phone("8 495 123 45 67")), List.of(Email.of("office@romashka.example")),
                        List.of("tg:@romashka"), "Moscow, Tverskaya 1"));
    }

    @Test
    void roundTripsEveryField() {
        Client saved = saveClient(romashka());
        assertThat(saved.version()).isEqualTo(1);
        Client found = storage.clients().find(ClientId.of("c1")).orElseThrow();
        assertSameFields(found, saved);
        assertThat(found.contacts()).extracting(c -> c.id().value()).containsExactly("p1", "p2");
        assertThat(found.contacts().get(0).info().phones().get(0).raw()).isEqualTo("+7 (912) 345-67-89");
        assertThat(found.contacts().get(0).info().phones().get(0).key()).isEqualTo("+79123456789");
        assertThat(found.contacts().get(0).info().emails().get(0).value()).isEqualTo("Ivan@Romashka.Example");
        assertThat(found.portrait()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("industry", "Retail", "region", "Moscow")));
        assertThat(found.info().address()).isEqualTo("Moscow, Tverskaya 1");
        assertThat(found.info().messengers()).containsExactly("tg:@romashka");
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.kind()).isEqualTo(ClientKind.ORGANIZATION);
        assertThat(storage.clients().find(ClientId.of("c404"))).isEmpty();
    }

    @Test
    void updateReplacesContactsAndPortrait() {
        Client saved = saveClient(romashka());
        Client changed = saved.removeContact(ContactId.of("p2"))
                .addContact(contact("p3", "Petr Petrov", "9031112233", null))
                .withPortraitValue("region", null).rename("Romashka JSC");
        Client updated = tx(() -> storage.clients().save(changed));
        assertThat(updated.version()).isEqualTo(2);
        Client found = storage.clients().find(ClientId.of("c1")).orElseThrow();
        assertSameFields(found, updated);
        assertThat(found.contacts()).extracting(c -> c.id().value()).containsExactly("p1", "p3");
        assertThat(found.portrait()).containsOnlyKeys("industry");
        assertThat(storage.clients().findByEmailKey("olga@romashka.example")).isEmpty();
        assertThat(storage.clients().findByPhoneKey("+79031112233")).extracting(Client::id).containsExactly(ClientId.of("c1"));
    }

    @Test
    void namesAreReadForManyIdsAtOnceLeavingOutUnknownOnes() {
        saveClient(romashka());
        saveClient(client("c2", BORIS, "Vasilek"));
        Client renamed = saveClient(client("c3", ANNA, "Lotos"));
        tx(() -> storage.clients().save(renamed.rename("Lotos Group")));
        List<ClientId> ids = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            ids.add(ClientId.of("nobody-" + i));
        }
        ids.addAll(List.of(ClientId.of("c3"), ClientId.of("c1"), ClientId.of("c3")));

        assertThat(storage.clients().names(ids)).containsExactlyInAnyOrderEntriesOf(
                Map.of(ClientId.of("c1"), "Romashka LLC", ClientId.of("c3"), "Lotos Group"));
        assertThat(storage.clients().names(List.of(ClientId.of("c2")))).containsExactlyEntriesOf(Map.of(ClientId.of("c2"), "Vasilek"));
        assertThat(storage.clients().names(List.of())).isEmpty();
    }

    @Test
    void namesOfNullIdsAreInvalidInput() {
        saveClient(romashka());
        assertThatThrownBy(() -> storage.clients().names(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ids");
        assertThatThrownBy(() -> storage.clients().names(Arrays.asList(ClientId.of("c1"), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ids");
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        saveClient(romashka());
        assertThatThrownBy(() -> saveClient(client("c1", BORIS, "Impostor")))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.clients().find(ClientId.of("c1")).orElseThrow().name()).isEqualTo("Romashka LLC");
    }

    @Test
    void savingAStaleVersionIsAConflict() {
        Client v1 = saveClient(romashka());
        tx(() -> storage.clients().save(v1.rename("First writer")));
        assertThatThrownBy(() -> tx(() -> storage.clients().save(v1.rename("Second writer"))))
                .isInstanceOf(ConflictException.class);
        Client found = storage.clients().find(ClientId.of("c1")).orElseThrow();
        assertThat(found.name()).isEqualTo("First writer");
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void findsByPhoneKeyOnContactsAndOnTheClientItselfById() {
        saveClient(client("c2", BORIS, "Vasilek", contact("p9", "Anna", "8 912 345 67 89", null)));
        saveClient(romashka());
        saveClient(client("c3", CLARA, "Other", contact("p8", "Nobody", "+7 999 000 00 00", null)));
        assertThat(storage.clients().findByPhoneKey("+79123456789")).extracting(c -> c.id().value()).containsExactly("c1", "c2");
        assertThat(storage.clients().findByPhoneKey("+74951234567")).extracting(c -> c.id().value()).containsExactly("c1");
        assertThat(storage.clients().findByPhoneKey("+70000000000")).isEmpty();
    }

    @Test
    void findsByEmailKeyCaseInsensitivelyOnContactsAndOnTheClient() {
        saveClient(romashka());
        saveClient(client("c0", CLARA, "Shared", contact("p7", "Shared Box", null, "IVAN@romashka.example")));
        assertThat(storage.clients().findByEmailKey("ivan@romashka.example")).extracting(c -> c.id().value()).containsExactly("c0", "c1");
        assertThat(storage.clients().findByEmailKey("office@romashka.example")).extracting(c -> c.id().value()).containsExactly("c1");
        assertThat(storage.clients().findByEmailKey("nobody@romashka.example")).isEmpty();
    }

    @Test
    void findsByNameFragmentOfClientOrContactCaseInsensitivelyWithinScope() {
        saveClient(romashka());
        saveClient(client("c2", BORIS, "Ivanov and Sons"));
        saveClient(client("c3", CLARA, "Ivanovo Textile"));
        saveClient(client("c4", ANNA, "Vasilek", contact("p5", "Maria Ivanova", null, "maria@vasilek.example")));
        saveClient(client("c5", ANNA, "Unrelated"));
        assertThat(storage.clients().findByNameFragment("IVANOV", company(), 50)).extracting(c -> c.id().value())
                .containsExactly("c1", "c2", "c3", "c4");
        assertThat(storage.clients().findByNameFragment("ivanov", department(TOP), 50)).extracting(c -> c.id().value())
                .containsExactly("c1", "c2", "c4");
        assertThat(storage.clients().findByNameFragment("ivanov", own(ANNA), 50)).extracting(c -> c.id().value())
                .containsExactly("c1", "c4");
        assertThat(storage.clients().findByNameFragment("ivanov", company(), 2)).hasSize(2);
        assertThat(storage.clients().findByNameFragment("romashka", own(CLARA), 50)).isEmpty();
    }

    @Test
    void nameFragmentsMatchCyrillicCaseInsensitively() {
        saveClient(client("c1", ANNA, "ООО Ромашка", contact("p1", "Иван Иванов", null, null)));
        assertThat(storage.clients().findByNameFragment("ромашка", company(), 10)).extracting(c -> c.id().value()).containsExactly("c1");
        assertThat(storage.clients().findByNameFragment("ИВАН", company(), 10)).extracting(c -> c.id().value()).containsExactly("c1");
    }

    @Test
    void nameFragmentWildcardCharactersMatchLiterally() {
        saveClient(client("c1", ANNA, "100% Natural"));
        saveClient(client("c2", ANNA, "1000 Natural"));
        saveClient(client("c3", ANNA, "A_B"));
        saveClient(client("c4", ANNA, "AXB"));
        assertThat(storage.clients().findByNameFragment("0%", company(), 10)).extracting(c -> c.id().value()).containsExactly("c1");
        assertThat(storage.clients().findByNameFragment("a_b", company(), 10)).extracting(c -> c.id().value()).containsExactly("c3");
        assertThat(storage.clients().findByNameFragment("'", company(), 10)).isEmpty();
    }

    @Test
    void inScopeFiltersByResponsibleManagerIncludingSubDepartments() {
        saveClient(client("c3", CLARA, "C"));
        saveClient(client("c2", BORIS, "B"));
        saveClient(client("c1", ANNA, "A"));
        assertThat(storage.clients().inScope(company())).extracting(c -> c.id().value()).containsExactly("c1", "c2", "c3");
        assertThat(storage.clients().inScope(department(TOP))).extracting(c -> c.id().value()).containsExactly("c1", "c2");
        assertThat(storage.clients().inScope(department(SUB))).extracting(c -> c.id().value()).containsExactly("c2");
        assertThat(storage.clients().inScope(own(CLARA))).extracting(c -> c.id().value()).containsExactly("c3");
    }

    @Test
    void reassigningMovesTheClientBetweenScopes() {
        Client c = saveClient(client("c1", ANNA, "A"));
        tx(() -> storage.clients().save(c.assignTo(CLARA)));
        assertThat(storage.clients().inScope(own(ANNA))).isEmpty();
        assertThat(storage.clients().inScope(own(CLARA))).extracting(x -> x.id().value()).containsExactly("c1");
    }

    // ------------------------------------------------------------------ hits: what a search shows

    private static String hit(ClientHit h) {
        return h.client().value() + "/" + (h.contact() == null ? "-" : h.contact().value()) + "/" + h.manager().value() + "/" + h.name();
    }

    /** The hits as derived from the whole clients the find methods return (the rule of the defaults). */
    private List<String> expectedPhoneHits(String key) {
        return storage.clients().findByPhoneKey(key).stream().sorted(java.util.Comparator.comparing(Client::id))
                .map(c -> hit(new ClientHit(c.id(), c.name(), c.manager(), c.contactWithPhoneKey(key).map(Contact::id).orElse(null))))
                .toList();
    }

    private List<String> expectedNameHits(String fragment, ResolvedScope scope, int limit) {
        String f = fragment.toLowerCase(Locale.ROOT);
        return storage.clients().findByNameFragment(fragment, scope, limit).stream().sorted(java.util.Comparator.comparing(Client::id))
                .map(c -> hit(new ClientHit(c.id(), c.name(), c.manager(), c.contacts().stream()
                        .filter(k -> k.name().toLowerCase(Locale.ROOT).contains(f)).map(Contact::id)
                        .min(java.util.Comparator.naturalOrder()).orElse(null)))).toList();
    }

    private List<String> phoneHits(String key) {
        return storage.clients().hitsByPhoneKey(key).stream().map(ClientRepositoryContract::hit).toList();
    }

    private List<String> emailHits(String key) {
        return storage.clients().hitsByEmailKey(key).stream().map(ClientRepositoryContract::hit).toList();
    }

    private List<String> nameHits(String fragment, ResolvedScope scope, int limit) {
        return storage.clients().hitsByNameFragment(fragment, scope, limit).stream().map(ClientRepositoryContract::hit).toList();
    }

    @Test
    void phoneHitsNameTheFirstContactByIdWithTheKeyOrNoneWhenOnlyTheClientHasIt() {
        saveClient(client("c2", BORIS, "Vasilek", contact("p9", "Anna", "8 912 345 67 89", null)));
        saveClient(romashka());
        saveClient(client("c3", CLARA, "Two of them", contact("p7", "Later", "+7 912 345-67-89", null),
                contact("p3", "Earlier", "8 (912) 3456789", null)));
        saveClient(client("c4", ANNA, "Own and contact", contact("p4", "Someone", "+7 495 123 45 67", null))
                .withInfo(new ContactInfo(List.of(phone("8 495 123 45 67")), List.of(), List.of(), null)));
        assertThat(phoneHits("+79123456789")).containsExactly("c1/p1/m-anna/Romashka LLC", "c2/p9/m-boris/Vasilek",
                "c3/p3/m-clara/Two of them");
        assertThat(phoneHits("+74951234567")).containsExactly("c1/-/m-anna/Romashka LLC", "c4/p4/m-anna/Own and contact");
        assertThat(phoneHits("+70000000000")).isEmpty();
        for (String key : List.of("+79123456789", "+74951234567", "+70000000000")) {
            assertThat(phoneHits(key)).as(key).isEqualTo(expectedPhoneHits(key));
        }
    }

    @Test
    void emailHitsCompareTheKeyCaseInsensitively() {
        saveClient(romashka());
        saveClient(client("c0", CLARA, "Shared", contact("p7", "Shared Box", null, "IVAN@romashka.example")));
        assertThat(emailHits("ivan@romashka.example")).containsExactly("c0/p7/m-clara/Shared", "c1/p1/m-anna/Romashka LLC");
        assertThat(emailHits("Ivan@Romashka.Example")).containsExactly("c0/p7/m-clara/Shared", "c1/p1/m-anna/Romashka LLC");
        assertThat(emailHits("office@romashka.example")).containsExactly("c1/-/m-anna/Romashka LLC");
        assertThat(emailHits("nobody@romashka.example")).isEmpty();
    }

    @Test
    void nameHitsAreTheClientsOfFindByNameFragmentWithTheFirstMatchingContactById() {
        saveClient(romashka());
        saveClient(client("c2", BORIS, "Ivanov and Sons"));
        saveClient(client("c3", CLARA, "Ivanovo Textile", contact("p9", "Petr Ivanovich", null, null),
                contact("p6", "Oleg Ivanovsky", null, null), contact("p1x", "Nobody", null, null)));
        saveClient(client("c4", ANNA, "Vasilek", contact("p5", "Maria Ivanova", null, "maria@vasilek.example")));
        saveClient(client("c5", ANNA, "Unrelated", contact("p0", "Also unrelated", null, null)));
        assertThat(nameHits("IVANOV", company(), 50)).containsExactly("c1/p1/m-anna/Romashka LLC", "c2/-/m-boris/Ivanov and Sons",
                "c3/p6/m-clara/Ivanovo Textile", "c4/p5/m-anna/Vasilek");
        assertThat(nameHits("ivanov", ResolvedScope.EVERYONE, 50)).isEqualTo(nameHits("ivanov", company(), 50));
        assertThat(nameHits("ivanov", department(TOP), 50)).extracting(h -> h.substring(0, 2)).containsExactly("c1", "c2", "c4");
        assertThat(nameHits("ivanov", own(ANNA), 50)).extracting(h -> h.substring(0, 2)).containsExactly("c1", "c4");
        assertThat(nameHits("ivanov", company(), 2)).extracting(h -> h.substring(0, 2)).containsExactly("c1", "c2");
        assertThat(nameHits("ivanov", company(), 0)).isEmpty();
        assertThat(nameHits("romashka", own(CLARA), 50)).isEmpty();
        assertThat(nameHits("textile", company(), 50)).containsExactly("c3/-/m-clara/Ivanovo Textile");
        for (String f : List.of("IVANOV", "ivanovi", "o", "romashka", "nothing")) {
            for (ResolvedScope sc : List.of(company(), department(TOP), own(CLARA))) {
                assertThat(nameHits(f, sc, 50)).as(f + " " + sc).isEqualTo(expectedNameHits(f, sc, 50));
                assertThat(nameHits(f, sc, 2)).as(f + " " + sc).isEqualTo(expectedNameHits(f, sc, 2));
            }
        }
    }

    @Test
    void nameHitsMatchCyrillicAndWildcardsAsFindByNameFragmentDoes() {
        saveClient(client("c1", ANNA, "ООО Ромашка", contact("p1", "Иван Иванов", null, null)));
        saveClient(client("c2", ANNA, "100% Natural", contact("p2", "A_B", null, null)));
        saveClient(client("c3", ANNA, "1000 Natural", contact("p3", "AXB", null, null)));
        assertThat(nameHits("ИВАН", company(), 10)).containsExactly("c1/p1/m-anna/ООО Ромашка");
        assertThat(nameHits("ромашка", company(), 10)).containsExactly("c1/-/m-anna/ООО Ромашка");
        assertThat(nameHits("0%", company(), 10)).containsExactly("c2/-/m-anna/100% Natural");
        assertThat(nameHits("a_b", company(), 10)).containsExactly("c2/p2/m-anna/100% Natural");
        assertThat(nameHits("'", company(), 10)).isEmpty();
        for (String f : List.of("ИВАН", "ромашка", "0%", "a_b", "!", "'", "natural")) {
            assertThat(nameHits(f, company(), 10)).as(f).isEqualTo(expectedNameHits(f, company(), 10));
        }
    }

    @Test
    void hitsOfNullArgumentsAreInvalidInput() {
        assertThatThrownBy(() -> storage.clients().hitsByPhoneKey(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("phoneKey");
        assertThatThrownBy(() -> storage.clients().hitsByEmailKey(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("emailKey");
        assertThatThrownBy(() -> storage.clients().hitsByNameFragment(null, company(), 5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fragment");
        assertThatThrownBy(() -> storage.clients().hitsByNameFragment("x", null, 5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scope");
    }
}
