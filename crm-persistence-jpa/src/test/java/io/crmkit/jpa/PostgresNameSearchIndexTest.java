package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.StorageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's migration V2: the trigram indexes the client name search is shaped for exist after
 * migrating (the name search results themselves are checked on every database by the client
 * repository contract), and a role that may not create the extension {@code pg_trgm} gets a start
 * failure that says what to do.
 */
class PostgresNameSearchIndexTest {
    @Test
    void migratingCreatesPgTrgmAndTheTrigramIndexesTheNameSearchUses() throws SQLException {
        Assumptions.assumeFalse(TestDatabases.skipExternal(), "external databases skipped by -D" + TestDatabases.SKIP_EXTERNAL);
        SharedStorages.emptied(TestDatabases.Kind.POSTGRESQL);
        TestDatabases.Db db = dbOf(TestDatabases.Kind.POSTGRESQL);
        Map<String, String> indexes = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*) from pg_extension where extname = 'pg_trgm'")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
            try (ResultSet r = s.executeQuery("select indexname, indexdef from pg_indexes where indexname like '%trgm'")) {
                while (r.next()) {
                    indexes.put(r.getString(1), r.getString(2));
                }
            }
        }
        assertThat(indexes).containsOnlyKeys("crm_client_contact_name_trgm", "crm_client_name_key_trgm");
        // the expressions JpaClients.hitsByNameFragment compares: name_key and lower(name)
        assertThat(indexes.get("crm_client_name_key_trgm")).contains("ON public.crm_client USING gin (name_key gin_trgm_ops)");
        assertThat(indexes.get("crm_client_contact_name_trgm")).contains("ON public.crm_client_contact USING gin (lower((name)::text) gin_trgm_ops)");
    }

    @Test
    void aRoleThatMayNotCreatePgTrgmGetsAStartFailureSayingWhatToDo() {
        Assumptions.assumeFalse(TestDatabases.skipExternal(), "external databases skipped by -D" + TestDatabases.SKIP_EXTERNAL);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        String role = "crmkit_noext_" + suffix;
        TestDatabases.Db db = TestDatabases.create(TestDatabases.Kind.POSTGRESQL);
        String admin = TestDatabases.PG_ADMIN_URL;
        try {
            TestDatabases.exec(admin, TestDatabases.PG_USER, "", "create role " + role + " login");
            // the role may create tables in the schema, not extensions in the database (no CREATE on it)
            TestDatabases.exec(db.url(), TestDatabases.PG_USER, "", "grant usage, create on schema public to " + role);
            assertThatThrownBy(() -> JpaStorage.fromJdbcUrl(db.url(), role, "").build())
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("pg_trgm")
                    .hasMessageContaining("permission denied");
            try (Connection c = DriverManager.getConnection(db.url(), TestDatabases.PG_USER, ""); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select count(*) from crm_schema_history where version = '2' and success")) {
                r.next();
                assertThat(r.getInt(1)).as("V2 is not recorded as applied").isZero();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        } finally {
            TestDatabases.drop(db);
            TestDatabases.exec(admin, TestDatabases.PG_USER, "", "drop role if exists " + role);
        }
    }

    private static TestDatabases.Db dbOf(TestDatabases.Kind kind) {
        return SharedStorages.db(kind);
    }
}
