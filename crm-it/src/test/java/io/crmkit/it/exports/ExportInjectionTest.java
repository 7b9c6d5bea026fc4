package io.crmkit.it.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.crmkit.Crm;
import io.crmkit.agenda.CalendarView;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.examples.web.WebApp;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.NewInterest;
import io.crmkit.mail.LetterDraft;
import io.crmkit.mail.MailServerConfig;
import io.crmkit.mail.OutboxRelay;
import io.crmkit.mail.SmtpMailSender;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.money.Money;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.reports.ReportCsv;
import io.crmkit.reports.ReportHtml;
import io.crmkit.reports.ReportTable;
import io.crmkit.reports.Reports;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile values in every field a report, the web API or a letter shows: spreadsheet formulas in
 * every CSV export, markup and script in every HTML report and in the web page's API responses,
 * and SMTP smuggling in an outgoing letter. Each export keeps them as inert text.
 */
class ExportInjectionTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final Instant NOW = Instant.parse("2026-03-13T14:00:00Z");
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "=1+2");
    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>",
            "</td></tr></table><iframe src=javascript:alert(3)>", "<svg onload=alert(4)>", "<a href=\"javascript:alert(5)\">x</a>");

    private Crm crm;
    private final List<String> hostile = new ArrayList<>();

    @BeforeEach
    void setUp() {
        crm = Crm.builder().storage(InMemoryStorage.create()).clock(Clock.fixed(NOW, ZONE)).build();
        hostile.clear();
        hostile.addAll(FORMULAS);
        hostile.addAll(MARKUP);
        crm.org().addDepartment(DepartmentId.of("sales"), hostile.get(5), null, 10);
        for (int i = 0; i < hostile.size(); i++) {
            String h = hostile.get(i);
            ManagerId m = ManagerId.of("m" + i);
            crm.org().addManager(m, h, null, DepartmentId.of("sales"));
            ClientId c = crm.clients().create(new NewClient(ClientId.of("c" + i), ClientKind.ORGANIZATION, h, m,
                    Map.of("industry", h, "size", "1", "region", h, "source", h), List.of(new NewContact(null, h, h,
                    List.of("+7 912 000-00-" + (10 + i)), List.of())), NOW.minusSeconds(86_400L * 3))).id();
            var interest = crm.interests().open(NewInterest.of(c).withAmount(Money.of("1000.00", "RUB")).withSource(h), m);
            crm.interactions().plan(NewInteraction.of("MEETING", c, NOW.plusSeconds(3600), NOW.plusSeconds(7200))
                    .forInterest(interest.id()).withSubject(h).withDescription(h));
            crm.interactions().recordDone("OUTGOING_CALL", c, null, null, m, h, h, null);
        }
        crm.org().setHead(DepartmentId.of("sales"), ManagerId.of("m0"));
        crm.products().savePriceType(new PriceType("RETAIL", hostile.get(6), java.util.Currency.getInstance("RUB")));
        for (int i = 0; i < hostile.size(); i++) {
            crm.products().saveGroup(new ProductGroup(ProductGroupId.of("g" + i), hostile.get(i), null));
            crm.products().saveProduct(new Product(ProductId.of("p" + i), hostile.get(i), ProductGroupId.of("g" + i), hostile.get(i)));
            crm.products().setPrice(ProductId.of("p" + i), "RETAIL", new BigDecimal("10.00"), LocalDate.of(2026, 1, 1));
        }
    }

    private List<Object> everyReport() {
        Reports r = Reports.of(crm);
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        Scope all = Scope.company();
        List<Object> out = new ArrayList<>(List.of(r.salesFunnel(all, from, to), r.automotivator(all, from, to), r.trafficLight(all),
                r.touchesPerClient(all, from, to), r.warmClients(all), r.interactions(all, from, to), r.interests(all),
                r.clients(all), r.clientsAndInterests(all), r.funnelDrilldown(all, from, to, null),
                r.priceList("RETAIL", LocalDate.of(2026, 3, 13), null, null), r.myTasks(ManagerId.of("m1")),
                r.mySales(ManagerId.of("m1")), r.findClient(ClientSearch.byName("a"), all)));
        CalendarView cal = r.calendar(Scope.company(), LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14));
        out.add(cal);
        return out;
    }

    @Test
    void everyCsvExportNeutralisesFormulas() throws Exception {
        int cells = 0;
        int hostileCells = 0;
        for (Object report : everyReport()) {
            for (ReportTable table : ReportTable.of(report, ZONE)) {
                String csv = ReportCsv.write(table);
                try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
                    for (CSVRecord row : p) {
                        for (String cell : row) {
                            cells++;
                            assertThat(cell.isEmpty() ? ' ' : cell.charAt(0)).as("%s table %s: cell %s starts a formula",
                                    report.getClass().getSimpleName(), table.name(), cell).isNotIn('=', '+', '-', '@', '\t', '\r');
                            for (String f : FORMULAS) {
                                if (cell.equals("'" + f)) {
                                    hostileCells++;
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("CSV exports: %d cells checked, %d hostile formulas kept as text%n", cells, hostileCells);
        assertThat(hostileCells).as("hostile values reached the CSV exports (as neutralised text)").isGreaterThan(FORMULAS.size());
    }

    @Test
    void everyHtmlReportKeepsMarkupAsText() {
        int seen = 0;
        for (Object report : everyReport()) {
            String html = ReportHtml.render(report, ZONE);
            String what = report.getClass().getSimpleName();
            Document d = Jsoup.parse(html);
            assertThat(d.select("script, img, iframe, svg[onload], object, embed")).as("%s: injected elements", what)
                    .allSatisfy(e -> assertThat(e.tagName()).as("only crmkit's own inline SVG charts").isEqualTo("svg"));
            d.getAllElements().forEach(e -> e.attributes().forEach(a -> {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("%s: attribute on <%s>", what, e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue().toLowerCase(Locale.ROOT).strip()).as("%s: attribute %s", what, a.getKey()).doesNotStartWith("javascript:");
            }));
            for (String m : MARKUP) {
                if (d.text().contains(m)) {
                    seen++;
                }
            }
        }
        assertThat(seen).as("hostile markup reached the HTML reports as visible text").isPositive();
    }

    @Test
    void theWebApiAnswersJsonSoThePageNeverReadsMarkup() throws Exception {
        try (WebApp web = WebApp.start(crm, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/api/traffic-light?scope=company", "/api/managers", "/api/departments",
                    "/api/clients/search?q=" + URLEncoder.encode("script", StandardCharsets.UTF_8), "/api/clients/c5",
                    "/api/my-tasks?manager=m5", "/api/my-sales?manager=m5", "/api/clients/" + URLEncoder.encode("<script>", StandardCharsets.UTF_8))) {
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(res.headers().firstValue("Content-Type").orElse("")).as("Content-Type of %s", path).startsWith("application/json");
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(res.body());
            }
        }
    }

    @Test
    void anOutgoingLetterCannotSmuggleHeadersOrASecondMessage() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP}));
        smtp.start();
        try {
            MailServerConfig config = MailServerConfig.builder("127.0.0.1", smtp.getSmtp().getPort())
                    .security(MailServerConfig.Security.NONE).build();
            OutboxRelay relay = OutboxRelay.builder(crm, SmtpMailSender.create(config, crm.clock())).build();
            String smuggled = "Offer attached.\r\n.\r\nMAIL FROM:<boss@example.com>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\n"
                    + "Subject: smuggled\r\n\r\nsecond\r\n.\r\n\n.\nlast line";
            relay.queue(new LetterDraft("anna@example.com", List.of("ivan@romashka.example"), List.of(),
                    "Offer " + MARKUP.get(0) + " =?utf-8?B?QmNjOiB4QHkuZXhhbXBsZQ==?=", smuggled, null, List.of(),
                    ClientId.of("c1"), null, ManagerId.of("m1")));
            var report = relay.sendDue();
            assertThat(crm.mail().outbox()).as("outbox after sending: %s", report)
                    .allSatisfy(l -> assertThat(l.status().name()).as("%s", l).isEqualTo("SENT"));
            smtp.waitForIncomingEmail(10_000, 1);
            MimeMessage[] got = smtp.getReceivedMessages();
            assertThat(got).as("exactly one message arrived").hasSize(1);
            assertThat(got[0].getAllRecipients()).extracting(Object::toString).containsExactly("ivan@romashka.example");
            assertThat(got[0].getHeader("Bcc")).isNull();
            assertThat(Collections.list(got[0].getAllHeaderLines())).noneMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("subject: smuggled"));
            assertThat(got[0].getSubject()).startsWith("Offer <script>");
            String body = String.valueOf(got[0].getContent()).replace("\r\n", "\n");
            assertThat(body).as("the body arrives whole, dot lines included").contains("RCPT TO:<victim@example.com>").contains("last line");
            assertThat(smtp.getReceivedMessagesForDomain("example.com")).isEmpty();
        } finally {
            smtp.stop();
        }
    }
}
