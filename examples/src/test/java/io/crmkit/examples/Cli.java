package io.crmkit.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the crmkit command line in-process and keeps what it printed. */
public record Cli(int status, String out, String err) {
    /** Runs {@code crmkit args…}. */
    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Cli(status, out.toString(), err.toString());
    }
}
