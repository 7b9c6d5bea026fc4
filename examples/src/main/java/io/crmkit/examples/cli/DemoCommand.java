package io.crmkit.examples.cli;

import io.crmkit.examples.demo.Demo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demo}: the whole of crmkit on the embedded database, in the terminal. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fill the embedded database with a demo company, play the story of the seed article,",
                "print My tasks, My sales, the funnel, the automotivator and the traffic light,",
                "and write the HTML reports and the price-list PDF."})
public final class DemoCommand implements Callable<Integer> {
    /** The seed of the demo company. */
    public static final long SEED = 20260313L;
    /** How many clients the demo company has. */
    public static final int CLIENTS = 300;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ./crmkit-data, or -Dcrmkit.data.dir).")
    Path dataDir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "crmkit-demo",
            description = "Folder for the HTML reports and the price-list PDF (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--reset", description = "Delete the demo database first and start from scratch.")
    boolean reset;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Moscow", description = "Zone of the demo company (default ${DEFAULT-VALUE}).")
    String zone;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return new Demo(spec.commandLine().getOut(), dataDir, out, reset, java.time.ZoneId.of(zone), SEED, CLIENTS).run();
    }
}
