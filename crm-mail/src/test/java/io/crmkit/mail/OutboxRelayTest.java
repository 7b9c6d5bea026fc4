package io.crmkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.crmkit.InvalidInputException;
import io.crmkit.catalog.InteractionType;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox relay against a real GreenMail SMTP server. */
class OutboxRelayTest {
    private final MailWorld w = new MailWorld();

    @AfterEach
    void stop() {
        w.close();
    }

    private LetterDraft draft(String subject) {
        return new LetterDraft("boris@crm.example", List.of("ivan@romashka.example"), List.of(), subject,
                "Hello Ivan,\nthe offer is attached.", null, List.of(), w.romashka.id(), w.romashkaDeal.id(), w.boris);
    }

    private OutboxRelay relay(int smtpPort) {
        return OutboxRelay.builder(w.crm, SmtpMailSender.create(w.smtp(smtpPort), w.clock))
                .backoff(Duration.ofMinutes(1), Duration.ofMinutes(30)).maxAttempts(5).build();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private List<Interaction> outgoing() {
        return w.crm.interactions().ofClient(w.romashka.id()).stream()
                .filter(x -> x.type().equals(InteractionType.OUTGOING_LETTER)).toList();
    }

    @Test
    void aQueuedLetterIsSentWithItsMessageIdAndRecordedAsAnOutgoingLetterInteraction() throws Exception {
        OutboxRelay relay = relay(w.smtpPort());
        OutgoingLetter queued = relay.queue(draft("Our offer"));

        assertThat(w.mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage got = w.mail.getReceivedMessages()[0];
        assertThat(got.getMessageID()).isEqualTo(queued.messageId());
        assertThat(got.getSubject()).isEqualTo("Our offer");
        assertThat(got.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("ivan@romashka.example");
        assertThat(w.crm.mail().outbox()).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(OutgoingLetter.Status.SENT);
            assertThat(l.sentAt()).isEqualTo(MailWorld.START);
        });
        Interaction x = outgoing().get(0);
        assertThat(x.status()).isEqualTo(InteractionStatus.COMPLETED);
        assertThat(x.interest()).isEqualTo(w.romashkaDeal.id());
        assertThat(x.contact()).isEqualTo(w.romashka.contacts().get(0).id());
        assertThat(x.subject()).isEqualTo("Our offer");
        Letter stored = w.crm.mail().letterOf(x.id()).orElseThrow();
        assertThat(stored.direction()).isEqualTo(LetterDirection.OUTGOING);
        assertThat(stored.messageId()).isEqualTo(queued.messageId());
        assertThat(relay.sendDue().sent()).as("sent once, not again").isEmpty();
    }

    @Test
    void smtpDownThenUpDeliversEachLetterExactlyOnce() throws Exception {
        int port = freePort();
        List<String> retried = new ArrayList<>();
        OutboxRelay relay = OutboxRelay.builder(w.crm, SmtpMailSender.create(w.smtp(port), w.clock))
                .backoff(Duration.ofMinutes(1), Duration.ofMinutes(30)).maxAttempts(5)
                .listener(new RelayListener() {
                    @Override
                    public void willRetry(OutgoingLetter letter) {
                        retried.add(letter.id());
                    }
                }).build();
        List<OutgoingLetter> queued = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            queued.add(w.crm.mail().queue(draft("Letter " + i)));
        }

        RelayReport down = relay.sendDue();
        assertThat(down.retrying()).hasSize(3);
        assertThat(retried).hasSize(3);
        assertThat(w.crm.mail().outbox()).allSatisfy(l -> {
            assertThat(l.status()).isEqualTo(OutgoingLetter.Status.PENDING);
            assertThat(l.attempts()).isEqualTo(1);
            assertThat(l.nextAttemptAt()).isEqualTo(MailWorld.START.plus(Duration.ofMinutes(1)));
            assertThat(l.lastError()).contains("127.0.0.1:" + port);
        });
        assertThat(relay.sendDue().retrying()).as("not due before the backoff").isEmpty();

        GreenMail up = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        up.start();
        try {
            w.clock.advance(Duration.ofMinutes(1));
            RelayReport r = relay.sendDue();
            assertThat(r.sent()).hasSize(3);
            w.clock.advance(Duration.ofHours(1));
            assertThat(relay.sendDue().sent()).isEmpty();

            assertThat(up.waitForIncomingEmail(5000, 3)).isTrue();
            MimeMessage[] got = up.getReceivedMessages();
            assertThat(got).hasSize(3);
            List<String> ids = new ArrayList<>();
            for (MimeMessage m : got) {
                ids.add(m.getMessageID());
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(queued.stream().map(OutgoingLetter::messageId).toList());
        } finally {
            up.stop();
        }
        assertThat(outgoing()).hasSize(3);
    }

    @Test
    void aLetterIsGivenUpAfterMaxAttemptsWithGrowingBackoffAndReported() throws Exception {
        int port = freePort();
        List<OutgoingLetter> gaveUp = new ArrayList<>();
        OutboxRelay relay = OutboxRelay.builder(w.crm, SmtpMailSender.create(w.smtp(port), w.clock))
                .backoff(Duration.ofMinutes(1), Duration.ofMinutes(3)).maxAttempts(4)
                .listener(new RelayListener() {
                    @Override
                    public void gaveUp(OutgoingLetter letter) {
                        gaveUp.add(letter);
                    }
                }).build();
        OutgoingLetter l = w.crm.mail().queue(draft("Doomed"));
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(relay.sendDue().retrying()).containsExactly(l.id());
            OutgoingLetter now = w.crm.storage().outbox().find(l.id()).orElseThrow();
            Duration wait = Duration.between(w.clock.instant(), now.nextAttemptAt());
            waits.add(wait);
            w.clock.advance(wait);
        }
        RelayReport last = relay.sendDue();

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3));
        assertThat(last.failed()).containsExactly(l.id());
        assertThat(gaveUp).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(OutgoingLetter.Status.FAILED);
            assertThat(g.attempts()).isEqualTo(4);
            assertThat(g.lastError()).isNotBlank();
        });
        w.clock.advance(Duration.ofDays(1));
        assertThat(relay.sendDue().sent()).isEmpty();
        assertThat(outgoing()).isEmpty();
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        OutboxRelay relay = relay(w.smtpPort());

        assertThatThrownBy(() -> w.crm.storage().transactions().run(() -> {
            relay.queue(draft("Never"));
            w.crm.interests().advance(w.romashkaDeal.id(), w.boris);
            throw new IllegalStateException("the business change fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(w.crm.mail().outbox()).isEmpty();
        assertThat(relay.sendDue().sent()).isEmpty();
        assertThat(w.mail.getReceivedMessages()).isEmpty();
        assertThat(outgoing()).isEmpty();
    }

    @Test
    void aCommittedTransactionSendsAfterCommitAndNotBefore() {
        OutboxRelay relay = relay(w.smtpPort());
        int[] receivedInside = {-1};

        w.crm.storage().transactions().run(() -> {
            relay.queue(draft("After commit"));
            w.crm.interests().advance(w.romashkaDeal.id(), w.boris);
            receivedInside[0] = w.mail.getReceivedMessages().length;
        });

        assertThat(receivedInside[0]).isZero();
        assertThat(w.mail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(w.mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aSubjectWithCrLfIsRefused() {
        OutboxRelay relay = relay(w.smtpPort());

        assertThatThrownBy(() -> relay.queue(draft("Offer\r\nBcc: everyone@evil.example")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("subject"));

        assertThat(w.crm.mail().outbox()).isEmpty();
        assertThat(w.mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAttachmentNameWithCrLfIsRefusedAndTheLetterFailsWithoutRetry() {
        AttachmentRef evil = w.crm.storage().attachments().store("offer.pdf\r\nBcc: everyone@evil.example",
                "application/pdf", new byte[] {1, 2, 3});
        OutboxRelay relay = relay(w.smtpPort());
        LetterDraft d = new LetterDraft("boris@crm.example", List.of("ivan@romashka.example"), List.of(), "Offer",
                "See attached.", null, List.of(evil), w.romashka.id(), null, w.boris);
        OutgoingLetter l = w.crm.mail().queue(d);

        RelayReport r = relay.sendDue();

        assertThat(r.failed()).containsExactly(l.id());
        OutgoingLetter after = w.crm.storage().outbox().find(l.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OutgoingLetter.Status.FAILED);
        assertThat(after.lastError()).contains("attachments[0].declaredName");
        assertThat(w.mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void badAddressesAreRefusedWithTheField() {
        LetterDraft d = new LetterDraft("boris@crm.example", List.of("ivan@romashka.example", "not-an-address"),
                List.of(), "Offer", "x", null, List.of(), null, null, null);
        assertThatThrownBy(() -> w.crm.mail().queue(d)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to[1]").hasMessageContaining("not-an-address");
        LetterDraft injected = new LetterDraft("boris@crm.example", List.of("ivan@romashka.example\r\nBcc: x@evil.example"),
                List.of(), "Offer", "x", null, List.of(), null, null, null);
        assertThatThrownBy(() -> w.crm.mail().queue(injected)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to[0]");
        assertThat(w.crm.mail().outbox()).isEmpty();
    }

    @Test
    void attachRefusesBadFilesWithTheField() {
        byte[] pdf = {1};
        assertThatThrownBy(() -> w.crm.mail().attach("a\r\nb.pdf", "application/pdf", pdf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attachment.name");
        assertThatThrownBy(() -> w.crm.mail().attach(" ", "application/pdf", pdf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attachment.name");
        assertThatThrownBy(() -> w.crm.mail().attach("a.pdf", "application/pdf\r\nX: y", pdf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attachment.contentType");
        assertThatThrownBy(() -> w.crm.mail().attach("a.pdf", null, pdf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attachment.contentType");
        assertThatThrownBy(() -> w.crm.mail().attach("a.pdf", "application/pdf", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attachment.content");
        assertThatThrownBy(() -> w.crm.mail().attach("a.pdf", "application/pdf", new byte[io.crmkit.mail.MailService.MAX_ATTACHMENT_BYTES + 1]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attachment.content");
    }

    @Test
    void htmlLettersWithAttachmentsArriveWhole() throws Exception {
        AttachmentRef price = w.crm.mail().attach("Прайс-лист.pdf", "application/pdf",
                "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII));
        OutboxRelay relay = relay(w.smtpPort());
        relay.queue(new LetterDraft("boris@crm.example", List.of("ivan@romashka.example"), List.of("anna@crm.example"),
                "Прайс-лист", "Цены во вложении.", "<p>Цены во <b>вложении</b>.</p>", List.of(price), w.romashka.id(),
                null, null));

        assertThat(w.mail.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage m = w.mail.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("Прайс-лист");
        jakarta.mail.Multipart mixed = (jakarta.mail.Multipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(1).getFileName()).isNotNull();
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(mixed.getBodyPart(1).getFileName())).isEqualTo("Прайс-лист.pdf");
        assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes())
                .isEqualTo("%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.CC)).map(Object::toString)).containsExactly("anna@crm.example");
    }
}
