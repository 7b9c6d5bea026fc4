package io.crmkit.examples.demo;

import io.crmkit.reports.ReportTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints a crm-reports {@link ReportTable} as an aligned text table for the terminal. */
final class TextTable {
    private static final int MAX_CELL = 34;

    private TextTable() {
    }

    /**
     * Prints the chosen columns (all when {@code columns} is empty) and at most {@code maxRows} rows.
     */
    static void print(PrintWriter out, String title, ReportTable t, List<String> columns, int maxRows) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < t.headers().size(); i++) {
            if (columns.isEmpty() || columns.contains(t.headers().get(i))) {
                idx.add(i);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        idx.forEach(i -> header.add(t.headers().get(i)));
        for (List<String> r : t.rows().subList(0, Math.min(maxRows, t.rows().size()))) {
            List<String> row = new ArrayList<>();
            idx.forEach(i -> row.add(cut(r.get(i))));
            rows.add(row);
        }
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        out.println();
        out.println("── " + title + " " + "─".repeat(Math.max(3, 70 - title.length())));
        line(out, header, width);
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("─".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(r -> line(out, r, width));
        if (t.rows().size() > maxRows) {
            out.println("… " + (t.rows().size() - maxRows) + " more rows (see the HTML report)");
        }
        if (t.rows().isEmpty()) {
            out.println("(none)");
        }
    }

    private static void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c);
            boolean number = s.matches("-?[0-9.,]+( [A-Z]{3})?");
            b.append(number ? " ".repeat(width[c] - s.length()) + s : s + " ".repeat(width[c] - s.length())).append("  ");
        }
        out.println(b.toString().stripTrailing());
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > MAX_CELL ? one.substring(0, MAX_CELL - 1) + "…" : one;
    }
}
