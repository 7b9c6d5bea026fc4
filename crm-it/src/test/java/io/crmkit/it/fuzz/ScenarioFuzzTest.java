package io.crmkit.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.examples.Main;
import io.crmkit.it.support.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The scenario runner ({@code scenario run FILE.json}, in process) fed randomly mutated scenario
 * documents made from the shipped examples (seeded; the seed is printed): every run ends with
 * status 0 and a JSON document on standard output, or status 2 with one message on standard error
 * and nothing on standard output. Status 1 ("scenario failed": an exception crmkit did not turn
 * into a clear message) or a hang fails the test.
 */
class ScenarioFuzzTest {
    private static final int DOCUMENTS = 1200;
    private static final int BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String BREAKERS = "{[\",:\u0000\\}]";

    @TempDir
    Path dir;

    @Test
    void mutatedScenariosExitWithZeroOrTwoAndNeverCrash() throws IOException {
        long seed = Seeds.seed("ScenarioFuzzTest", 2026L);
        int total = Seeds.count("crmkit.scenario.documents", DOCUMENTS);
        List<JsonNode> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "scenarios"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().toList()) {
                seeds.add(JSON.readTree(p.toFile()));
            }
        }
        assertThat(seeds).as("the shipped example scenarios").isNotEmpty();
        Random r = new Random(seed);
        int[] status = new int[3];
        List<String> crashes = new ArrayList<>();
        for (int done = 0; done < total; done += BATCH) {
            int start = done;
            List<String> docs = new ArrayList<>();
            for (int k = 0; k < Math.min(BATCH, total - done); k++) {
                docs.add(mutate(r, seeds.get(r.nextInt(seeds.size()))));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                for (int k = 0; k < docs.size(); k++) {
                    Path file = dir.resolve("fuzz-" + (start + k) + ".json");
                    Files.writeString(file, docs.get(k), StandardCharsets.UTF_8);
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    CommandLine cli = Main.commandLine();
                    cli.setOut(new PrintWriter(out));
                    cli.setErr(new PrintWriter(err));
                    int code = cli.execute("scenario", "run", file.toString());
                    if (code == 0) {
                        status[0]++;
                        JSON.readTree(out.toString());
                    } else if (code == 2) {
                        status[2]++;
                        assertThat(out.toString()).as("document %d: nothing on standard output when invalid", start + k).isEmpty();
                        assertThat(err.toString().strip()).as("document %d: one message", start + k).isNotEmpty().doesNotContain("\n");
                    } else {
                        status[1]++;
                        crashes.add("document " + (start + k) + " exited " + code + ": " + err.toString().strip() + "\n  "
                                + docs.get(k).substring(0, Math.min(400, docs.get(k).length())));
                    }
                    Files.delete(file);
                }
            }, () -> "a batch of scenario documents from " + start + " hung (seed " + seed + ")");
        }
        System.out.printf("scenario fuzz: %d documents: %d ran, %d refused with status 2, %d crashed%n", total, status[0], status[2], status[1]);
        assertThat(crashes).as("runs that crashed instead of exiting 0 or 2 (seed %d)", seed).isEmpty();
        assertThat(status[2]).as("some mutants are refused").isPositive();
        assertThat(status[0]).as("some mutants still run").isPositive();
    }

    /** A structural mutation of the JSON tree (most runs), or a textual one that breaks the JSON itself. */
    static String mutate(Random r, JsonNode original) throws IOException {
        JsonNode doc = original.deepCopy();
        if (r.nextInt(6) == 0) {
            StringBuilder s = new StringBuilder(JSON.writeValueAsString(doc));
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits && s.length() > 0; e++) {
                int at = r.nextInt(s.length());
                switch (r.nextInt(4)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, BREAKERS.charAt(r.nextInt(BREAKERS.length())));
                    case 2 -> s.setLength(at);
                    default -> s.insert(at, "[".repeat(1 + r.nextInt(3000)));
                }
            }
            return s.toString();
        }
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(doc, containers);
            JsonNode target = containers.get(r.nextInt(containers.size()));
            if (target instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(r.nextInt(names.size()));
                if (r.nextInt(5) == 0) {
                    o.remove(name);
                } else {
                    o.set(name, hostileValue(r, o.get(name)));
                }
            } else if (target instanceof ArrayNode a && a.size() > 0) {
                int i = r.nextInt(a.size());
                switch (r.nextInt(3)) {
                    case 0 -> a.remove(i);
                    case 1 -> a.add(a.get(i).deepCopy());
                    default -> a.set(i, hostileValue(r, a.get(i)));
                }
            }
        }
        return JSON.writeValueAsString(doc);
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            Iterator<JsonNode> it = n.elements();
            while (it.hasNext()) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode hostileValue(Random r, JsonNode old) {
        return switch (r.nextInt(16)) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode("");
            case 2 -> F.textNode("x".repeat(100_000));
            case 3 -> F.numberNode(-1);
            case 4 -> F.numberNode(Long.MAX_VALUE);
            case 5 -> F.numberNode(new java.math.BigDecimal("1e400"));
            case 6 -> F.textNode("-5.00");
            case 7 -> F.textNode("2026-02-30T25:61:00+03:00");
            case 8 -> F.textNode("line\r\nbreak\u0000");
            case 9 -> F.booleanNode(true);
            case 10 -> F.arrayNode().add(old == null ? F.nullNode() : old.deepCopy());
            case 11 -> F.objectNode().set("nested", old == null ? F.nullNode() : old.deepCopy());
            case 12 -> F.textNode("unknown-id-" + r.nextInt(100));
            case 13 -> F.textNode("9999-12-31");
            case 14 -> old != null && old.isTextual() ? F.textNode(old.asText() + "\u202E") : F.textNode("0.00001");
            default -> F.pojoNode(Map.of()).isPojo() ? F.objectNode() : F.nullNode();
        };
    }
}
