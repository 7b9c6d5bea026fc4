package io.crmkit.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.examples.Cli;
import io.crmkit.examples.Json;
import io.crmkit.examples.JsonMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example scenario under {@code examples/scenarios/} through the command line on the
 * in-memory storage and compares the output with its hand-worked {@code *.expected.json}.
 */
class ExampleScenariosTest {
    static final Path DIR = Path.of("scenarios");

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    static Path expectedOf(Path scenario) {
        return scenario.resolveSibling(scenario.getFileName().toString().replace(".json", ".expected.json"));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersItsHandWorkedOutput() throws IOException {
        List<Path> all = scenarios();
        assertThat(all).hasSizeGreaterThanOrEqualTo(6);
        return all.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Cli r = Cli.run("scenario", "run", p.toString());
            assertThat(r.err()).isEmpty();
            assertThat(r.status()).isZero();
            JsonNode expected = Json.MAPPER.readTree(expectedOf(p).toFile());
            JsonNode actual = Json.MAPPER.readTree(r.out());
            assertThat(JsonMatch.difference(expected, actual, "$")).isNull();
            assertThat(actual.size()).as("members of the output").isEqualTo(expected.size());
        }));
    }
}
