package io.crmkit.examples.demo;

import java.io.PrintWriter;

/** A one-line progress bar for long steps of the demo. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final String label;
    private final int total;
    private int lastPercent = -1;

    Progress(PrintWriter out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    void update(int done) {
        int percent = Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\r  " + label + " [" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "] " + percent + "%");
        out.flush();
    }

    void done(String summary) {
        update(total);
        out.println("  " + summary);
        out.flush();
    }
}
