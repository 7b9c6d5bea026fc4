package io.crmkit.examples;

import io.crmkit.examples.cli.DemoCommand;
import io.crmkit.examples.cli.ScenarioCommand;
import io.crmkit.examples.cli.WebCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crmkit.jar} command line: {@code demo}, {@code scenario run|export}, {@code web}. */
@Command(name = "crmkit", mixinStandardHelpOptions = true, version = "crmkit 0.1.0",
        description = "crmkit examples: the demo, the scenario runner and the web front end.",
        subcommands = {DemoCommand.class, ScenarioCommand.class, WebCommand.class})
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line, ready to {@link CommandLine#execute}. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    /**
     * Runs a command and exits with its status. Output and errors are written in UTF-8 whatever the
     * platform's default charset, so that JSON and Cyrillic names survive a POSIX locale.
     */
    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        System.exit(cl.execute(args));
    }
}
