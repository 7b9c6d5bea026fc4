package io.crmkit.examples.cli;

import io.crmkit.Crm;
import io.crmkit.Storage;
import io.crmkit.examples.demo.DemoCompany;
import io.crmkit.examples.web.WebApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code web [--port N]}: the JSON API and the page over the embedded database. */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"Serve the crmkit JSON API and web page (docs/WEB.md) on the embedded database.",
                "An empty database is filled with the demo company first."})
public final class WebCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ./crmkit-data, or -Dcrmkit.data.dir).")
    Path dataDir;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Moscow", description = "Zone of the calendar (default ${DEFAULT-VALUE}).")
    String zone;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ZoneId z = ZoneId.of(zone);
        Storage storage = Storages.embedded(dataDir);
        Crm crm = Crm.builder().storage(storage).clock(Clock.system(z)).ids(DemoCompany.ids()).build();
        if (!DemoCompany.present(crm)) {
            spec.commandLine().getOut().println("Filling the empty database with the demo company…");
            DemoCompany.create(crm, DemoCommand.SEED, DemoCommand.CLIENTS, n -> { });
        }
        CountDownLatch stopped = new CountDownLatch(1);
        WebApp web = WebApp.start(crm, host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.close();
            crm.close();
            stopped.countDown();
        }, "crmkit-web-stop"));
        spec.commandLine().getOut().println("crmkit web: http://" + host + ":" + web.port() + "/  (Ctrl+C stops)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
