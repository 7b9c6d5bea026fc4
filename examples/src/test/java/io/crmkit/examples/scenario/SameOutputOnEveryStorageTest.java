package io.crmkit.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.crmkit.examples.Cli;
import io.crmkit.examples.TestDb;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example scenario prints exactly the same text on the JPA storage — H2, PostgreSQL and
 * MariaDB, a fresh database each run — as in memory.
 */
class SameOutputOnEveryStorageTest {
    @TestFactory
    Stream<DynamicTest> everyExamplePrintsTheSameOnEveryDatabase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Map<Path, String> inMemory = new ConcurrentHashMap<>();
        for (Path p : ExampleScenariosTest.scenarios()) {
            for (TestDb.Kind kind : TestDb.Kind.values()) {
                tests.add(DynamicTest.dynamicTest(p.getFileName() + " on " + kind, () -> {
                    assumeFalse(kind != TestDb.Kind.H2 && Boolean.getBoolean(TestDb.SKIP_EXTERNAL), "external databases skipped");
                    String memory = inMemory.computeIfAbsent(p, f -> {
                        Cli r = Cli.run("scenario", "run", f.toString());
                        assertThat(r.status()).isZero();
                        return r.out();
                    });
                    try (TestDb db = TestDb.create(kind)) {
                        Cli jpa = Cli.run("scenario", "run", p.toString(), "--jdbc-url", db.url(),
                                "--jdbc-user", db.user(), "--jdbc-password", db.password());
                        assertThat(jpa.err()).isEmpty();
                        assertThat(jpa.status()).isZero();
                        assertThat(jpa.out()).isEqualTo(memory);
                    }
                }));
            }
        }
        return tests.stream();
    }
}
