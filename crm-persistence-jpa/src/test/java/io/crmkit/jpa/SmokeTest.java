package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SmokeTest {
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void savesAndLoads(TestDatabases.Kind kind) {
        TestDatabases.Db db = TestDatabases.create(kind);
        try (JpaStorage s = TestDatabases.storage(db)) {
            Department d = s.departments().save(Department.of(DepartmentId.of("sales"), "Sales", null, null, 48));
            assertThat(d.version()).isEqualTo(1);
            assertThat(s.departments().save(d.withDailyNormPoints(40)).version()).isEqualTo(2);
            assertThat(s.departments().save(s.departments().find(d.id()).orElseThrow()).version()).isEqualTo(3);
            assertThatThrownBy(() -> s.departments().save(d)).isInstanceOf(ConflictException.class);
            Manager m = s.managers().save(Manager.of(ManagerId.of("m1"), "Anna", Email.of("anna@x.example"), d.id()));
            Client c = Client.create(ClientId.of("c1"), ClientKind.ORGANIZATION, "Romashka", m.id(), Instant.parse("2026-01-01T10:00:00Z"))
                    .withPortraitValue("industry", "IT")
                    .addContact(new Contact(ContactId.of("k1"), "Ivan", "CEO",
                            ContactInfo.of(List.of(new Phone("+7 912 345-67-89", "+79123456789")), List.of(Email.of("Ivan@R.example")))));
            Client saved = s.clients().save(c);
            assertThat(s.clients().find(c.id())).contains(saved);
            assertThat(s.clients().findByPhoneKey("+79123456789")).containsExactly(saved);
            assertThat(s.clients().findByEmailKey("ivan@r.example")).containsExactly(saved);
            assertThat(s.clients().findByNameFragment("ROMA", new ResolvedScope(false, Set.of(m.id())), 10)).containsExactly(saved);
            assertThat(s.clients().inScope(new ResolvedScope(true, Set.of()))).containsExactly(saved);
            Client renamed = s.clients().save(saved.rename("Romashka LLC"));
            assertThat(renamed.version()).isEqualTo(2);
            assertThatThrownBy(() -> s.clients().save(saved)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> s.clients().save(c)).isInstanceOf(ConflictException.class);
        } finally {
            TestDatabases.drop(db);
        }
    }
}
