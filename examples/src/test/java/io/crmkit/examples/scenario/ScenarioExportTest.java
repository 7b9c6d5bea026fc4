package io.crmkit.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.examples.Cli;
import io.crmkit.examples.Json;
import io.crmkit.examples.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenario export}: what it writes reads back to the same data and the same reports. */
class ScenarioExportTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> exportReadsBackToTheSameDataAndReports() throws IOException {
        return ExampleScenariosTest.scenarios().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Cli first = Cli.run("scenario", "export", p.toString());
            assertThat(first.err()).isEmpty();
            assertThat(first.status()).isZero();
            Path exported = dir.resolve("exported-" + p.getFileName());
            Files.writeString(exported, first.out());

            Cli second = Cli.run("scenario", "export", exported.toString());
            assertThat(second.status()).isZero();
            assertThat(second.out()).as("export of the export").isEqualTo(first.out());

            // the exported data with the original report requests answers as the original did
            ObjectNode original = (ObjectNode) Json.MAPPER.readTree(p.toFile());
            ObjectNode withReports = (ObjectNode) Json.MAPPER.readTree(first.out());
            if (original.has("reports")) {
                withReports.set("reports", original.get("reports"));
            }
            Path rerun = dir.resolve("rerun-" + p.getFileName());
            Files.writeString(rerun, Json.pretty(withReports));
            JsonNode before = Json.MAPPER.readTree(Cli.run("scenario", "run", p.toString()).out());
            ((ObjectNode) before).remove("inquiries");
            Cli after = Cli.run("scenario", "run", rerun.toString());
            assertThat(after.err()).isEmpty();
            assertThat(Json.MAPPER.readTree(after.out())).isEqualTo(before);
        }));
    }

    @Test
    void anExportCarriesTheRecordsTheInquiriesMadeButNotTheInquiries() throws IOException {
        Cli r = Cli.run("scenario", "export", "scenarios/06-inquiries.json");
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.has("inquiries")).isFalse();
        assertThat(doc.get("clients").findValuesAsText("id")).contains("new-client-1", "new-client-2");
        assertThat(doc.get("interactions")).hasSize(6);
    }

    @Test
    void aDatabaseExportsTheDataAScenarioRunLeftInIt() throws IOException {
        Path scenario = Path.of("scenarios/06-inquiries.json");
        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            Cli run = Cli.run("scenario", "run", scenario.toString(), "--jdbc-url", db.url(), "--jdbc-user", db.user());
            assertThat(run.status()).isZero();
            Cli fromDb = Cli.run("scenario", "export", "--jdbc-url", db.url(), "--jdbc-user", db.user(),
                    "--now", "2026-03-13T18:00:00+03:00", "--zone", "Europe/Moscow");
            assertThat(fromDb.err()).isEmpty();
            assertThat(fromDb.status()).isZero();
            ObjectNode exported = (ObjectNode) Json.MAPPER.readTree(fromDb.out());
            ObjectNode fromFile = (ObjectNode) Json.MAPPER.readTree(Cli.run("scenario", "export", scenario.toString()).out());
            for (String member : new String[] {"departments", "managers", "clients", "interests", "interactions",
                    "productGroups", "products", "priceTypes", "prices", "now", "zone"}) {
                assertThat(exported.get(member)).as(member).isEqualTo(fromFile.get(member));
            }
        }
    }

    @Test
    void exportNeedsAFileOrADatabase() {
        Cli r = Cli.run("scenario", "export");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("give FILE.json or --jdbc-url URL");
    }
}
