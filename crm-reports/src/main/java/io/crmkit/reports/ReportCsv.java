package io.crmkit.reports;

import io.crmkit.InvalidInputException;
import io.crmkit.StorageException;
import io.crmkit.internal.Check;
import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a report table as CSV (RFC 4180, comma separated, CRLF line ends, a header row), with
 * Apache Commons CSV. A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return is neutralised with a leading apostrophe, so that no spreadsheet runs it as a
 * formula ("CSV injection").
 *
 * <pre>{@code
 * String csv = ReportCsv.write(Reports.of(crm).trafficLight(Scope.company()), ZoneId.of("Europe/Moscow"));
 * }</pre>
 */
public final class ReportCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private ReportCsv() {
    }

    /** The main table of a report (see {@link ReportTable#of}) as CSV. */
    public static String write(Object report, ZoneId zone) {
        return write(ReportTable.of(report, Check.notNull("zone", zone)).get(0));
    }

    /**
     * A named table of a report as CSV.
     *
     * @throws InvalidInputException when the report has no table of that name
     */
    public static String write(Object report, ZoneId zone, String table) {
        List<String> names = new ArrayList<>();
        for (ReportTable t : ReportTable.of(report, Check.notNull("zone", zone))) {
            if (t.name().equals(table)) {
                return write(t);
            }
            names.add(t.name());
        }
        throw new InvalidInputException("table", table, "is not a table of this report; it has " + names);
    }

    /** A table as CSV. */
    public static String write(ReportTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
            p.printRecord(table.headers().stream().map(ReportCsv::neutralise).toList());
            for (List<String> row : table.rows()) {
                p.printRecord(row.stream().map(ReportCsv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new StorageException("csv", "cannot write a report table: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Prefixes a cell that a spreadsheet would run as a formula with an apostrophe. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
