package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.InvalidInputException;
import io.crmkit.StorageException;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four ways to start a {@link JpaStorage}, and the bad inputs of its builder. */
class JpaStorageStartTest {
    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");

    @Test
    void embeddedKeepsItsDataInTheFolderAcrossRestarts(@TempDir Path dir) {
        try (JpaStorage s = JpaStorage.embedded().dataDir(dir.resolve("data")).build()) {
            s.departments().save(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
        }
        assertThat(dir.resolve("data").resolve("crmkit.mv.db")).exists();
        try (JpaStorage s = JpaStorage.embedded().dataDir(dir.resolve("data")).build()) {
            assertThat(s.departments().find(DepartmentId.of("d"))).hasValueSatisfying(d -> assertThat(d.version()).isEqualTo(1));
        }
    }

    @Test
    void embeddedUsesTheDataDirSystemProperty(@TempDir Path dir) {
        String old = System.getProperty(JpaStorage.DATA_DIR_PROPERTY);
        System.setProperty(JpaStorage.DATA_DIR_PROPERTY, dir.resolve("prop").toString());
        try (JpaStorage s = JpaStorage.embedded().build()) {
            s.departments().save(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
        } finally {
            if (old == null) {
                System.clearProperty(JpaStorage.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(JpaStorage.DATA_DIR_PROPERTY, old);
            }
        }
        assertThat(Files.exists(dir.resolve("prop").resolve("crmkit.mv.db"))).isTrue();
    }

    @Test
    void fromDataSourceMigratesAndNeverClosesTheHostsDataSource() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:ds_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (JpaStorage s = JpaStorage.fromDataSource(ds).property("hibernate.hbm2ddl.auto", "validate").build()) {
            s.departments().save(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
        }
        try (var c = ds.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("select count(*) from crm_department")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aHostsEntityManagerFactoryHostsCrmkit() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:host_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        assertThat(JpaStorage.migrate(ds)).isPositive();
        assertThat(JpaStorage.migrate(ds)).as("nothing left to apply").isZero();
        PersistenceConfiguration host = new PersistenceConfiguration("host");
        for (String name : JpaStorage.entityClassNames()) {
            host.managedClass(Class.forName(name));
        }
        host.property("jakarta.persistence.nonJtaDataSource", ds);
        host.property("hibernate.hbm2ddl.auto", "validate");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(host);
        try {
            try (JpaStorage s = JpaStorage.fromEntityManagerFactory(emf).migrateWith(ds).build()) {
                s.clients().save(Client.create(ClientId.of("c1"), ClientKind.PERSON, "Ivan", ManagerId.of("m1"), T0));
                assertThat(s.entityManagerFactory()).isSameAs(emf);
            }
            assertThat(emf.isOpen()).as("crmkit leaves the host's factory open").isTrue();
            try (JpaStorage again = JpaStorage.fromEntityManagerFactory(emf).build()) {
                assertThat(again.clients().find(ClientId.of("c1"))).isPresent();
            }
        } finally {
            emf.close();
        }
    }

    @Test
    void badArgumentsAreRejectedWithTheField(@TempDir Path dir) {
        assertThatThrownBy(() -> JpaStorage.fromJdbcUrl(" ", "u", "p")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("jdbcUrl"));
        assertThatThrownBy(() -> JpaStorage.fromDataSource(null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("dataSource"));
        assertThatThrownBy(() -> JpaStorage.fromEntityManagerFactory(null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("entityManagerFactory"));
        assertThatThrownBy(() -> JpaStorage.fromJdbcUrl("jdbc:h2:mem:x", "sa", "").dataDir(dir))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dataDir");
        assertThatThrownBy(() -> JpaStorage.embedded().dataDir(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> JpaStorage.embedded().property(" ", "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> JpaStorage.migrate(null)).isInstanceOf(InvalidInputException.class);
        try (JpaStorage s = JpaStorage.fromJdbcUrl("jdbc:h2:mem:bad_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "").build()) {
            assertThatThrownBy(() -> s.bulkImport(0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("batchSize");
            assertThatThrownBy(() -> s.clients().save(null)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> s.clients().find(null)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> s.reportQueries().clientFacts(null, T0, java.util.Set.of()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("scope");
            try (var b = s.bulkImport(10)) {
                Department stored = s.departments().save(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
                assertThatThrownBy(() -> b.department(stored)).isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("department.version");
            }
        }
    }

    @Test
    void anUnreachableOrUnknownDatabaseIsAStorageException() {
        assertThatThrownBy(() -> JpaStorage.fromJdbcUrl("jdbc:postgresql://127.0.0.1:1/none", "x", "y").build())
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> JpaStorage.fromJdbcUrl("jdbc:derby:memory:x", "x", "y").build())
                .isInstanceOf(StorageException.class).hasMessageContaining("H2, PostgreSQL and MariaDB");
    }
}
