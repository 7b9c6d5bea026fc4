package io.crmkit.mail;

import static io.crmkit.mail.MailWorld.letter;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.catalog.InteractionType;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The IMAP poller against a real GreenMail server: exactly-once recording and linking. */
class MailPollerTest {
    private final MailWorld w = new MailWorld();

    @AfterEach
    void stop() {
        w.close();
    }

    private List<Interaction> romashkaLetters() {
        return w.crm.interactions().ofClient(w.romashka.id()).stream()
                .filter(x -> x.type().equals(InteractionType.INCOMING_LETTER)).toList();
    }

    @Test
    void repollingThreeTimesRecordsEachLetterOnce() throws Exception {
        for (int i = 1; i <= 3; i++) {
            w.deliver(w.sales, letter("Ivan Ivanov <ivan@romashka.example>", "sales@crm.example", "Order " + i,
                    "<order-" + i + "@romashka.example>", "Please send " + i + " pallets."));
        }
        MailPoller poller = w.poller(w.salesBox());

        PollReport first = poller.poll();
        PollReport second = poller.poll();
        PollReport third = poller.poll();

        assertThat(first.complete()).isTrue();
        assertThat(first.interactions()).isEqualTo(3);
        assertThat(second.recorded() + third.recorded()).isZero();
        assertThat(second.duplicates() + third.duplicates()).isZero();
        assertThat(romashkaLetters()).hasSize(3);
        assertThat(w.crm.storage().letters().ofClient(w.romashka.id())).extracting(Letter::messageId)
                .containsExactlyInAnyOrder("<order-1@romashka.example>", "<order-2@romashka.example>",
                        "<order-3@romashka.example>");
        assertThat(w.crm.storage().letters().checkpoint("sales@crm.example", "INBOX")).get()
                .extracting(MailCheckpoint::lastUid).isEqualTo(3L);
        assertThat(w.mail.getManagers().getImapHostManager().getInbox(w.sales).getMessages())
                .as("read-only: crmkit leaves the letters unread on the server")
                .noneMatch(m -> m.isSet(jakarta.mail.Flags.Flag.SEEN));
    }

    @Test
    void skippingExistingLettersOnTheFirstPollReadsOnlyWhatArrivesAfterIt() {
        w.deliver(w.sales, letter("old@unknown.example", "sales@crm.example", "Old", "<old@unknown.example>", "2019"));
        MailPoller poller = MailPoller.builder(w.crm).mailbox(w.salesBox()).skipExistingOnFirstPoll().build();

        PollReport first = poller.poll();
        w.deliver(w.sales, letter("new@unknown.example", "sales@crm.example", "New", "<new@unknown.example>", "today"));
        PollReport second = poller.poll();

        assertThat(first.recorded()).isZero();
        assertThat(second.inquiries()).isEqualTo(1);
        assertThat(w.crm.agenda().myTasks(w.anna).pendingInquiries()).extracting(Inquiry::email)
                .containsExactly("new@unknown.example");
    }

    @Test
    void aKnownContactsLetterBecomesACompletedInteractionOfItsClient() {
        w.deliver(w.sales, letter("\"Ivan Ivanov\" <IVAN@romashka.example>", "sales@crm.example", "Price request",
                "<price@romashka.example>", "How much for 10 units?"));

        w.poller(w.salesBox()).poll();

        List<Interaction> xs = romashkaLetters();
        assertThat(xs).hasSize(1);
        Interaction x = xs.get(0);
        assertThat(x.status()).isEqualTo(InteractionStatus.COMPLETED);
        assertThat(x.manager()).isEqualTo(w.boris);
        assertThat(x.subject()).isEqualTo("Price request");
        assertThat(x.contact()).isEqualTo(w.romashka.contacts().get(0).id());
        assertThat(x.interest()).isEqualTo(w.romashkaDeal.id());
        assertThat(x.completedAt()).isEqualTo(Instant.parse("2026-03-27T07:15:00Z"));
        Letter l = w.crm.mail().letterOf(x.id()).orElseThrow();
        assertThat(l.text()).contains("How much for 10 units?");
        assertThat(l.client()).isEqualTo(w.romashka.id());
        assertThat(l.from().name()).isEqualTo("Ivan Ivanov");
        assertThat(w.crm.inquiries().pending(io.crmkit.org.Scope.company())).isEmpty();
    }

    @Test
    void twoMailboxesReceivingTheSameLetterGiveOneInteraction() throws Exception {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(w.smtpPort()));
        Session s = Session.getInstance(p);
        MimeMessage m = new MimeMessage(s);
        m.setFrom(new InternetAddress("ivan@romashka.example", "Ivan Ivanov"));
        m.setRecipients(Message.RecipientType.TO, "sales@crm.example, info@crm.example");
        m.setSubject("Both of you");
        m.setText("Written once, delivered twice.", "UTF-8");
        Transport.send(m);
        assertThat(w.mail.waitForIncomingEmail(5000, 2)).isTrue();

        PollReport r = w.poller(w.salesBox(), w.infoBox()).poll();

        assertThat(r.interactions()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(romashkaLetters()).hasSize(1);
        assertThat(w.crm.storage().letters().checkpoint("info@crm.example", "INBOX")).get()
                .extracting(MailCheckpoint::lastUid).isEqualTo(1L);
    }

    @Test
    void lettersWithoutMessageIdInTwoMailboxesAreRecordedOnceByContentHash() {
        String raw = letter("someone@unknown.example", "sales@crm.example, info@crm.example", "No id here", null,
                "A letter from an old mailer.");
        w.deliver(w.sales, raw);
        w.deliver(w.info, raw);

        PollReport r = w.poller(w.salesBox(), w.infoBox()).poll();

        assertThat(r.inquiries()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(1);
        Inquiry q = w.crm.inquiries().pending(io.crmkit.org.Scope.company()).get(0);
        assertThat(w.crm.mail().letter(q.letter()).messageId()).matches("<[0-9a-f]{64}@hash\\.crmkit>");
    }

    @Test
    void aUidValidityChangeGivesNoDuplicates() throws Exception {
        w.mail.getManagers().getImapHostManager().createMailbox(w.sales, "Orders");
        for (int i = 1; i <= 3; i++) {
            w.append(w.sales, "Orders", letter("ivan@romashka.example", "sales@crm.example", "Order " + i,
                    "<o-" + i + "@romashka.example>", "Body " + i));
        }
        Mailbox box = new Mailbox("sales@crm.example", w.imap("sales"), List.of("INBOX", "Orders"), w.anna);
        MailPoller poller = w.poller(box);
        assertThat(poller.poll().interactions()).isEqualTo(3);
        long before = w.crm.storage().letters().checkpoint("sales@crm.example", "Orders").orElseThrow().uidValidity();

        // The server rebuilds the folder: a new UIDVALIDITY (GreenMail uses the second it was made),
        // UIDs restart at 1, and the old letters come back with one new letter.
        w.mail.getManagers().getImapHostManager().deleteMailbox(w.sales, "Orders");
        while (System.currentTimeMillis() / 1000 <= before) {
            Thread.sleep(20);
        }
        w.mail.getManagers().getImapHostManager().createMailbox(w.sales, "Orders");
        for (int i = 1; i <= 4; i++) {
            w.append(w.sales, "Orders", letter("ivan@romashka.example", "sales@crm.example", "Order " + i,
                    "<o-" + i + "@romashka.example>", "Body " + i));
        }

        PollReport r = poller.poll();

        MailCheckpoint after = w.crm.storage().letters().checkpoint("sales@crm.example", "Orders").orElseThrow();
        assertThat(after.uidValidity()).isNotEqualTo(before);
        assertThat(after.lastUid()).isEqualTo(4L);
        assertThat(r.interactions()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(3);
        assertThat(romashkaLetters()).hasSize(4);
    }

    @Test
    void theServerDroppingTheConnectionMidBatchLosesNothing() throws Exception {
        for (int i = 1; i <= 6; i++) {
            w.deliver(w.sales, letter("ivan@romashka.example", "sales@crm.example", "Part " + i,
                    "<part-" + i + "@romashka.example>", "Body " + i));
        }
        try (CuttableProxy proxy = new CuttableProxy(w.imapPort())) {
            AtomicInteger seen = new AtomicInteger();
            MailPoller poller = MailPoller.builder(w.crm)
                    .mailbox(Mailbox.inbox("sales@crm.example", w.imap("sales", proxy.port()), w.anna))
                    .listener(new PollListener() {
                        @Override
                        public void recorded(Letter letter) {
                            if (seen.incrementAndGet() == 2) {
                                proxy.cut();
                            }
                        }
                    })
                    .build();

            PollReport cut = poller.poll();
            assertThat(cut.complete()).isFalse();
            assertThat(cut.folders().get(0).error()).isNotBlank();
            assertThat(cut.interactions()).isEqualTo(2);
            assertThat(romashkaLetters()).hasSize(2);

            PollReport resumed = poller.poll();
            assertThat(resumed.complete()).isTrue();
            assertThat(resumed.interactions()).isEqualTo(4);
            assertThat(resumed.duplicates()).isZero();
        }
        assertThat(romashkaLetters()).extracting(Interaction::subject)
                .containsExactlyInAnyOrder("Part 1", "Part 2", "Part 3", "Part 4", "Part 5", "Part 6");
    }

    @Test
    void aReplyJoinsTheThreadAndItsInterest() {
        var second = w.crm.interests().open(io.crmkit.interest.NewInterest.of(w.romashka.id()), w.boris);
        w.deliver(w.sales, letter("ivan@romashka.example", "sales@crm.example", "Spare parts",
                "<thread-1@romashka.example>", "Start of the thread."));
        MailPoller poller = w.poller(w.salesBox());
        poller.poll();
        Interaction first = romashkaLetters().get(0);
        assertThat(first.interest()).as("two active interests: the first letter is not guessed into one").isNull();
        Interaction linked = w.crm.storage().interactions().save(first.linkTo(second.id()));
        assertThat(linked.interest()).isEqualTo(second.id());

        w.deliver(w.sales, letter("ivan@romashka.example", "sales@crm.example", "Re: Spare parts",
                "<thread-2@romashka.example>", List.of("In-Reply-To: <thread-1@romashka.example>",
                        "References: <thread-1@romashka.example>"), "Following up."));
        poller.poll();

        Interaction reply = romashkaLetters().stream().filter(x -> x.subject().equals("Re: Spare parts")).findFirst().orElseThrow();
        assertThat(reply.interest()).isEqualTo(second.id());
        assertThat(w.crm.mail().letterOf(reply.id()).orElseThrow().references()).containsExactly("<thread-1@romashka.example>");
    }

    @Test
    void aReplyToALetterSentFromTheOutboxJoinsThatLettersInterest() {
        var second = w.crm.interests().open(io.crmkit.interest.NewInterest.of(w.romashka.id()), w.boris);
        OutboxRelay relay = OutboxRelay.builder(w.crm, SmtpMailSender.create(w.smtp(w.smtpPort()), w.clock)).build();
        OutgoingLetter sent = relay.queue(new LetterDraft("boris@crm.example", List.of("ivan@romashka.example"),
                List.of(), "Offer for the second deal", "Here it is.", null, List.of(), w.romashka.id(), second.id(), w.boris));
        assertThat(w.crm.mail().outbox()).extracting(OutgoingLetter::status).containsExactly(OutgoingLetter.Status.SENT);

        w.deliver(w.sales, letter("ivan@romashka.example", "boris@crm.example", "Re: Offer for the second deal",
                "<reply@romashka.example>", List.of("In-Reply-To: " + sent.messageId(), "References: " + sent.messageId()),
                "Accepted."));
        w.poller(w.salesBox()).poll();

        Interaction reply = romashkaLetters().get(0);
        assertThat(reply.subject()).isEqualTo("Re: Offer for the second deal");
        assertThat(reply.interest()).isEqualTo(second.id());
    }

    @Test
    void anAutoReplyFromAKnownContactIsKeptWithTheClientButIsNoTouch() {
        w.deliver(w.sales, letter("ivan@romashka.example", "sales@crm.example", "Out of office until Monday",
                "<ooo@romashka.example>", List.of("Auto-Submitted: auto-replied"), "I am away."));

        PollReport r = w.poller(w.salesBox()).poll();

        assertThat(r.autoReplies()).isEqualTo(1);
        assertThat(romashkaLetters()).isEmpty();
        assertThat(w.crm.mail().ofClient(w.romashka.id())).extracting(Letter::messageId).containsExactly("<ooo@romashka.example>");
        assertThat(w.crm.agenda().myTasks(w.anna).pendingInquiries()).isEmpty();
    }

    @Test
    void anUnknownSendersLetterWaitsAsAnInquiryInMyTasksOfTheMailboxManager() {
        w.deliver(w.sales, letter("=?UTF-8?B?0J/RkdGC0YAg0KHQuNC00L7RgNC+0LI=?= <petr@newco.example>",
                "sales@crm.example", "Need a quote", "<q1@newco.example>", "We need 200 chairs."));

        PollReport r = w.poller(w.salesBox()).poll();

        assertThat(r.inquiries()).isEqualTo(1);
        List<Inquiry> pending = w.crm.agenda().myTasks(w.anna).pendingInquiries();
        assertThat(pending).hasSize(1);
        Inquiry q = pending.get(0);
        assertThat(q.channel()).isEqualTo(Channel.EMAIL);
        assertThat(q.email()).isEqualTo("petr@newco.example");
        assertThat(q.name()).isEqualTo("Пётр Сидоров");
        assertThat(q.note()).contains("Need a quote").contains("200 chairs");
        assertThat(w.crm.mail().letter(q.letter()).subject()).isEqualTo("Need a quote");
        assertThat(w.crm.agenda().myTasks(w.boris).pendingInquiries()).isEmpty();
    }

    @Test
    void autoRepliesAreStoredButNeverBecomeInquiries() {
        String[][] cases = {
                {"Auto-Submitted: auto-replied", "Re: hello"},
                {"Precedence: bulk", "Newsletter"},
                {"Precedence: auto_reply", "Re: hello"},
                {"Precedence: junk", "Win"},
                {"Precedence: list", "[list] topic"},
                {"X-Autoreply: yes", "Re: hello"},
                {"X-Autorespond: yes", "Re: hello"},
                {"X-Mailer: Outlook", "Out of Office: back on Monday"},
                {"X-Mailer: Outlook", "Automatic reply: Re: hello"},
                {"X-Mailer: Thunderbird", "Автоответ: в отпуске"},
        };
        for (int i = 0; i < cases.length; i++) {
            w.deliver(w.sales, letter("robot" + i + "@elsewhere.example", "sales@crm.example", cases[i][1],
                    "<auto-" + i + "@elsewhere.example>", List.of(cases[i][0]), "I am away."));
        }
        w.deliver(w.sales, letter("person@elsewhere.example", "sales@crm.example", "Hello", "<human@elsewhere.example>",
                List.of("Auto-Submitted: no"), "A real question."));

        PollReport r = w.poller(w.salesBox()).poll();

        assertThat(r.autoReplies()).isEqualTo(cases.length);
        assertThat(r.inquiries()).isEqualTo(1);
        assertThat(w.crm.agenda().myTasks(w.anna).pendingInquiries()).extracting(Inquiry::email)
                .containsExactly("person@elsewhere.example");
        assertThat(w.crm.storage().letters().findByMessageId("<auto-0@elsewhere.example>")).isPresent();
    }

    @Test
    void aLetterFromAColleagueIsStoredButIsNoInquiry() {
        w.deliver(w.sales, letter("Boris Orlov <BORIS@crm.example>", "sales@crm.example", "Copy of my offer",
                "<copy@crm.example>", "Bcc to the shared mailbox."));

        PollReport r = w.poller(w.salesBox()).poll();

        assertThat(r.internal()).isEqualTo(1);
        assertThat(r.inquiries()).isZero();
        assertThat(w.crm.agenda().myTasks(w.anna).pendingInquiries()).isEmpty();
        assertThat(w.crm.storage().letters().findByMessageId("<copy@crm.example>")).isPresent();
    }

    @Test
    void aMalformedMessageIsQuarantinedAndTheBatchGoesOn() {
        w.deliver(w.sales, letter("ivan@romashka.example", "sales@crm.example", "Before", "<before@romashka.example>", "ok"));
        w.deliver(w.sales, ("From: ivan@romashka.example\r\nTo: sales@crm.example\r\nSubject: Broken\r\n"
                + "Message-ID: <broken@romashka.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\nno boundary anywhere\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        w.deliver(w.sales, letter("not an address at all", "sales@crm.example", "No sender", "<nosender@x.example>", "?"));
        w.deliver(w.sales, letter("ivan@romashka.example", "sales@crm.example", "After", "<after@romashka.example>", "ok"));

        PollReport r = w.poller(w.salesBox()).poll();

        assertThat(r.complete()).isTrue();
        assertThat(r.quarantined()).isEqualTo(2);
        assertThat(romashkaLetters()).extracting(Interaction::subject).containsExactly("Before", "After");
        List<LetterRepository.QuarantinedMessage> q = w.crm.storage().letters().quarantined();
        assertThat(q).extracting(LetterRepository.QuarantinedMessage::uid).containsExactlyInAnyOrder(2L, 3L);
        assertThat(q).allSatisfy(m -> assertThat(m.reason()).isNotBlank());
        assertThat(q).anySatisfy(m -> assertThat(m.reason()).contains("From"));
        assertThat(w.poller(w.salesBox()).poll().quarantined()).as("quarantined once, not at every poll").isZero();
    }

    @Test
    void aServerThatCannotBeReachedIsReportedPerFolderAndNothingIsRecorded() {
        Mailbox nowhere = Mailbox.inbox("nowhere", w.imap("sales", 1), w.anna);

        PollReport r = w.poller(nowhere).poll();

        assertThat(r.complete()).isFalse();
        assertThat(r.folders()).singleElement().satisfies(f -> {
            assertThat(f.folder()).isEqualTo("INBOX");
            assertThat(f.error()).isNotBlank().doesNotContain(MailWorld.PASSWORD);
        });
        assertThat(w.crm.storage().letters().checkpoint("nowhere", "INBOX")).isEmpty();
    }
}
