package io.crmkit.mail;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.crmkit.Crm;
import io.crmkit.client.Client;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.interest.Interest;
import io.crmkit.interest.NewInterest;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.tx.IdGenerator;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * A real GreenMail server (SMTP and IMAP on free ports, in this JVM) and an in-memory CRM with a
 * sales department: Anna and Boris, and the client Romashka whose contact Ivan writes from
 * ivan@romashka.example.
 */
final class MailWorld implements AutoCloseable {
    static final Instant START = Instant.parse("2026-03-27T09:00:00Z");
    static final String PASSWORD = "s3cret-Pa55";

    final GreenMail mail;
    final MutableClock clock = new MutableClock(START, ZoneId.of("Europe/Moscow"));
    final Crm crm = Crm.builder().storage(InMemoryStorage.create()).clock(clock).ids(IdGenerator.sequential("t-")).build();
    final ManagerId anna = ManagerId.of("anna");
    final ManagerId boris = ManagerId.of("boris");
    final Client romashka;
    final Interest romashkaDeal;
    final GreenMailUser sales;
    final GreenMailUser info;
    private final Session parser = Session.getInstance(new Properties());

    MailWorld() {
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        sales = mail.setUser("sales@crm.example", "sales", PASSWORD);
        info = mail.setUser("info@crm.example", "info", PASSWORD);
        crm.org().addDepartment(DepartmentId.of("sales"), "Sales", null, null);
        crm.org().addManager(anna, "Anna Petrova", "anna@crm.example", DepartmentId.of("sales"));
        crm.org().addManager(boris, "Boris Orlov", "boris@crm.example", DepartmentId.of("sales"));
        Client c = crm.clients().create(NewClient.organization("Romashka LLC", boris));
        crm.clients().addContact(c.id(), NewContact.of("Ivan Ivanov", null, "Ivan@Romashka.example"));
        romashka = crm.clients().get(c.id());
        romashkaDeal = crm.interests().open(NewInterest.of(romashka.id()), boris);
    }

    int imapPort() {
        return mail.getImap().getPort();
    }

    int smtpPort() {
        return mail.getSmtp().getPort();
    }

    MailServerConfig imap(String login) {
        return imap(login, imapPort());
    }

    MailServerConfig imap(String login, int port) {
        return MailServerConfig.builder("127.0.0.1", port).security(MailServerConfig.Security.NONE)
                .credentials(login, PASSWORD).connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5))
                .build();
    }

    MailServerConfig smtp(int port) {
        return MailServerConfig.builder("127.0.0.1", port).security(MailServerConfig.Security.NONE)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5)).build();
    }

    Mailbox salesBox() {
        return Mailbox.inbox("sales@crm.example", imap("sales"), anna);
    }

    Mailbox infoBox() {
        return Mailbox.inbox("info@crm.example", imap("info"), anna);
    }

    MailPoller poller(Mailbox... boxes) {
        MailPoller.Builder b = MailPoller.builder(crm);
        for (Mailbox m : boxes) {
            b.mailbox(m);
        }
        return b.build();
    }

    /** Puts a raw message (RFC 5322 text, CRLF lines) into a user's INBOX. */
    void deliver(GreenMailUser to, String raw) {
        deliver(to, raw.getBytes(StandardCharsets.UTF_8));
    }

    void deliver(GreenMailUser to, byte[] raw) {
        to.deliver(parse(raw));
    }

    /** Appends a raw message to a user's folder. */
    void append(GreenMailUser to, String folder, String raw) throws Exception {
        MailFolder f = mail.getManagers().getImapHostManager().getFolder(to, folder);
        f.appendMessage(parse(raw.getBytes(StandardCharsets.UTF_8)), new Flags(), new Date(START.toEpochMilli()));
    }

    MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(parser, new ByteArrayInputStream(raw));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain UTF-8 letter. */
    static String letter(String from, String to, String subject, String messageId, String body) {
        return letter(from, to, subject, messageId, List.of(), body);
    }

    static String letter(String from, String to, String subject, String messageId, List<String> headers, String body) {
        StringBuilder b = new StringBuilder();
        b.append("From: ").append(from).append("\r\n");
        b.append("To: ").append(to).append("\r\n");
        b.append("Subject: ").append(subject).append("\r\n");
        b.append("Date: Fri, 27 Mar 2026 10:15:00 +0300\r\n");
        if (messageId != null) {
            b.append("Message-ID: ").append(messageId).append("\r\n");
        }
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        b.append("MIME-Version: 1.0\r\n");
        b.append("Content-Type: text/plain; charset=UTF-8\r\n");
        b.append("Content-Transfer-Encoding: 8bit\r\n\r\n");
        b.append(body).append("\r\n");
        return b.toString();
    }

    @Override
    public void close() {
        mail.stop();
    }
}
