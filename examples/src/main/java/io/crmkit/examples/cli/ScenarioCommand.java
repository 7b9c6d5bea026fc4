package io.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.Crm;
import io.crmkit.Storage;
import io.crmkit.examples.Json;
import io.crmkit.examples.scenario.Scenario;
import io.crmkit.examples.scenario.ScenarioException;
import io.crmkit.examples.scenario.ScenarioReader;
import io.crmkit.examples.scenario.ScenarioRunner;
import io.crmkit.examples.scenario.ScenarioWriter;
import io.crmkit.memory.InMemoryStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenario run FILE.json} and {@code scenario export}: the scenario format of SCENARIO.md. */
@Command(name = "scenario", description = "Run or export a crmkit scenario (docs/SCENARIOS.md).",
        subcommands = {ScenarioCommand.Run.class, ScenarioCommand.Export.class}, mixinStandardHelpOptions = true)
public final class ScenarioCommand implements Runnable {
    /** Exit status of a document that is not valid. */
    public static final int INVALID = 2;
    /** Exit status of any other failure (an unreadable file, an unreachable database). */
    public static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints one line on standard error and returns {@code status}. */
    static int fail(CommandSpec spec, int status, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return status;
    }

    /** Prints a JSON object on standard output and returns 0. */
    static int print(CommandSpec spec, ObjectNode out) {
        PrintWriter o = spec.commandLine().getOut();
        o.print(Json.pretty(out));
        o.flush();
        return 0;
    }

    static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ScenarioReader.read(in);
        }
    }

    /** Loads a scenario, accepts its inquiries, computes its reports and prints the output object. */
    @Command(name = "run", description = "Run a scenario: print the requested reports as one JSON object.",
            mixinStandardHelpOptions = true)
    public static final class Run implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.json", description = "The scenario document.")
        Path file;

        @Mixin
        StorageOptions storage;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Scenario scenario;
            try {
                scenario = read(file);
            } catch (ScenarioException e) {
                return fail(spec, INVALID, e.getMessage());
            } catch (NoSuchFileException e) {
                return fail(spec, FAILED, file + ": no such file");
            } catch (IOException e) {
                return fail(spec, FAILED, file + ": cannot be read: " + e.getMessage());
            }
            ObjectNode out;
            try (Storage s = storage.open()) {
                out = ScenarioRunner.run(scenario, s);
            } catch (ScenarioException e) {
                return fail(spec, INVALID, e.getMessage());
            } catch (RuntimeException e) {
                return fail(spec, FAILED, "scenario failed: " + e.getMessage());
            }
            return print(spec, out);
        }
    }

    /**
     * Writes a data set out in the scenario format: the data of a scenario file after its inquiries
     * were accepted (a round trip), or the data of a database.
     */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write a data set out in the scenario format on standard output.",
                    "With FILE.json: its data after accepting its inquiries (round trip).",
                    "With --jdbc-url: the data in that database."})
    public static final class Export implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.json", description = "A scenario document to load first.")
        Path file;

        @Mixin
        StorageOptions storage;

        @Option(names = "--now", paramLabel = "MOMENT",
                description = "The moment written as \"now\" when exporting a database (default: the current time).")
        String now;

        @Option(names = "--zone", paramLabel = "ZONE",
                description = "The zone written when exporting a database (default: the system zone).")
        String zone;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (file == null && !storage.hasDatabase()) {
                return fail(spec, FAILED, "scenario export: give FILE.json or --jdbc-url URL");
            }
            ObjectNode out;
            try {
                if (file != null) {
                    Scenario scenario = read(file);
                    try (Storage s = storage.hasDatabase() ? storage.open() : InMemoryStorage.create()) {
                        Crm crm = ScenarioRunner.open(scenario, s);
                        ScenarioRunner.accept(crm, scenario);
                        out = ScenarioWriter.write(crm, scenario.now());
                    }
                } else {
                    ZoneId z = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
                    Instant at = now == null ? Clock.system(z).instant() : java.time.OffsetDateTime.parse(now).toInstant();
                    try (Storage s = storage.open()) {
                        Crm crm = Crm.builder().storage(s).clock(Clock.fixed(at, z)).build();
                        out = ScenarioWriter.write(crm, at);
                    }
                }
            } catch (ScenarioException e) {
                return fail(spec, INVALID, e.getMessage());
            } catch (IOException | RuntimeException e) {
                return fail(spec, FAILED, "scenario export failed: " + e.getMessage());
            }
            return print(spec, out);
        }
    }
}
