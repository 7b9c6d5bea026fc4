package io.crmkit.reports.render;

import static io.crmkit.reports.golden.Fixture.contact;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.crmkit.Crm;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.ClientId;
import io.crmkit.mail.MailServerConfig;
import io.crmkit.mail.OutboxRelay;
import io.crmkit.mail.RelayReport;
import io.crmkit.mail.SmtpMailSender;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.ManagerId;
import io.crmkit.reports.PriceList;
import io.crmkit.reports.Reports;
import io.crmkit.reports.golden.Fixture;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The price list leaves through crm-mail's outbox relay and arrives at a real SMTP server (GreenMail) as a PDF attachment. */
class PriceListMailEndToEndTest {
    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void theClientReceivesThePdf() throws Exception {
        Fixture f = new Fixture(InMemoryStorage.create(), CrmSettings.defaults(ZoneId.of("Europe/Moscow")));
        f.department("sales", "Sales", null, 48).manager("m1", "Anna", "sales");
        f.client("c1", "Ромашка", "m1", Map.of(), contact("p1", "Иван", null, "ivan@romashka.example"));
        f.group("g1", "Программы", null).product("pr1", "Годовая подписка", "g1", "год").priceType("RETAIL", "Розница", "RUB")
                .price("pr1", "RETAIL", "12000", "2026-01-01");
        Crm crm = f.crmAt("2026-03-13T12:00");
        Reports reports = Reports.of(crm);
        PriceList list = reports.priceList("RETAIL", LocalDate.parse("2026-03-13"), null, null);
        reports.sendPriceList(list, ClientId.of("c1"), null, ManagerId.of("m1"));

        MailServerConfig config = MailServerConfig.builder("127.0.0.1", smtp.getSmtp().getPort())
                .security(MailServerConfig.Security.NONE).build();
        OutboxRelay relay = OutboxRelay.builder(crm, SmtpMailSender.create(config, crm.clock())).build();
        RelayReport report = relay.sendDue();
        assertThat(report.sent()).hasSize(1);

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage got = smtp.getReceivedMessages()[0];
        assertThat(got.getAllRecipients()[0].toString()).isEqualTo("ivan@romashka.example");
        assertThat(got.getSubject()).isEqualTo("Price list: Розница, 2026-03-13");
        Multipart parts = (Multipart) got.getContent();
        BodyPart pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("application/pdf")) {
                pdf = parts.getBodyPart(i);
            }
        }
        assertThat(pdf).isNotNull();
        assertThat(pdf.getFileName()).isEqualTo("price-list-RETAIL-2026-03-13.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Годовая подписка").contains("12000.00");
        }
    }
}
