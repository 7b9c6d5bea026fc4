package io.crmkit.examples.demo;

import io.crmkit.Crm;
import io.crmkit.agenda.MyTasks;
import io.crmkit.client.ClientId;
import io.crmkit.examples.cli.Storages;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.ClientMatch;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.jpa.JpaStorage;
import io.crmkit.money.Money;
import io.crmkit.org.Scope;
import io.crmkit.reports.Automotivator;
import io.crmkit.reports.PriceList;
import io.crmkit.reports.PriceListPdf;
import io.crmkit.reports.ReportHtml;
import io.crmkit.reports.ReportTable;
import io.crmkit.reports.Reports;
import io.crmkit.reports.SalesFunnelReport;
import io.crmkit.reports.TrafficLight;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo: the embedded database filled with a demo company, the story of the seed article played
 * on it, the main reports printed as tables and written as HTML, and the price list as PDF.
 * Running it again reuses the database (the story is played once); {@code --reset} starts over.
 */
public final class Demo {
    static final String CONFERENCE_KEY = "demo-story-conference";
    static final String SECOND_CALL_KEY = "demo-story-second-call";
    private static final String STORY_PHONE = "+7 921 555-01-23";

    private final PrintWriter out;
    private final Path dataDir;
    private final Path outDir;
    private final boolean reset;
    private final ZoneId zone;
    private final long seed;
    private final int clients;

    /**
     * @param dataDir the embedded database folder, or {@code null} for JpaStorage's default
     * @param outDir  where the HTML reports and the PDF go
     */
    public Demo(PrintWriter out, Path dataDir, Path outDir, boolean reset, ZoneId zone, long seed, int clients) {
        this.out = out;
        this.dataDir = dataDir;
        this.outDir = outDir;
        this.reset = reset;
        this.zone = zone;
        this.seed = seed;
        this.clients = clients;
    }

    /** Runs the demo; returns the exit status. */
    public int run() throws IOException {
        Path dir = dataDir != null ? dataDir
                : Path.of(System.getProperty(JpaStorage.DATA_DIR_PROPERTY, JpaStorage.DEFAULT_DATA_DIR));
        if (reset) {
            deleteDatabase(dir);
        }
        out.println("crmkit demo — embedded database in " + dir.toAbsolutePath());
        out.flush();
        try (Crm crm = Crm.builder().storage(Storages.embedded(dir)).clock(Clock.system(zone)).ids(DemoCompany.ids()).build()) {
            if (DemoCompany.present(crm)) {
                out.println("  reusing the demo company already in the database (--reset starts over)");
            } else {
                out.println("  demo company: seed " + seed + ", " + clients + " clients");
                Progress bar = new Progress(out, "writing the demo company", DemoCompany.estimate(clients));
                long n = DemoCompany.create(crm, seed, clients, bar::update);
                bar.done(n + " records");
            }
            story(crm);
            reports(crm);
        }
        out.flush();
        return 0;
    }

    static void deleteDatabase(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("crmkit.")).toList()) {
                Files.delete(f);
            }
        }
    }

    // ------------------------------------------------------------------ the story of the seed article

    private void story(Crm crm) {
        out.println();
        out.println("The story: a lead met at a conference");
        boolean played = crm.inquiries().findByKey(SECOND_CALL_KEY).isPresent();
        InquiryResult first = crm.inquiries().accept(InquiryRequest.builder(DemoCompany.ANNA, Channel.IN_PERSON)
                .key(CONFERENCE_KEY).name("Алексей Морозов").company("ООО «Северная звезда»").phone(STORY_PHONE)
                .email("a.morozov@severnaya-zvezda.example").note("Met at the CRM conference; wants a demo for 20 users").build());
        out.println("  1. Anna accepts the business card from the conference: client " + first.client()
                + (played ? " (accepted on an earlier run)" : first.newClient() ? " (new)" : "") + ", interest " + first.interest());
        List<ClientMatch> found = crm.inquiries().search(ClientSearch.byPhone("8 921 555 01 23"), Scope.company());
        out.println("  2. A week later he calls from 8 921 555 01 23: found by phone → "
                + (found.isEmpty() ? "nobody" : found.get(0).clientName() + " (" + found.get(0).matchedBy() + ")"));
        InquiryResult second = crm.inquiries().accept(InquiryRequest.builder(DemoCompany.ANNA, Channel.PHONE)
                .key(SECOND_CALL_KEY).phone("8 921 555 01 23").name("Алексей").note("Asks for an offer for 20 users").build());
        out.println("     the call is linked to the same client " + second.client() + " and interest " + second.interest());
        Interest interest = crm.interests().get(second.interest());
        if (!played) {
            crm.interests().setAmount(interest.id(), Money.of("198000.00", "RUB"), DemoCompany.ANNA);
            crm.interests().moveTo(interest.id(), "OFFER", DemoCompany.ANNA);
            crm.interests().moveTo(interest.id(), "AGREEMENT", DemoCompany.ANNA);
            interest = crm.interests().get(interest.id());
        }
        out.println("  3. The interest moves through the funnel: " + String.join(" → ",
                interest.history().stream().map(h -> h.stage()).toList()) + ", 198000.00 RUB");
        Interaction meeting = crm.interactions().ofClient(second.client()).stream()
                .filter(x -> x.type().equals("MEETING") && x.status() == InteractionStatus.PLANNED).findFirst().orElse(null);
        if (meeting == null) {
            LocalDate day = LocalDate.now(crm.clock()).plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            Instant start = day.atTime(LocalTime.of(11, 0)).atZone(zone).toInstant();
            meeting = crm.interactions().plan(new NewInteraction(null, "MEETING", second.client(), null, interest.id(),
                    DemoCompany.ANNA, "Demo of the CRM at Северная звезда", null, start, start.plusSeconds(5400), Importance.HIGH));
        }
        out.println("  4. A meeting is planned in the calendar: " + meeting.plannedStart().atZone(zone).toLocalDateTime()
                + " – " + meeting.plannedEnd().atZone(zone).toLocalTime());
        Reports reports = Reports.of(crm);
        PriceList prices = reports.priceList(DemoCompany.RETAIL, LocalDate.now(crm.clock()), List.of(), List.of());
        if (!played) {
            reports.sendPriceList(prices, second.client(), null, DemoCompany.ANNA);
        }
        out.println("  5. The price list (" + prices.items().size() + " products) is sent to a.morozov@severnaya-zvezda.example"
                + " as a PDF; it waits in the outbox for crm-mail's relay");
        if (played) {
            out.println("  (the story was played on an earlier run; its records are reused)");
        }
    }

    // ------------------------------------------------------------------ reports

    private void reports(Crm crm) throws IOException {
        Reports r = Reports.of(crm);
        LocalDate today = LocalDate.now(crm.clock());
        MyTasks tasks = r.myTasks(DemoCompany.ANNA);
        var sales = r.mySales(DemoCompany.ANNA);
        SalesFunnelReport funnel = r.salesFunnel(Scope.department(DemoCompany.SALES), today.minusDays(90), today);
        Automotivator motivator = r.automotivator(Scope.department(DemoCompany.SALES), today.withDayOfMonth(1), today);
        TrafficLight light = r.trafficLight(Scope.department(DemoCompany.SALES));
        var calendar = r.calendar(DemoCompany.ANNA, today, today.plusDays(6));
        PriceList prices = r.priceList(DemoCompany.RETAIL, today, List.of(), List.of());

        print("My tasks of Anna Petrova", tasks, "tasks", List.of("list", "plannedStart", "type", "subject"), 12);
        print("My sales of Anna Petrova", sales, "interests", List.of("stage", "interest", "clientName", "amount", "nextInteraction"), 15);
        print("Sales funnel, department Sales, last 90 days", funnel, "stages",
                List.of("name", "activeCount", "activeAmount", "weightedAmount", "reached", "conversionToNext", "lostAt", "meanDaysInStage"), 10);
        print("Automotivator, department Sales, " + today.withDayOfMonth(1) + " – " + today, motivator, "managers", List.of(), 20);
        print("Traffic light, department Sales, by manager", light, "managers", List.of(), 20);
        List<ReportTable> lightTables = ReportTable.of(light, zone);
        ReportTable clientsTable = lightTables.get(0);
        List<List<String>> red = clientsTable.rows().stream().filter(row -> row.contains("RED")).toList();
        TextTable.print(out, "Traffic light: red clients (" + red.size() + ")",
                new ReportTable(clientsTable.name(), clientsTable.title(), clientsTable.headers(), red), List.of(), 8);

        Files.createDirectories(outDir);
        Map<String, Object> pages = new java.util.LinkedHashMap<>();
        pages.put("my-tasks.html", tasks);
        pages.put("my-sales.html", sales);
        pages.put("sales-funnel.html", funnel);
        pages.put("automotivator.html", motivator);
        pages.put("traffic-light.html", light);
        pages.put("calendar.html", calendar);
        pages.put("price-list.html", prices);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Object> e : pages.entrySet()) {
            Path p = outDir.resolve(e.getKey());
            Files.writeString(p, ReportHtml.render(e.getValue(), zone), StandardCharsets.UTF_8);
            written.add(p);
        }
        Path pdf = outDir.resolve("price-list.pdf");
        Files.write(pdf, PriceListPdf.render(prices));
        written.add(pdf);
        out.println();
        out.println("Reports written:");
        written.forEach(p -> out.println("  " + p.toAbsolutePath()));
        out.println();
        out.println("Next: java -jar examples/target/crmkit.jar web   → http://127.0.0.1:8080/");
    }

    private void print(String title, Object report, String table, List<String> columns, int maxRows) {
        ReportTable t = ReportTable.of(report, zone).stream().filter(x -> x.name().equals(table)).findFirst()
                .orElseGet(() -> ReportTable.of(report, zone).get(0));
        TextTable.print(out, title, t, columns, maxRows);
    }

    /** For tests: the client the story creates. */
    static ClientId storyClient(Crm crm) {
        return crm.inquiries().findByKey(CONFERENCE_KEY).orElseThrow().result().client();
    }
}
