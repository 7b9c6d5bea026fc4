package io.crmkit.reports;

import io.crmkit.internal.Check;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Renders a report as one self-contained HTML page (no scripts, no external files), readable on a
 * screen and printable (print CSS), with the report's tables and, where a picture helps, an inline
 * SVG chart: the sales funnel as a funnel, the automotivator as daily bars against the norm line,
 * the traffic light as coloured counts per manager. Every text from the data is escaped.
 *
 * <pre>{@code
 * String page = ReportHtml.render(Reports.of(crm).automotivator(scope, from, to), ZoneId.of("Europe/Moscow"));
 * }</pre>
 */
public final class ReportHtml {
    private static final String RED = "#d9534f";
    private static final String YELLOW = "#f0ad4e";
    private static final String GREEN = "#5cb85c";
    private static final String CSS = """
            body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;margin:24px;color:#222;font-size:14px}
            h1{font-size:20px;margin:0 0 12px}h2{font-size:16px;margin:24px 0 8px}
            table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #bbb;padding:3px 8px;text-align:left;vertical-align:top}
            th{background:#eee}td.num{text-align:right}tr:nth-child(even) td{background:#fafafa}
            tr td.RED{background:#f5c6c5}tr td.YELLOW{background:#fbe5c3}tr td.GREEN{background:#cfe9cf}td.num{white-space:nowrap}
            svg{max-width:100%;height:auto;display:block;margin:8px 0}svg text{font-family:inherit}
            .meta{color:#666;font-size:12px}
            @page{margin:15mm}
            @media print{body{margin:0;font-size:10px}table{max-width:100%}th{background:#eee !important;-webkit-print-color-adjust:exact;print-color-adjust:exact}
            td.RED,td.YELLOW,td.GREEN{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            tr,svg{page-break-inside:avoid;break-inside:avoid}h2{page-break-after:avoid;break-after:avoid}}
            """;

    private ReportHtml() {
    }

    /**
     * The page of a report made by {@link Reports}; moments are shown in {@code zone}.
     *
     * @throws io.crmkit.InvalidInputException for anything but a crmkit report, or a null zone
     */
    public static String render(Object report, ZoneId zone) {
        Check.notNull("zone", zone);
        List<ReportTable> tables = ReportTable.of(report, zone);
        StringBuilder b = new StringBuilder(4096);
        String title = tables.get(0).title();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        if (report instanceof SalesFunnelReport r) {
            funnelChart(b, r);
        } else if (report instanceof ManagerControl.FunnelDrilldown d) {
            funnelChart(b, d.funnel());
        } else if (report instanceof Automotivator r) {
            automotivatorChart(b, r);
        } else if (report instanceof TrafficLight r) {
            trafficLightChart(b, r);
        }
        for (int i = 0; i < tables.size(); i++) {
            table(b, tables.get(i), i > 0);
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void table(StringBuilder b, ReportTable t, boolean heading) {
        if (heading) {
            b.append("<h2>").append(escape(t.title())).append("</h2>\n");
        }
        int colour = t.headers().indexOf("colour");
        b.append("<table>\n<thead><tr>");
        for (String h : t.headers()) {
            b.append("<th>").append(escape(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        if (t.rows().isEmpty()) {
            b.append("<tr><td colspan=\"").append(t.headers().size()).append("\">nothing</td></tr>\n");
        }
        for (List<String> row : t.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String cls = i == colour ? escape(cell) : numeric(cell) ? "num" : null;
                b.append(cls == null ? "<td>" : "<td class=\"" + cls + "\">").append(escape(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static boolean numeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    private static void funnelChart(StringBuilder b, SalesFunnelReport r) {
        List<SalesFunnelReport.StageRow> stages = r.stages();
        boolean cohort = !r.cohort().isEmpty();
        int width = 640;
        int row = 44;
        long max = 1;
        for (SalesFunnelReport.StageRow s : stages) {
            max = Math.max(max, cohort ? s.reached() : s.activeCount());
        }
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Sales funnel\" viewBox=\"0 0 ")
                .append(width).append(' ').append(row * stages.size() + 10).append("\" width=\"").append(width)
                .append("\" height=\"").append(row * stages.size() + 10).append("\">\n");
        double center = width / 2.0;
        for (int k = 0; k < stages.size(); k++) {
            SalesFunnelReport.StageRow s = stages.get(k);
            double top = widthOf(cohort ? s.reached() : s.activeCount(), max, width);
            double bottom = k + 1 < stages.size()
                    ? widthOf(cohort ? stages.get(k + 1).reached() : stages.get(k + 1).activeCount(), max, width)
                    : top * 0.7;
            double y = 5 + k * row;
            int shade = 60 + 25 * k;
            b.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"rgb(%d,%d,%d)\"/>%n",
                    center - top / 2, y, center + top / 2, y, center + bottom / 2, y + row - 4, center - bottom / 2, y + row - 4,
                    Math.min(shade, 200), Math.min(shade + 60, 230), 230));
            String label = s.stage().name() + ": " + (cohort ? "reached " + s.reached() + ", " : "") + "active " + s.activeCount()
                    + (s.activeAmount().isEmpty() ? "" : " (" + ReportTable.sum(s.activeAmount()) + ")");
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\">", center, y + row / 2.0 + 3))
                    .append(escape(label)).append("</text>\n");
        }
        b.append("</svg>\n<p class=\"meta\">Widths: ").append(cohort ? "interests of the period that reached each stage"
                : "active interests at each stage").append(". Won ").append(r.wonCount()).append(", lost ")
                .append(r.lostCount()).append(".</p>\n");
    }

    private static double widthOf(long value, long max, int width) {
        return 60 + (width - 80) * (double) value / max;
    }

    private static void automotivatorChart(StringBuilder b, Automotivator r) {
        for (Automotivator.ManagerRow m : r.managers()) {
            List<Automotivator.Day> days = m.days();
            long max = Math.max(1, m.norm());
            for (Automotivator.Day d : days) {
                max = Math.max(max, Math.max(d.planned(), d.earned()));
            }
            int bar = 28;
            int chartHeight = 160;
            int width = Math.max(200, 50 + days.size() * bar);
            int height = chartHeight + 40;
            b.append("<h2>").append(escape(m.name())).append(" (").append(escape(m.manager().value())).append(")</h2>\n")
                    .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Points per day\" viewBox=\"0 0 ")
                    .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                    .append(height).append("\">\n");
            double scale = chartHeight / (max * 1.1);
            for (int i = 0; i < days.size(); i++) {
                Automotivator.Day d = days.get(i);
                double x = 40 + i * bar;
                double ph = d.planned() * scale;
                double eh = d.earned() * scale;
                String fill = !d.workingDay() ? "#999" : d.earned() >= m.norm() ? GREEN : "#4a7ab5";
                b.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"none\" stroke=\"#888\" stroke-dasharray=\"2,2\"/>%n",
                        x, 10 + chartHeight - ph, bar - 6, ph));
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>",
                        x + 2, 10 + chartHeight - eh, bar - 10, eh, fill))
                        .append(escape(d.date() + ": planned " + d.planned() + ", earned " + d.earned())).append("</title></rect>\n");
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%s</text>%n",
                        x + (bar - 6) / 2.0, chartHeight + 24, d.date().toString().substring(5)));
            }
            double normY = 10 + chartHeight - m.norm() * scale;
            b.append(String.format(Locale.ROOT,
                    "<line x1=\"36\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6,3\"/>%n",
                    normY, width - 4, normY, RED));
            b.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">norm %d</text>%n",
                    normY - 3, RED, m.norm()));
            b.append("</svg>\n<p class=\"meta\">Bars: points earned (dashed outline: planned); dashed line: the daily norm. Earned ")
                    .append(m.earned()).append(" of ").append(m.normTotal()).append(".</p>\n");
        }
    }

    private static void trafficLightChart(StringBuilder b, TrafficLight r) {
        List<TrafficLight.ManagerCounts> ms = r.managers();
        int max = 1;
        for (TrafficLight.ManagerCounts m : ms) {
            max = Math.max(max, m.counts().total());
        }
        int row = 26;
        int labelWidth = 180;
        int width = 640;
        int height = Math.max(row, ms.size() * row) + 10;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Clients by colour per manager\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\">\n");
        double scale = (width - labelWidth - 10) / (double) max;
        for (int i = 0; i < ms.size(); i++) {
            TrafficLight.ManagerCounts m = ms.get(i);
            double y = 5 + i * row;
            b.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%.1f\" font-size=\"12\">", y + 15)).append(escape(m.name()))
                    .append("</text>\n");
            double x = labelWidth;
            int[] counts = {m.counts().red(), m.counts().yellow(), m.counts().green()};
            String[] colours = {RED, YELLOW, GREEN};
            String[] names = {"red", "yellow", "green"};
            for (int c = 0; c < 3; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                double w = counts[c] * scale;
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %d</title></rect>%n",
                        x, y, w, row - 6, colours[c], names[c], counts[c]));
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\">%d</text>%n",
                        x + w / 2, y + 15, counts[c]));
                x += w;
            }
        }
        b.append("</svg>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
