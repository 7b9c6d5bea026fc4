package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.Storage;
import io.crmkit.client.Email;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.org.ManagerRepository}. */
public abstract class ManagerRepositoryContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    @Test
    void storesEveryFieldAndBumpsTheVersion() {
        seedOrg();
        Manager anna = storage.managers().find(ANNA).orElseThrow();
        assertThat(anna.version()).isEqualTo(1);
        assertThat(anna.name()).isEqualTo("Anna Petrova");
        assertThat(anna.email()).isEqualTo(Email.of("anna@example.com"));
        assertThat(anna.department()).isEqualTo(TOP);
        assertThat(anna.active()).isTrue();
        assertThat(storage.managers().find(CLARA).orElseThrow().email()).isNull();
        assertThat(storage.managers().find(ManagerId.of("ghost"))).isEmpty();
    }

    @Test
    void updatesDeactivationAndMove() {
        seedOrg();
        Manager anna = storage.managers().find(ANNA).orElseThrow();
        Manager saved = tx(() -> storage.managers().save(anna.deactivated().movedTo(OTHER)));
        assertThat(saved.version()).isEqualTo(2);
        Manager found = storage.managers().find(ANNA).orElseThrow();
        assertThat(found.active()).isFalse();
        assertThat(found.department()).isEqualTo(OTHER);
        assertSameFields(found, saved);
    }

    @Test
    void allIsSortedById() {
        seedOrg();
        assertThat(storage.managers().all()).extracting(Manager::id).containsExactly(ANNA, BORIS, CLARA);
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        seedOrg();
        assertThatThrownBy(() -> tx(() -> storage.managers().save(Manager.of(ANNA, "Another Anna", null, SUB))))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.managers().find(ANNA).orElseThrow().name()).isEqualTo("Anna Petrova");
    }

    @Test
    void savingAStaleVersionIsAConflict() {
        seedOrg();
        Manager v1 = storage.managers().find(BORIS).orElseThrow();
        tx(() -> storage.managers().save(v1.movedTo(TOP)));
        assertThatThrownBy(() -> tx(() -> storage.managers().save(v1.deactivated())))
                .isInstanceOf(ConflictException.class);
        Manager found = storage.managers().find(BORIS).orElseThrow();
        assertThat(found.active()).isTrue();
        assertThat(found.department()).isEqualTo(TOP);
    }
}
