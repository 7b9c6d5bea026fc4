package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.Storage;
import io.crmkit.client.Email;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.org.DepartmentRepository}: versioned insert and update, lookup, order. */
public abstract class DepartmentRepositoryContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    @Test
    void insertReturnsVersionOneAndFindsItBack() {
        Department saved = tx(() -> storage.departments().save(Department.of(TOP, "Sales", null, null, 48)));
        assertThat(saved.version()).isEqualTo(1);
        assertSameFields(storage.departments().find(TOP).orElseThrow(), saved);
        assertThat(storage.departments().find(DepartmentId.of("nope"))).isEmpty();
    }

    @Test
    void keepsParentHeadAndNorm() {
        seedOrg();
        Department sub = storage.departments().find(SUB).orElseThrow();
        Department updated = tx(() -> storage.departments().save(sub.withHead(BORIS).withDailyNormPoints(12)));
        assertThat(updated.version()).isEqualTo(sub.version() + 1);
        Department found = storage.departments().find(SUB).orElseThrow();
        assertThat(found.parent()).isEqualTo(TOP);
        assertThat(found.head()).isEqualTo(BORIS);
        assertThat(found.dailyNormPoints()).isEqualTo(12);
        assertThat(found.name()).isEqualTo("Sales North");
        assertSameFields(found, updated);
    }

    @Test
    void allIsSortedById() {
        txRun(() -> {
            storage.departments().save(Department.of(DepartmentId.of("z"), "Z", null, null, 1));
            storage.departments().save(Department.of(DepartmentId.of("a"), "A", null, null, 2));
            storage.departments().save(Department.of(DepartmentId.of("m"), "M", DepartmentId.of("a"), null, 3));
        });
        assertThat(storage.departments().all()).extracting(d -> d.id().value()).containsExactly("a", "m", "z");
    }

    @Test
    void insertingAnExistingIdIsAConflictAndKeepsTheFirst() {
        tx(() -> storage.departments().save(Department.of(TOP, "Sales", null, null, 48)));
        assertThatThrownBy(() -> tx(() -> storage.departments().save(Department.of(TOP, "Other", null, null, 1))))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.departments().find(TOP).orElseThrow().name()).isEqualTo("Sales");
    }

    @Test
    void savingAStaleVersionIsAConflictAndKeepsTheWinner() {
        Department v1 = tx(() -> storage.departments().save(Department.of(TOP, "Sales", null, null, 48)));
        tx(() -> storage.departments().save(v1.withDailyNormPoints(50)));
        assertThatThrownBy(() -> tx(() -> storage.departments().save(v1.withDailyNormPoints(60))))
                .isInstanceOf(ConflictException.class);
        Department found = storage.departments().find(TOP).orElseThrow();
        assertThat(found.dailyNormPoints()).isEqualTo(50);
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void updatingADepartmentNeverStoredIsAConflict() {
        assertThatThrownBy(() -> tx(() -> storage.departments().save(Department.of(TOP, "Sales", null, null, 48).withVersion(3))))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.departments().all()).isEmpty();
    }

    @Test
    void aDepartmentCanBeHeadedByItsOwnManager() {
        tx(() -> storage.departments().save(Department.of(TOP, "Sales", null, null, 48)));
        tx(() -> storage.managers().save(Manager.of(ANNA, "Anna", Email.of("anna@example.com"), TOP)));
        Department d = storage.departments().find(TOP).orElseThrow();
        tx(() -> storage.departments().save(d.withHead(ANNA)));
        assertThat(storage.departments().find(TOP).orElseThrow().head()).isEqualTo(ANNA);
    }
}
