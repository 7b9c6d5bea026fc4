package io.crmkit.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.AccessDeniedException;
import io.crmkit.CoreTestBase;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.client.Client;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest extends CoreTestBase {
    private List<String> clients(Scope s) {
        return crm.clients().inScope(s).stream().map(c -> c.id().value()).toList();
    }

    @Test
    void ownDepartmentWithSubDepartmentsAndCompany() {
        newClient("c-anna", ANNA, "A");
        newClient("c-boris", BORIS, "B");
        newClient("c-vera", VERA, "V");
        newClient("c-clara", CLARA, "C");
        assertThat(clients(Scope.own(ANNA))).containsExactly("c-anna");
        assertThat(clients(Scope.department(NORTH))).containsExactly("c-boris", "c-vera");
        assertThat(clients(Scope.department(SALES))).containsExactly("c-anna", "c-boris", "c-vera");
        assertThat(clients(Scope.department(SERVICE))).containsExactly("c-clara");
        assertThat(clients(Scope.company())).containsExactly("c-anna", "c-boris", "c-clara", "c-vera");
        assertThat(crm.org().managersIn(Scope.department(SALES))).containsExactly(ANNA, BORIS, DIANA, VERA);
    }

    @Test
    void aDeeperSubDepartmentIsIncludedAndMovingItChangesTheScope() {
        DepartmentId arctic = DepartmentId.of("arctic");
        crm.org().addDepartment(arctic, "Arctic", NORTH, null);
        ManagerId ivan = ManagerId.of("m-ivan");
        crm.org().addManager(ivan, "Ivan", null, arctic);
        Client c = newClient("c-ivan", ivan, "I");
        assertThat(clients(Scope.department(SALES))).contains(c.id().value());
        crm.org().moveDepartment(arctic, SERVICE);
        assertThat(clients(Scope.department(SALES))).doesNotContain(c.id().value());
        assertThat(clients(Scope.department(SERVICE))).contains(c.id().value());
        assertThatThrownBy(() -> crm.org().moveDepartment(SERVICE, arctic)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("arctic");
    }

    @Test
    void reassigningAClientMovesItBetweenScopes() {
        Client c = newClient("c1", ANNA, "A");
        crm.clients().reassign(c.id(), CLARA);
        assertThat(clients(Scope.own(ANNA))).isEmpty();
        assertThat(clients(Scope.own(CLARA))).containsExactly("c1");
    }

    @Test
    void whoMayViewWhat() {
        OrgChart chart = crm.org().chart();
        // a manager: only their own records
        assertThat(chart.mayView(ANNA, Scope.own(ANNA))).isTrue();
        assertThat(chart.mayView(ANNA, Scope.own(BORIS))).isFalse();
        assertThat(chart.mayView(ANNA, Scope.department(SALES))).isFalse();
        assertThat(chart.mayView(ANNA, Scope.company())).isFalse();
        assertThat(chart.widestScopeOf(ANNA)).isEqualTo(Scope.own(ANNA));
        // the head of North: North and its people, not Sales above it, not Service
        assertThat(chart.mayView(BORIS, Scope.department(NORTH))).isTrue();
        assertThat(chart.mayView(BORIS, Scope.own(VERA))).isTrue();
        assertThat(chart.mayView(BORIS, Scope.own(ANNA))).isFalse();
        assertThat(chart.mayView(BORIS, Scope.department(SALES))).isFalse();
        assertThat(chart.mayView(BORIS, Scope.company())).isFalse();
        assertThat(chart.widestScopeOf(BORIS)).isEqualTo(Scope.department(NORTH));
        // the director heads every top-level department: everything
        assertThat(chart.mayView(DIANA, Scope.company())).isTrue();
        assertThat(chart.mayView(DIANA, Scope.department(NORTH))).isTrue();
        assertThat(chart.mayView(DIANA, Scope.own(CLARA))).isTrue();
        assertThat(chart.widestScopeOf(DIANA)).isEqualTo(Scope.company());
        // an unknown caller may view nothing
        assertThat(chart.mayView(ManagerId.of("ghost"), Scope.own(ManagerId.of("ghost")))).isFalse();
    }

    @Test
    void authorizeRefusesWhatTheCallerMayNotSee() {
        assertThat(crm.org().authorize(BORIS, Scope.department(NORTH))).isEqualTo(Scope.department(NORTH));
        assertThatThrownBy(() -> crm.org().authorize(BORIS, Scope.department(SALES))).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).field()).isEqualTo("scope"))
                .hasMessageContaining("sales").hasMessageContaining("m-boris");
        assertThatThrownBy(() -> crm.org().authorize(ANNA, Scope.company())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.org().authorize(DIANA, Scope.department(DepartmentId.of("nowhere"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nowhere");
    }

    @Test
    void unknownScopesAreNotFound() {
        assertThatThrownBy(() -> crm.clients().inScope(Scope.own(ManagerId.of("ghost")))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("ghost");
        assertThatThrownBy(() -> crm.clients().inScope(Scope.department(DepartmentId.of("nowhere")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm.clients().inScope(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("scope");
    }

    @Test
    void aRecordOutsideTheScopeIsNotFoundByIdAsIfItDidNotExist() {
        Client c = newClient("c-vera", VERA, "V");
        io.crmkit.interest.Interest i = open(c.id(), VERA);
        io.crmkit.interaction.Interaction x = plan("OUTGOING_CALL", c.id(), NOW.plusSeconds(3600), java.time.Duration.ofMinutes(30));
        // inside: the owner, her department, the department above it, the company
        for (Scope inside : List.of(Scope.own(VERA), Scope.department(NORTH), Scope.department(SALES), Scope.company())) {
            assertThat(crm.clients().get(c.id(), inside)).isEqualTo(c);
            assertThat(crm.interests().get(i.id(), inside).id()).isEqualTo(i.id());
            assertThat(crm.interactions().get(x.id(), inside).id()).isEqualTo(x.id());
        }
        // outside: another manager, another department
        for (Scope outside : List.of(Scope.own(ANNA), Scope.department(SERVICE))) {
            assertThatThrownBy(() -> crm.clients().get(c.id(), outside)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("c-vera").extracting(e -> ((NotFoundException) e).field()).isEqualTo("client");
            assertThatThrownBy(() -> crm.interests().get(i.id(), outside)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(i.id().value());
            assertThatThrownBy(() -> crm.interactions().get(x.id(), outside)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(x.id().value());
        }
        // an unknown scope is an error of its own
        assertThatThrownBy(() -> crm.clients().get(c.id(), Scope.department(DepartmentId.of("nowhere"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nowhere");
    }
}
