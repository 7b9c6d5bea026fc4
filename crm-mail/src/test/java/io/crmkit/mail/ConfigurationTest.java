package io.crmkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.org.ManagerId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Bad configuration gives typed exceptions naming the field; credentials never reach a log. */
class ConfigurationTest {
    private final MailWorld w = new MailWorld();

    @AfterEach
    void stop() {
        w.close();
    }

    private static MailServerConfig.Builder ok() {
        return MailServerConfig.builder("imap.example.com", 993).credentials("sales@example.com", "pw-123");
    }

    private static void refused(Supplier<?> build, String field) {
        assertThatThrownBy(build::get).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }

    @Test
    void serverConfigurationIsCheckedFieldByField() {
        refused(() -> MailServerConfig.builder(null, 993).build(), "mail.host");
        refused(() -> MailServerConfig.builder(" ", 993).build(), "mail.host");
        refused(() -> MailServerConfig.builder("imap.example.com\r\nX: y", 993).build(), "mail.host");
        refused(() -> MailServerConfig.builder("imap example com", 993).build(), "mail.host");
        refused(() -> MailServerConfig.builder("imap.example.com", 0).build(), "mail.port");
        refused(() -> MailServerConfig.builder("imap.example.com", 65536).build(), "mail.port");
        refused(() -> ok().security(null).build(), "mail.security");
        refused(() -> ok().credentials("sales@example.com", null).build(), "mail.password");
        refused(() -> ok().credentials("sales@example.com", "").build(), "mail.password");
        refused(() -> ok().credentials(null, "pw-123").build(), "mail.username");
        refused(() -> ok().credentials("sales\n@example.com", "pw-123").build(), "mail.username");
        refused(() -> ok().connectTimeout(Duration.ZERO).build(), "mail.connectTimeout");
        refused(() -> ok().connectTimeout(null).build(), "mail.connectTimeout");
        refused(() -> ok().readTimeout(Duration.ofSeconds(-1)).build(), "mail.readTimeout");
        refused(() -> ok().readTimeout(Duration.ofHours(1)).build(), "mail.readTimeout");
        assertThatThrownBy(() -> ok().credentials("u", "pw\u0000x").build()).isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("pw");
    }

    @Test
    void thePasswordIsNeverShown() {
        MailServerConfig c = ok().build();
        assertThat(c.toString()).contains("imap.example.com:993").contains("sales@example.com").doesNotContain("pw-123");
    }

    @Test
    void securityModesMapToRequiredTls() {
        Properties tls = ok().security(MailServerConfig.Security.TLS).build().sessionProperties("imap");
        assertThat(tls.getProperty("mail.imap.ssl.enable")).isEqualTo("true");
        assertThat(tls.getProperty("mail.imap.ssl.checkserveridentity")).isEqualTo("true");
        Properties starttls = ok().security(MailServerConfig.Security.STARTTLS).build().sessionProperties("smtp");
        assertThat(starttls.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(starttls.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        Properties none = ok().security(MailServerConfig.Security.NONE).connectTimeout(Duration.ofSeconds(3)).build()
                .sessionProperties("imap");
        assertThat(none.getProperty("mail.imap.ssl.enable")).isNull();
        assertThat(none.getProperty("mail.imap.connectiontimeout")).isEqualTo("3000");
        assertThat(none.values()).doesNotContain("pw-123");
    }

    @Test
    void mailboxesAreChecked() {
        MailServerConfig c = ok().build();
        refused(() -> new Mailbox(" ", c, List.of("INBOX"), w.anna), "mailbox.name");
        refused(() -> new Mailbox("sales", null, List.of("INBOX"), w.anna), "mailbox.server");
        refused(() -> new Mailbox("sales", c, List.of(), w.anna), "mailbox.folders");
        refused(() -> new Mailbox("sales", c, List.of("INBOX", "INBOX"), w.anna), "mailbox.folders");
        refused(() -> new Mailbox("sales", c, List.of("INBOX", "Bad\r\nFolder"), w.anna), "mailbox.folders[1]");
        refused(() -> new Mailbox("sales", c, List.of("INBOX"), null), "mailbox.manager");
    }

    @Test
    void pollerAndRelayBuildersAreChecked() {
        Mailbox box = w.salesBox();
        refused(() -> MailPoller.builder(w.crm).build(), "mailboxes");
        refused(() -> MailPoller.builder(w.crm).mailbox(box).mailbox(box).build(), "mailboxes[1].name");
        refused(() -> MailPoller.builder(w.crm).mailbox(box).batchSize(0).build(), "batchSize");
        refused(() -> MailPoller.builder(w.crm).mailbox(box).maxMessageBytes(10).build(), "maxMessageBytes");
        refused(() -> MailPoller.builder(w.crm).mailbox(box).listener(null).build(), "listener");
        assertThatThrownBy(() -> MailPoller.builder(w.crm)
                .mailbox(Mailbox.inbox("x", box.server(), ManagerId.of("ghost"))).build())
                .isInstanceOf(NotFoundException.class).hasMessageContaining("mailboxes[0].manager");

        MailSender sender = SmtpMailSender.create(w.smtp(w.smtpPort()), w.clock);
        refused(() -> SmtpMailSender.create(null, w.clock), "config");
        refused(() -> SmtpMailSender.create(w.smtp(w.smtpPort()), null), "clock");
        refused(() -> OutboxRelay.builder(w.crm, null).build(), "sender");
        refused(() -> OutboxRelay.builder(w.crm, sender).maxAttempts(0).build(), "maxAttempts");
        refused(() -> OutboxRelay.builder(w.crm, sender).backoff(Duration.ZERO, Duration.ofMinutes(1)).build(), "backoff");
        refused(() -> OutboxRelay.builder(w.crm, sender).backoff(Duration.ofMinutes(5), Duration.ofMinutes(1)).build(),
                "maxBackoff");
        refused(() -> OutboxRelay.builder(w.crm, sender).batchSize(0).build(), "batchSize");
        refused(() -> OutboxRelay.builder(w.crm, sender).afterCommitExecutor(null).build(), "afterCommitExecutor");
    }

    @Test
    void requiredTransportSecurityIsNeverSilentlyDroppedAgainstAPlainServer() {
        w.deliver(w.sales, MailWorld.letter("ivan@romashka.example", "sales@crm.example", "Hi", "<plain@r.example>", "x"));
        for (MailServerConfig.Security security : new MailServerConfig.Security[] {
                MailServerConfig.Security.STARTTLS, MailServerConfig.Security.TLS}) {
            MailServerConfig imap = MailServerConfig.builder("127.0.0.1", w.imapPort()).security(security)
                    .credentials("sales", MailWorld.PASSWORD).readTimeout(Duration.ofSeconds(3)).build();

            PollReport r = w.poller(Mailbox.inbox("sales@crm.example", imap, w.anna)).poll();

            assertThat(r.complete()).as(security + " against a plain IMAP server").isFalse();
        }
        assertThat(w.crm.storage().letters().findByMessageId("<plain@r.example>")).isEmpty();

        MailServerConfig smtp = MailServerConfig.builder("127.0.0.1", w.smtpPort())
                .security(MailServerConfig.Security.TLS).readTimeout(Duration.ofSeconds(3)).build();
        OutboxRelay relay = OutboxRelay.builder(w.crm, SmtpMailSender.create(smtp, w.clock)).build();
        w.crm.mail().queue(new LetterDraft("boris@crm.example", List.of("ivan@romashka.example"), List.of(), "Hi", "x",
                null, List.of(), null, null, null));
        int before = w.mail.getReceivedMessages().length;
        assertThat(relay.sendDue().retrying()).hasSize(1);
        assertThat(w.mail.getReceivedMessages()).hasSize(before);
    }

    @Test
    void aWrongPasswordIsReportedWithoutShowingAnyPassword() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        Logger crmkit = (Logger) LoggerFactory.getLogger("io.crmkit");
        ch.qos.logback.classic.Level was = crmkit.getLevel();
        crmkit.setLevel(ch.qos.logback.classic.Level.DEBUG);
        try {
            MailServerConfig wrong = MailServerConfig.builder("127.0.0.1", w.imapPort())
                    .security(MailServerConfig.Security.NONE).credentials("sales", "Wr0ng-Secret-42").build();
            w.deliver(w.sales, MailWorld.letter("ivan@romashka.example", "sales@crm.example", "Hi", "<hi@r.example>", "x"));

            PollReport bad = w.poller(Mailbox.inbox("sales@crm.example", wrong, w.anna)).poll();
            PollReport good = w.poller(w.salesBox()).poll();

            assertThat(bad.complete()).isFalse();
            assertThat(bad.folders().get(0).error()).doesNotContain("Wr0ng-Secret-42");
            assertThat(good.interactions()).isEqualTo(1);
            List<String> lines = new ArrayList<>();
            for (ILoggingEvent e : logs.list) {
                lines.add(e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()));
            }
            assertThat(lines).isNotEmpty();
            assertThat(lines).noneMatch(l -> l.contains("Wr0ng-Secret-42") || l.contains(MailWorld.PASSWORD));
        } finally {
            root.detachAppender(logs);
            crmkit.setLevel(was);
        }
    }
}
