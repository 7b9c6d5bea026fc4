package io.crmkit.reports;

import io.crmkit.InvalidInputException;
import io.crmkit.agenda.CalendarView;
import io.crmkit.agenda.MySales;
import io.crmkit.agenda.MyTasks;
import io.crmkit.inquiry.ClientMatch;
import io.crmkit.interaction.Interaction;
import io.crmkit.interest.InterestStatus;
import io.crmkit.money.MoneySum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report laid out as plain tables of text, for CSV and HTML. Every report has at least one
 * table; the first is its main table. Money sums read {@code 450000.00 RUB; 10.00 USD}, ratios as
 * decimals, a value that does not exist (a null ratio) as an empty cell.
 *
 * @param name    a stable short name ({@code stages}, {@code days}, {@code clients}, {@code managers}, …)
 * @param title   a heading for people
 * @param headers the column names
 * @param rows    the cells, each row as long as {@code headers}
 */
public record ReportTable(String name, String title, List<String> headers, List<List<String>> rows) {
    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new InvalidInputException("rows", r, "a row must have " + headers.size() + " cells");
            }
        }
    }

    /**
     * The tables of a report made by {@link Reports}; moments are shown in {@code zone}.
     *
     * @throws InvalidInputException for anything but a crmkit report
     */
    public static List<ReportTable> of(Object report, ZoneId zone) {
        List<ReportTable> out = new ArrayList<>();
        if (report instanceof SalesFunnelReport r) {
            List<List<String>> rows = new ArrayList<>();
            for (SalesFunnelReport.StageRow s : r.stages()) {
                rows.add(List.of(s.code(), s.stage().name(), String.valueOf(s.stage().probability()), n(s.activeCount()),
                        sum(s.activeAmount()), sum(s.weightedAmount()), n(s.reached()), dec(s.conversionToNext()), n(s.lostAt()),
                        dec(s.meanDaysInStage())));
            }
            out.add(new ReportTable("stages", "Sales funnel " + r.funnel() + ", " + r.from() + " – " + r.to(),
                    List.of("stage", "name", "probability", "activeCount", "activeAmount", "weightedAmount", "reached",
                            "conversionToNext", "lostAt", "meanDaysInStage"), rows));
            out.add(new ReportTable("totals", "Cohort", List.of("cohort", "won", "lost"),
                    List.of(List.of(n(r.cohort().size()), n(r.wonCount()), n(r.lostCount())))));
        } else if (report instanceof ManagerControl.FunnelDrilldown d) {
            SalesFunnelReport r = d.funnel();
            List<List<String>> rows = new ArrayList<>();
            for (SalesFunnelReport.StageRow s : r.stages()) {
                cells(rows, s.code(), "active", s.activeInterests());
                cells(rows, s.code(), "reached", s.reachedInterests());
                cells(rows, s.code(), "converted", s.convertedInterests());
                cells(rows, s.code(), "lostAt", s.lostAtInterests());
            }
            cells(rows, "", "won", r.won());
            cells(rows, "", "lost", r.lost());
            out.add(new ReportTable("cells", "Funnel drill-down " + r.funnel() + ", " + r.from() + " – " + r.to(),
                    List.of("stage", "cell", "interest"), rows));
        } else if (report instanceof Automotivator r) {
            List<List<String>> rows = new ArrayList<>();
            List<List<String>> totals = new ArrayList<>();
            for (Automotivator.ManagerRow m : r.managers()) {
                for (Automotivator.Day d : m.days()) {
                    rows.add(List.of(m.manager().value(), m.name(), d.date().toString(), String.valueOf(d.workingDay()),
                            n(d.planned()), n(d.earned()), n(m.norm()), dec(d.fulfilment())));
                }
                totals.add(List.of(m.manager().value(), m.name(), n(m.norm()), n(m.workingDays()), n(m.planned()),
                        n(m.earned()), n(m.normTotal()), dec(m.fulfilment()), dec(m.plannedStability()),
                        dec(m.earnedStability())));
            }
            out.add(new ReportTable("days", "Automotivator, " + r.from() + " – " + r.to(),
                    List.of("manager", "name", "date", "workingDay", "planned", "earned", "norm", "fulfilment"), rows));
            out.add(new ReportTable("managers", "Period totals", List.of("manager", "name", "norm", "workingDays", "planned",
                    "earned", "normTotal", "fulfilment", "plannedStability", "earnedStability"), totals));
        } else if (report instanceof TrafficLight r) {
            out.add(new ReportTable("clients", "Manager control: traffic light", List.of("client", "name", "manager", "colour",
                    "failed", "overdue"), r.clients().stream().map(c -> List.of(c.client().value(), c.name(),
                    c.manager().value(), c.colour().name(), String.join(" ", c.failed()), n(c.overdue()))).toList()));
            List<List<String>> managers = new ArrayList<>();
            r.managers().forEach(m -> managers.add(counts(m.manager().value(), m.name(), m.counts())));
            managers.add(counts("", "Total", r.totals()));
            out.add(new ReportTable("managers", "Per manager", List.of("manager", "name", "red", "yellow", "green"), managers));
            out.add(new ReportTable("departments", "Per department (with sub-departments)",
                    List.of("department", "name", "red", "yellow", "green"), r.departments().stream()
                    .map(d -> counts(d.department().value(), d.name(), d.counts())).toList()));
        } else if (report instanceof ManagerControl.Touches r) {
            List<List<String>> rows = new ArrayList<>(r.clients().stream().map(c -> List.of(c.client().value(), c.name(),
                    c.manager().value(), n(c.touches()))).toList());
            rows.add(List.of("", "Mean", "", dec(r.meanTouches())));
            out.add(new ReportTable("clients", "Touches per client, " + r.from() + " – " + r.to(),
                    List.of("client", "name", "manager", "touches"), rows));
        } else if (report instanceof ManagerControl.WarmClients r) {
            out.add(new ReportTable("clients", "Warm clients (" + r.warmDays() + " days)", List.of("client"),
                    r.clients().stream().map(c -> List.of(c.value())).toList()));
        } else if (report instanceof ManagerControl.Interactions r) {
            List<List<String>> rows = new ArrayList<>(r.managers().stream().map(m -> interactions(m.manager().value(), m)).toList());
            rows.add(interactions("Total", r.totals()));
            out.add(new ReportTable("managers", "Interactions, " + r.from() + " – " + r.to(), List.of("manager", "planned",
                    "completed", "cancelled", "overdue", "points", "completionRate"), rows));
        } else if (report instanceof ManagerControl.Interests r) {
            List<List<String>> rows = new ArrayList<>();
            for (ManagerControl.InterestRow m : r.managers()) {
                for (InterestStatus s : InterestStatus.values()) {
                    ManagerControl.StatusTally t = m.byStatus().get(s);
                    rows.add(List.of(m.manager().value(), s.name(), n(t.count()), sum(t.amount())));
                }
            }
            for (InterestStatus s : InterestStatus.values()) {
                ManagerControl.StatusTally t = r.totals().get(s);
                rows.add(List.of("Total", s.name(), n(t.count()), sum(t.amount())));
            }
            out.add(new ReportTable("managers", "Interests by status", List.of("manager", "status", "count", "amount"), rows));
        } else if (report instanceof ManagerControl.Clients r) {
            List<List<String>> rows = new ArrayList<>(r.managers().stream().map(m -> clients(m.manager().value(), m)).toList());
            rows.add(clients("Total", r.totals()));
            out.add(new ReportTable("managers", "Clients", List.of("manager", "clients", "warm", "withActiveInterest",
                    "withOverdue", "portraitFilled", "contactInfoFilled"), rows));
        } else if (report instanceof ManagerControl.ClientsAndInterests r) {
            out.add(new ReportTable("clients", "Clients and interests", List.of("client", "name", "manager", "active",
                    "suspended", "won", "lost", "activeAmount"), r.clients().stream().map(c -> List.of(c.client().value(),
                    c.name(), c.manager().value(), join(c.active()), join(c.suspended()), join(c.won()), join(c.lost()),
                    sum(c.activeAmount()))).toList()));
        } else if (report instanceof PriceList r) {
            List<List<String>> rows = new ArrayList<>();
            for (PriceList.Group g : r.groups()) {
                for (PriceList.Item i : g.items()) {
                    rows.add(List.of(g.group() == null ? "" : g.group().value(), g.name() == null ? "" : g.name(),
                            i.product().value(), i.name(), i.unit() == null ? "" : i.unit(), Ratios.money(i.price()), r.currency()));
                }
            }
            out.add(new ReportTable("items", "Price list " + r.priceTypeName() + " on " + r.date(),
                    List.of("group", "groupName", "product", "name", "unit", "price", "currency"), rows));
        } else if (report instanceof MyTasks r) {
            List<List<String>> rows = new ArrayList<>();
            tasks(rows, "overdue", r.overdue(), zone);
            tasks(rows, "today", r.today(), zone);
            tasks(rows, "upcoming", r.upcoming(), zone);
            out.add(new ReportTable("tasks", "My tasks of " + r.manager(), List.of("list", "interaction", "type",
                    "plannedStart", "plannedEnd", "client", "subject"), rows));
        } else if (report instanceof MySales r) {
            List<List<String>> rows = new ArrayList<>();
            for (MySales.Column c : r.stages()) {
                for (MySales.Card card : c.interests()) {
                    rows.add(List.of(c.stage().code(), card.interest().id().value(), card.interest().client().value(),
                            card.clientName(), card.interest().amount() == null ? "" : card.interest().amount().toString(),
                            card.next() == null ? "" : card.next().id().value()));
                }
            }
            out.add(new ReportTable("interests", "My sales of " + r.manager(), List.of("stage", "interest", "client",
                    "clientName", "amount", "nextInteraction"), rows));
            out.add(new ReportTable("withoutNextStep", "Without a next step", List.of("interest"),
                    r.withoutNextStep().stream().map(i -> List.of(i.value())).toList()));
        } else if (report instanceof CalendarView r) {
            List<List<String>> rows = new ArrayList<>();
            for (CalendarView.Day d : r.days()) {
                rows.add(List.of(d.date().toString(), String.valueOf(d.workingDay()),
                        d.interactions().stream().map(x -> x.id().value()).collect(Collectors.joining(" ")),
                        dec(Ratios.plain(d.hours().setScale(2, RoundingMode.HALF_UP))), n(d.points()),
                        d.overlaps().stream().map(p -> p.get(0) + "/" + p.get(1)).collect(Collectors.joining(" "))));
            }
            out.add(new ReportTable("days", "Calendar " + r.from() + " – " + r.to(), List.of("date", "workingDay",
                    "interactions", "hours", "points", "overlaps"), rows));
            List<List<String>> xs = new ArrayList<>();
            for (CalendarView.Day d : r.days()) {
                tasks(xs, d.date().toString(), d.interactions(), zone);
            }
            out.add(new ReportTable("interactions", "Interactions", List.of("date", "interaction", "type", "plannedStart",
                    "plannedEnd", "client", "subject"), xs));
        } else if (report instanceof ClientMatches r) {
            out.add(new ReportTable("matches", "Clients found", List.of("client", "name", "contact", "matchedBy",
                    "activeInterests"), r.matches().stream().map((ClientMatch m) -> List.of(m.client().value(), m.clientName(),
                    m.contact() == null ? "" : m.contact().value(), m.matchedBy().name(), join(m.activeInterests()))).toList()));
        } else {
            throw new InvalidInputException("report", report == null ? null : report.getClass().getName(), "is not a crmkit report");
        }
        return out;
    }

    private static void cells(List<List<String>> rows, String stage, String cell, Collection<?> ids) {
        for (Object id : ids) {
            rows.add(List.of(stage, cell, String.valueOf(id)));
        }
    }

    private static void tasks(List<List<String>> rows, String list, List<Interaction> xs, ZoneId zone) {
        for (Interaction x : xs) {
            rows.add(List.of(list, x.id().value(), x.type(), x.plannedStart().atZone(zone).toOffsetDateTime().toString(),
                    x.plannedEnd().atZone(zone).toOffsetDateTime().toString(), x.client().value(),
                    x.subject() == null ? "" : x.subject()));
        }
    }

    private static List<String> counts(String id, String name, TrafficLight.Counts c) {
        return List.of(id, name, n(c.red()), n(c.yellow()), n(c.green()));
    }

    private static List<String> interactions(String who, ManagerControl.InteractionRow m) {
        return List.of(who, n(m.planned()), n(m.completed()), n(m.cancelled()), n(m.overdue()), n(m.points()),
                dec(m.completionRate()));
    }

    private static List<String> clients(String who, ManagerControl.ClientsRow m) {
        return List.of(who, n(m.clients()), n(m.warm()), n(m.withActiveInterest()), n(m.withOverdue()),
                n(m.portraitFilled()), n(m.contactInfoFilled()));
    }

    static String n(long v) {
        return Long.toString(v);
    }

    static String dec(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    /** A money sum for people: {@code 450000.00 RUB; 10.00 USD}, empty for none. */
    static String sum(MoneySum s) {
        return s.rounded().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("; "));
    }

    private static String join(Collection<?> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
