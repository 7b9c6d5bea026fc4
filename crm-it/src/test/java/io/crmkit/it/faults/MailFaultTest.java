package io.crmkit.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.crmkit.Crm;
import io.crmkit.client.Client;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.it.support.FaultProxy;
import io.crmkit.it.support.MutableClock;
import io.crmkit.mail.Letter;
import io.crmkit.mail.LetterDraft;
import io.crmkit.mail.MailPoller;
import io.crmkit.mail.MailServerConfig;
import io.crmkit.mail.Mailbox;
import io.crmkit.mail.OutboxRelay;
import io.crmkit.mail.SmtpMailSender;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IMAP and SMTP connections of crm-mail cut by crm-it's TCP proxy (127.0.0.1) in front of
 * GreenMail at a chosen moment: in the middle of fetching a letter, and while a letter's body is
 * sent. Nothing is lost or doubled: the next poll records every letter once, and the relay's retry
 * delivers the letter exactly once.
 */
class MailFaultTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-13T09:00:00Z"), ZoneId.of("Europe/Moscow"));
    private GreenMail mail;
    private FaultProxy proxy;
    private Crm crm;
    private Client romashka;
    private final ManagerId anna = ManagerId.of("anna");

    @BeforeEach
    void setUp() {
        mail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.IMAP}));
        mail.start();
        crm = Crm.builder().storage(InMemoryStorage.create()).clock(clock).build();
        crm.org().addDepartment(DepartmentId.of("sales"), "Sales", null, 48);
        crm.org().addManager(anna, "Anna Petrova", "anna@crm.example", DepartmentId.of("sales"));
        romashka = crm.clients().create(NewClient.organization("Romashka", anna)
                .withContact(NewContact.of("Ivan", null, "ivan@romashka.example")));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        mail.stop();
    }

    private MailServerConfig via(int port, boolean login) {
        MailServerConfig.Builder b = MailServerConfig.builder("127.0.0.1", port).security(MailServerConfig.Security.NONE)
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10));
        return (login ? b.credentials("sales", "secret") : b).build();
    }

    @Test
    void anImapCutInTheMiddleOfALetterLosesAndDoublesNothing() throws Exception {
        GreenMailUser sales = mail.setUser("sales@crm.example", "sales", "secret");
        Session session = Session.getInstance(new Properties());
        for (int i = 1; i <= 6; i++) {
            String raw = "From: Ivan <ivan@romashka.example>\r\nTo: sales@crm.example\r\nSubject: Order " + i
                    + "\r\nMessage-ID: <order-" + i + "@romashka.example>\r\nDate: Fri, 13 Mar 2026 10:00:00 +0300\r\n"
                    + "Content-Type: text/plain\r\n\r\nPlease send " + i + " pallets.\r\n";
            sales.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
        }
        proxy = new FaultProxy("127.0.0.1", mail.getImap().getPort());
        MailPoller poller = MailPoller.builder(crm).mailbox(Mailbox.inbox("sales@crm.example", via(proxy.port(), true), anna)).build();
        proxy.cutWhen(FaultProxy.Direction.SERVER_TO_CLIENT, "Please send 4 pallets");
        var first = poller.poll();
        assertThat(proxy.cuts()).as("the connection was cut while letter 4 came in").isEqualTo(1);
        assertThat(first.complete()).as("the first poll reports that it did not finish").isFalse();
        var second = poller.poll();
        assertThat(second.complete()).isTrue();
        List<Letter> letters = crm.storage().letters().ofClient(romashka.id());
        assertThat(letters).extracting(Letter::messageId).as("every letter once").containsExactlyInAnyOrder(
                "<order-1@romashka.example>", "<order-2@romashka.example>", "<order-3@romashka.example>",
                "<order-4@romashka.example>", "<order-5@romashka.example>", "<order-6@romashka.example>");
        assertThat(crm.interactions().ofClient(romashka.id())).hasSize(6);
    }

    @Test
    void anSmtpCutWhileTheBodyIsSentIsRetriedAndDeliveredOnce() throws Exception {
        proxy = new FaultProxy("127.0.0.1", mail.getSmtp().getPort());
        OutboxRelay relay = OutboxRelay.builder(crm, SmtpMailSender.create(via(proxy.port(), false), clock))
                .backoff(Duration.ofMinutes(1), Duration.ofMinutes(10)).build();
        proxy.cutWhen(FaultProxy.Direction.CLIENT_TO_SERVER, "the price list you asked for");
        relay.queue(new LetterDraft("anna@crm.example", List.of("ivan@romashka.example"), List.of(), "Price list",
                "Here is the price list you asked for.", null, List.of(), romashka.id(), null, anna));
        assertThat(proxy.cuts()).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).as("nothing arrived from the cut attempt").isEmpty();
        assertThat(crm.mail().outbox()).singleElement().extracting(l -> l.status().name()).isEqualTo("PENDING");

        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        var report = relay.sendDue();
        assertThat(report.sent()).hasSize(1);
        mail.waitForIncomingEmail(10_000, 1);
        assertThat(mail.getReceivedMessages()).as("delivered exactly once").hasSize(1);
        assertThat(crm.mail().outbox()).singleElement().extracting(l -> l.status().name()).isEqualTo("SENT");
        assertThat(crm.interactions().ofClient(romashka.id())).as("recorded as one outgoing letter").hasSize(1);
    }
}
