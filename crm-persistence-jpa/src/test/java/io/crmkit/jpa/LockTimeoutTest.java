package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.StorageException;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Another session holds a row lock; crmkit's write waits, the database gives up after its lock
 * timeout, and crmkit reports a {@link StorageException} with nothing of the transaction written.
 */
class LockTimeoutTest {
    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aLockTimeoutIsAStorageExceptionAndWritesNothing(TestDatabases.Kind kind) throws Exception {
        Assumptions.assumeFalse(TestDatabases.skipExternal(), "external databases skipped");
        TestDatabases.Db db = TestDatabases.create(kind);
        String url = db.url() + (kind == TestDatabases.Kind.POSTGRESQL ? "?options=-c%20lock_timeout=500"
                : "?sessionVariables=innodb_lock_wait_timeout=1");
        try (JpaStorage s = JpaStorage.fromJdbcUrl(url, db.user(), db.password()).build()) {
            Department d = s.departments().save(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
            try (Connection other = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                other.setAutoCommit(false);
                try (Statement st = other.createStatement()) {
                    st.executeUpdate("update crm_department set name = 'Held' where id = 'd'");
                }
                assertThatThrownBy(() -> s.transactions().run(() -> {
                    s.departments().save(Department.of(DepartmentId.of("d2"), "Service", null, null, 20));
                    s.departments().save(d.withDailyNormPoints(10));
                })).isInstanceOf(StorageException.class).hasMessageContaining("lock");
                other.rollback();
            }
            assertThat(s.departments().find(DepartmentId.of("d2"))).isEmpty();
            assertThat(s.departments().find(DepartmentId.of("d")).orElseThrow().dailyNormPoints()).isEqualTo(48);
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from crm_department")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        } finally {
            TestDatabases.drop(db);
        }
    }
}
