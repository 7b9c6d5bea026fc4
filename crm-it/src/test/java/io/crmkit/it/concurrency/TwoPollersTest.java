package io.crmkit.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.crmkit.Crm;
import io.crmkit.Storage;
import io.crmkit.client.Client;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.it.support.ItDatabases;
import io.crmkit.jpa.JpaStorage;
import io.crmkit.mail.Letter;
import io.crmkit.mail.MailPoller;
import io.crmkit.mail.MailServerConfig;
import io.crmkit.mail.Mailbox;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two pollers (two processes' worth: separate {@code MailPoller} objects) poll the same GreenMail
 * mailbox at the same moments, round after round, while letters keep arriving: every letter is
 * recorded once, with one interaction of its client, on the in-memory and on the JPA (H2) storage.
 */
class TwoPollersTest {
    private static final int ROUNDS = 6;
    private static final int LETTERS_PER_ROUND = 5;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void twoPollersOnOneMailboxRecordEachLetterOnce(String kind) throws Exception {
        ItDatabases.Db db = kind.equals("h2") ? ItDatabases.create(ItDatabases.Kind.H2) : null;
        JpaStorage jpa = db == null ? null : ItDatabases.storage(db);
        Storage storage = jpa != null ? jpa : InMemoryStorage.create();
        GreenMail mail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAP}));
        mail.start();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            GreenMailUser sales = mail.setUser("sales@crm.example", "sales", "secret");
            Crm crm = Crm.builder().storage(storage).clock(Clock.fixed(Instant.parse("2026-03-13T09:00:00Z"), ZoneId.of("Europe/Moscow")))
                    .build();
            ManagerId anna = ManagerId.of("anna");
            crm.org().addDepartment(DepartmentId.of("sales"), "Sales", null, 48);
            crm.org().addManager(anna, "Anna Petrova", "anna@crm.example", DepartmentId.of("sales"));
            Client romashka = crm.clients().create(NewClient.organization("Romashka", anna)
                    .withContact(NewContact.of("Ivan", null, "ivan@romashka.example")));
            MailServerConfig imap = MailServerConfig.builder("127.0.0.1", mail.getImap().getPort())
                    .security(MailServerConfig.Security.NONE).credentials("sales", "secret")
                    .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10)).build();
            List<MailPoller> pollers = List.of(
                    MailPoller.builder(crm).mailbox(Mailbox.inbox("sales@crm.example", imap, anna)).build(),
                    MailPoller.builder(crm).mailbox(Mailbox.inbox("sales@crm.example", imap, anna)).build());
            Session session = Session.getInstance(new Properties());
            int delivered = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < LETTERS_PER_ROUND; k++) {
                    delivered++;
                    String raw = "From: Ivan <ivan@romashka.example>\r\nTo: sales@crm.example\r\nSubject: Order " + delivered
                            + "\r\nMessage-ID: <order-" + delivered + "@romashka.example>\r\nDate: Fri, 13 Mar 2026 10:00:00 +0300\r\n"
                            + "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease send " + delivered + " pallets.\r\n";
                    sales.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
                }
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> fs = new ArrayList<>();
                for (MailPoller p : pollers) {
                    fs.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return p.poll();
                    }));
                }
                for (Future<?> f : fs) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
            List<Letter> letters = crm.storage().letters().ofClient(romashka.id());
            assertThat(letters).as("%s: letters recorded", kind).hasSize(delivered);
            assertThat(letters.stream().map(Letter::messageId).distinct().count()).as("%s: each Message-ID once", kind).isEqualTo(delivered);
            assertThat(crm.interactions().ofClient(romashka.id())).as("%s: one interaction per letter", kind).hasSize(delivered);
        } finally {
            pool.shutdownNow();
            mail.stop();
            storage.close();
            if (db != null) {
                ItDatabases.drop(db);
            }
        }
    }
}
