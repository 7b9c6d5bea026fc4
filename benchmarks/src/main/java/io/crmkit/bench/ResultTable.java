package io.crmkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of a run, printed as one Markdown table. */
public final class ResultTable {
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());

    /** What could not be measured or checked: a baseline that disagrees with the library, a failed part. */
    public List<String> problems() {
        return problems;
    }

    public synchronized void add(Figure f) {
        figures.add(f);
    }

    public synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return "∞";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** The table in Markdown, one row per figure, in the order they were added. */
    public synchronized String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| section | store | size | measurement | unit | library | baseline | ratio (lib cost ÷ baseline) | target | verdict | note |\n");
        sb.append("|---|---|---|---|---|---:|---:|---:|---|---|---|\n");
        for (Figure f : figures) {
            sb.append("| ").append(f.section()).append(" | ").append(f.store()).append(" | ").append(f.size())
                    .append(" | ").append(f.what()).append(" | ").append(f.unit()).append(" | ").append(num(f.library()))
                    .append(" | ").append(num(f.baseline())).append(" | ")
                    .append(Double.isNaN(f.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f×", f.ratio()))
                    .append(" | ").append(f.target()).append(" | ").append(f.verdict()).append(" | ")
                    .append(f.note() == null ? "" : f.note().replace("|", "/")).append(" |\n");
        }
        return sb.toString();
    }
}
