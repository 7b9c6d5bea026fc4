package io.crmkit.reports.render;

import static io.crmkit.reports.golden.Fixture.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.InvalidStateException;
import io.crmkit.NotFoundException;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.InterestStatus;
import io.crmkit.mail.OutgoingLetter;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.CalendarIcs;
import io.crmkit.reports.PriceList;
import io.crmkit.reports.PriceListPdf;
import io.crmkit.reports.ReportCsv;
import io.crmkit.reports.ReportHtml;
import io.crmkit.reports.Reports;
import io.crmkit.reports.golden.Fixture;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV, HTML, PDF, iCalendar and e-mail of reports, on data with hostile and Cyrillic names. */
class RenderingTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String SCRIPT = "<script>alert('x')</script>";
    /** Names a spreadsheet would run. Tab and CR cannot start a name (the domain strips and rejects them): see neutralise. */
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+79001234567",
            "-2+3", "@SUM(A1:A9)");
    private Crm crm;
    private Reports reports;

    @BeforeEach
    void load() {
        Fixture f = new Fixture(InMemoryStorage.create(), CrmSettings.defaults(MOSCOW));
        f.department("sales", "Sales " + SCRIPT, null, 10).manager("m1", SCRIPT, "sales").manager("m2", "Борис", "sales");
        Map<String, String> full = Map.of("industry", "Retail", "size", "5", "region", "Tver", "source", "Web");
        for (int i = 0; i < HOSTILE.size(); i++) {
            f.client("h" + i, HOSTILE.get(i), "m1", full, contact("hp" + i, "Contact " + i, null, "c" + i + "@example.com"));
        }
        f.client("c1", SCRIPT, "m1", Map.of(), contact("p1", "Иван Иванов", "+7 912 345-67-89", "ivan@romashka.example"));
        f.client("c2", "Ромашка", "m2", full, contact("p2", "Ольга", null, null));
        f.interest("i1", "c1", "m1", "DEFAULT", "150000.00 RUB", InterestStatus.ACTIVE, null, "INQUIRY", "2026-03-02T10:00",
                "OFFER", "2026-03-05T10:00");
        f.interest("i2", "c2", "m2", "DEFAULT", "99.99 RUB", InterestStatus.WON, "2026-03-06T10:00", "INQUIRY", "2026-03-03T10:00");
        f.interaction("x1", "MEETING", "c1", "m1", "2026-03-12T10:00", "2026-03-12T11:00", InteractionStatus.COMPLETED, "2026-03-12T11:00");
        f.interaction("x2", "OUTGOING_CALL", "c1", "m1", "2026-03-13T10:00", "2026-03-13T10:30", InteractionStatus.PLANNED, null);
        f.interaction("x3", "OUTGOING_CALL", "c1", "m1", "2026-03-13T12:00", "2026-03-13T12:30", InteractionStatus.CANCELLED, null);
        f.interaction("x4", "INCOMING_CALL", "c2", "m1", "2026-03-13T09:00", "2026-03-13T09:00", InteractionStatus.COMPLETED, "2026-03-13T09:00");
        f.group("g1", "Программы", null).group("g2", "Лицензии " + SCRIPT, "g1");
        f.product("pr1", "Годовая подписка", "g2", "год").product("pr2", "Внедрение «под ключ»", "g1", "час")
                .product("pr3", "=cmd|' /C calc'!A0", "g1", "pcs");
        f.priceType("RETAIL", "Розница", "RUB").price("pr1", "RETAIL", "12000.00", "2026-01-01")
                .price("pr2", "RETAIL", "3500.5", "2026-01-01").price("pr3", "RETAIL", "1", "2026-01-01");
        crm = f.crmAt("2026-03-13T17:00");
        reports = Reports.of(crm);
    }

    @Test
    void csvNeutralisesEveryCellASpreadsheetWouldRun() throws Exception {
        String csv = ReportCsv.write(reports.trafficLight(Scope.company()), MOSCOW);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        List<String> names = rows.stream().map(r -> r.get("name")).toList();
        assertThat(names).contains("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+79001234567", "'-2+3", "'@SUM(A1:A9)",
                SCRIPT, "Ромашка");
        for (CSVRecord r : rows) {
            for (String cell : r) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(csv).startsWith("client,name,manager,colour,failed,overdue\r\n");
        String prices = ReportCsv.write(reports.priceList("RETAIL", LocalDate.parse("2026-03-13"), null, null), MOSCOW);
        assertThat(prices).contains("'=cmd|' /C calc'!A0").contains("Годовая подписка").contains("3500.50");
        assertThat(ReportCsv.neutralise("\tTabbed")).isEqualTo("'\tTabbed");
        assertThat(ReportCsv.neutralise("\rReturned")).isEqualTo("'\rReturned");
        assertThat(ReportCsv.neutralise("plain")).isEqualTo("plain");
        assertThat(ReportCsv.neutralise("")).isEmpty();
        // the hostile clients (portrait and contact filled, no interest) and c1 are RED for m1.
        assertThat(ReportCsv.write(reports.trafficLight(Scope.company()), MOSCOW, "managers"))
                .contains("m1,<script>alert('x')</script>,5,0,0\r\n").contains("m2,Борис,1,0,0\r\n");
        assertThatThrownBy(() -> ReportCsv.write(reports.trafficLight(Scope.company()), MOSCOW, "nope"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope");
    }

    @Test
    void everyReportHasACsvWithAHeader() {
        LocalDate from = LocalDate.parse("2026-03-01");
        LocalDate to = LocalDate.parse("2026-03-13");
        Scope all = Scope.company();
        for (Object report : List.of(reports.salesFunnel(all, from, to), reports.automotivator(all, from, to),
                reports.trafficLight(all), reports.touchesPerClient(all, from, to), reports.warmClients(all),
                reports.interactions(all, from, to), reports.interests(all), reports.clients(all),
                reports.clientsAndInterests(all), reports.funnelDrilldown(all, from, to, null),
                reports.priceList("RETAIL", to, null, null), reports.myTasks(ManagerId.of("m1")),
                reports.mySales(ManagerId.of("m1")), reports.calendar(ManagerId.of("m1"), from, to),
                reports.findClient(io.crmkit.inquiry.ClientSearch.byName("а"), all))) {
            String csv = ReportCsv.write(report, MOSCOW);
            assertThat(csv).as(report.getClass().getSimpleName()).contains("\r\n");
            String html = ReportHtml.render(report, MOSCOW);
            assertThat(Jsoup.parse(html).select("table").size()).as(report.getClass().getSimpleName()).isPositive();
            assertThat(html).doesNotContain("<script>");
        }
    }

    @Test
    void htmlEscapesEverythingAndDrawsTheCharts() {
        LocalDate from = LocalDate.parse("2026-03-01");
        LocalDate to = LocalDate.parse("2026-03-13");
        String light = ReportHtml.render(reports.trafficLight(Scope.company()), MOSCOW);
        assertThat(light).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        var doc = Jsoup.parse(light);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link, img, iframe")).isEmpty();
        assertThat(doc.select("style").html()).contains("@media print");
        Element svg = doc.selectFirst("svg");
        assertThat(svg).isNotNull();
        // m1's clients: the hostile ones (portrait filled, reachable, but no interest → RED) and c1 (RED: portrait).
        assertThat(svg.select("rect[fill=#d9534f]")).isNotEmpty();
        assertThat(svg.text()).contains(SCRIPT);
        assertThat(doc.select("td.RED")).isNotEmpty();

        String funnel = ReportHtml.render(reports.salesFunnel(Scope.company(), from, to), MOSCOW);
        assertThat(Jsoup.parse(funnel).select("svg polygon")).hasSize(5);
        String auto = ReportHtml.render(reports.automotivator(Scope.company(), from, to), MOSCOW);
        var autoDoc = Jsoup.parse(auto);
        assertThat(autoDoc.select("svg")).hasSize(2);
        assertThat(autoDoc.select("svg line")).hasSize(2);
        assertThat(auto).doesNotContain(SCRIPT);
        String prices = ReportHtml.render(reports.priceList("RETAIL", to, null, null), MOSCOW);
        assertThat(prices).contains("Годовая подписка").contains("Лицензии &lt;script&gt;").doesNotContain(SCRIPT);
    }

    @Test
    void thePdfPriceListPrintsRussianNamesWithAnEmbeddedFont() throws Exception {
        PriceList list = reports.priceList("RETAIL", LocalDate.parse("2026-03-13"), null, null);
        byte[] pdf = PriceListPdf.render(list);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Розница").contains("Программы").contains("Годовая подписка")
                    .contains("Внедрение «под ключ»").contains("12000.00").contains("3500.50").contains("год");
            boolean embedded = false;
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                embedded |= font.isEmbedded() && font.getName().contains("DejaVuSans");
            }
            assertThat(embedded).isTrue();
        }
        PriceList empty = reports.priceList("RETAIL", LocalDate.parse("2025-01-01"), null, null);
        try (PDDocument doc = Loader.loadPDF(PriceListPdf.render(empty))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("No products have a price on this date.");
        }
    }

    @Test
    void theCalendarExportsAsICalendarWithStableUids() throws Exception {
        var view = reports.calendar(ManagerId.of("m1"), LocalDate.parse("2026-03-12"), LocalDate.parse("2026-03-13"));
        String ics = CalendarIcs.export(view, crm.clock().instant(), "crm.example.com");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0").contains("UID:x1@crm.example.com")
                .contains("DTSTART:20260312T070000Z").contains("DTEND:20260312T080000Z").contains("DTSTAMP:20260313T140000Z")
                .doesNotContain("x3@");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly("x1@crm.example.com", "x4@crm.example.com", "x2@crm.example.com");
        // x4 was done without a plan: no DTEND.
        assertThat(events.get(1).getProperty("DTEND")).isEmpty();
        assertThat(events.get(0).getProperty("DTEND")).isPresent();
        assertThat(CalendarIcs.export(view, crm.clock().instant(), "crm.example.com")).isEqualTo(ics);
        assertThatThrownBy(() -> CalendarIcs.export(view, crm.clock().instant(), "bad domain"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("domain");
    }

    @Test
    void thePriceListGoesToTheClientThroughTheOutbox() {
        PriceList list = reports.priceList("RETAIL", LocalDate.parse("2026-03-13"), null, null);
        OutgoingLetter letter = reports.sendPriceList(list, ClientId.of("c1"), null, ManagerId.of("m1"));
        assertThat(crm.mail().outbox()).containsExactly(letter);
        assertThat(letter.to()).extracting(a -> a.email().value()).containsExactly("ivan@romashka.example");
        assertThat(letter.from().email().value()).isEqualTo("m1@example.com");
        assertThat(letter.subject()).isEqualTo("Price list: Розница, 2026-03-13");
        assertThat(letter.client()).isEqualTo(ClientId.of("c1"));
        assertThat(letter.attachments()).singleElement().satisfies(a -> {
            assertThat(a.declaredName()).isEqualTo("price-list-RETAIL-2026-03-13.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            byte[] content = crm.storage().attachments().content(a.id()).orElseThrow();
            assertThat(content.length).isEqualTo((int) a.size());
            assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
        // no address: nothing is queued.
        assertThatThrownBy(() -> reports.sendPriceList(list, ClientId.of("c2"), null, ManagerId.of("m2")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("c2");
        assertThatThrownBy(() -> reports.sendPriceList(list, ClientId.of("c1"), ContactId.of("p9"), ManagerId.of("m1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("p9");
        assertThatThrownBy(() -> reports.sendPriceList(list, ClientId.of("c404"), null, ManagerId.of("m1")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("c404");
        assertThatThrownBy(() -> reports.as(ManagerId.of("m2")).sendPriceList(list, ClientId.of("c1"), null, ManagerId.of("m2")))
                .isInstanceOf(io.crmkit.AccessDeniedException.class);
        assertThat(crm.mail().outbox()).hasSize(1);
    }
}
