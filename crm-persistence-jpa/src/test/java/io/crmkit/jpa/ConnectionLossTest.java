package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.StorageException;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.tx.BulkImport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The connection to the database is cut (a TCP proxy in front of the server drops it) in the middle
 * of a bulk batch and in the middle of a transaction: crmkit reports a {@link StorageException},
 * and no part of the failed batch or transaction is left in the database.
 */
class ConnectionLossTest {
    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
    private static final int BATCH = 2000;
    private static final ManagerId ANNA = ManagerId.of("m-anna");

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aBatchCutMidwayLeavesNothingOfItself(TestDatabases.Kind kind) throws Exception {
        Assumptions.assumeFalse(TestDatabases.skipExternal(), "external databases skipped");
        TestDatabases.Db db = TestDatabases.create(kind);
        int port = kind == TestDatabases.Kind.POSTGRESQL ? 5432 : 3306;
        try (CuttableProxy proxy = new CuttableProxy(port);
             JpaStorage s = JpaStorage.fromJdbcUrl(db.url().replace(":" + port + "/", ":" + proxy.port() + "/"), db.user(), db.password())
                     .build()) {
            BulkImport b = s.bulkImport(BATCH);
            b.department(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
            b.manager(Manager.of(ANNA, "Anna", null, DepartmentId.of("d")));
            b.client(Client.create(ClientId.of("c1"), ClientKind.ORGANIZATION, "Romashka", ANNA, T0));
            int i = 0;
            while (b.committed() == 0) {
                b.interaction(interaction(i++));
            }
            assertThat(b.committed()).isEqualTo(BATCH);
            proxy.cutAfter(50_000);
            int before = i;
            assertThatThrownBy(() -> {
                for (int k = before; k < before + BATCH; k++) {
                    b.interaction(interaction(k));
                }
            }).isInstanceOf(StorageException.class).hasMessageContaining(BATCH + " records were committed before it");
            assertThat(proxy.wasCut()).isTrue();
            assertThat(count(db, "crm_interaction")).isEqualTo(BATCH - 3);
            assertThat(count(db, "crm_client")).isEqualTo(1);
        } finally {
            TestDatabases.drop(db);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aTransactionCutMidwayLeavesNothingOfItself(TestDatabases.Kind kind) throws Exception {
        Assumptions.assumeFalse(TestDatabases.skipExternal(), "external databases skipped");
        TestDatabases.Db db = TestDatabases.create(kind);
        int port = kind == TestDatabases.Kind.POSTGRESQL ? 5432 : 3306;
        try (CuttableProxy proxy = new CuttableProxy(port);
             JpaStorage s = JpaStorage.fromJdbcUrl(db.url().replace(":" + port + "/", ":" + proxy.port() + "/"), db.user(), db.password())
                     .build()) {
            s.transactions().run(() -> {
                s.departments().save(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
                s.managers().save(Manager.of(ANNA, "Anna", null, DepartmentId.of("d")));
            });
            assertThatThrownBy(() -> s.transactions().run(() -> {
                s.clients().save(Client.create(ClientId.of("c1"), ClientKind.ORGANIZATION, "Romashka", ANNA, T0));
                s.interests().save(Interest.open(InterestId.of("i1"), ClientId.of("c1"), null, ANNA, SalesFunnel.defaultFunnel(),
                        "INQUIRY", null, null, null, T0, ANNA));
                proxy.cutAfter(0);
                s.interactions().save(interaction(1));
            })).isInstanceOf(StorageException.class);
            assertThat(proxy.wasCut()).isTrue();
            assertThat(count(db, "crm_client")).isZero();
            assertThat(count(db, "crm_interest")).isZero();
            assertThat(count(db, "crm_interest_stage")).isZero();
            assertThat(count(db, "crm_interaction")).isZero();
            assertThat(count(db, "crm_manager")).isEqualTo(1);
        } finally {
            TestDatabases.drop(db);
        }
    }

    private static Interaction interaction(int i) {
        Instant start = T0.plusSeconds(600L * i);
        return Interaction.plan(InteractionId.of("x" + i), "OUTGOING_CALL", ClientId.of("c1"), null, null, ANNA,
                "A call about the offer number " + i, null, start, start.plusSeconds(900), Importance.NORMAL);
    }

    private static long count(TestDatabases.Db db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
