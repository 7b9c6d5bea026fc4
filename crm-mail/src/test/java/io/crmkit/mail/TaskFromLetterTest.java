package io.crmkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.InvalidInputException;
import io.crmkit.InvalidStateException;
import io.crmkit.NotFoundException;
import io.crmkit.catalog.InteractionType;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.org.ManagerId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A task made from a letter fetched over IMAP reaches the letter and its attachments. */
class TaskFromLetterTest {
    private static final byte[] SPEC = "Chair, model E-15, 200 pcs".getBytes(StandardCharsets.UTF_8);

    private final MailWorld w = new MailWorld();
    private Letter letter;

    @BeforeEach
    void receive() {
        String raw = "From: Ivan Ivanov <ivan@romashka.example>\r\nTo: sales@crm.example\r\nSubject: Specification\r\n"
                + "Message-ID: <spec@romashka.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPlease quote by Friday.\r\n"
                + "--b\r\nContent-Type: text/plain; name=\"spec.txt\"\r\nContent-Disposition: attachment; filename=\"spec.txt\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(SPEC) + "\r\n--b--\r\n";
        w.deliver(w.sales, raw);
        w.poller(w.salesBox()).poll();
        letter = w.crm.storage().letters().findByMessageId("<spec@romashka.example>").orElseThrow();
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void aTaskForAnotherManagerReachesTheLetterAndItsAttachments() {
        Instant due = MailWorld.START.plus(Duration.ofDays(1));

        Interaction task = w.crm.mail().taskFromLetter(letter.id(), w.anna, due, w.boris);

        assertThat(task.type()).isEqualTo(InteractionType.TASK);
        assertThat(task.status()).isEqualTo(InteractionStatus.PLANNED);
        assertThat(task.manager()).isEqualTo(w.anna);
        assertThat(task.client()).isEqualTo(w.romashka.id());
        assertThat(task.contact()).isEqualTo(w.romashka.contacts().get(0).id());
        assertThat(task.interest()).isEqualTo(w.romashkaDeal.id());
        assertThat(task.plannedEnd()).isEqualTo(due);
        assertThat(task.subject()).isEqualTo("Task: Specification");
        assertThat(task.description()).contains("Boris Orlov");
        assertThat(w.crm.agenda().myTasks(w.anna).upcoming()).extracting(Interaction::id).containsExactly(task.id());

        Letter reached = w.crm.mail().letterOf(task.id()).orElseThrow();
        assertThat(reached.id()).isEqualTo(letter.id());
        assertThat(reached.text()).contains("Please quote by Friday.");
        assertThat(reached.attachments()).singleElement().satisfies(a -> {
            assertThat(a.declaredName()).isEqualTo("spec.txt");
            assertThat(w.crm.mail().attachment(a)).isEqualTo(SPEC);
        });
    }

    @Test
    void aTaskForOneselfIsOverdueOnceItsDueMomentPasses() {
        Interaction task = w.crm.mail().taskFromLetter(letter.id(), w.boris, MailWorld.START.plus(Duration.ofHours(2)), w.boris);
        w.clock.advance(Duration.ofHours(3));

        assertThat(w.crm.agenda().myTasks(w.boris).overdue()).extracting(Interaction::id).containsExactly(task.id());
    }

    @Test
    void badInputIsRefusedWithTheFieldAndChangesNothing() {
        Instant due = MailWorld.START.plus(Duration.ofDays(1));
        int before = w.crm.interactions().ofClient(w.romashka.id()).size();

        assertThatThrownBy(() -> w.crm.mail().taskFromLetter(null, w.anna, due, w.boris))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("letter");
        assertThatThrownBy(() -> w.crm.mail().taskFromLetter(letter.id(), w.anna, null, w.boris))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("due");
        assertThatThrownBy(() -> w.crm.mail().taskFromLetter(letter.id(), null, due, w.boris))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("assignee");
        assertThatThrownBy(() -> w.crm.mail().taskFromLetter(letter.id(), w.anna, due, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("by");
        assertThatThrownBy(() -> w.crm.mail().taskFromLetter(LetterId.of("no-such-letter"), w.anna, due, w.boris))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-letter");
        assertThatThrownBy(() -> w.crm.mail().taskFromLetter(letter.id(), ManagerId.of("ghost"), due, w.boris))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("assignee");
        w.crm.org().deactivate(w.anna);
        assertThatThrownBy(() -> w.crm.mail().taskFromLetter(letter.id(), w.anna, due, w.boris))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("assignee");

        assertThat(w.crm.interactions().ofClient(w.romashka.id())).hasSize(before);
    }

    @Test
    void letterLookupsRefuseUnknownIds() {
        assertThatThrownBy(() -> w.crm.mail().letter(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("letter");
        assertThatThrownBy(() -> w.crm.mail().letter(LetterId.of("nope"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> w.crm.mail().letterOf(io.crmkit.interaction.InteractionId.of("nope")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("interaction");
        assertThatThrownBy(() -> w.crm.mail().attachment(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("attachment");
        assertThatThrownBy(() -> w.crm.mail().attachment(new AttachmentRef("gone", "a.txt", "text/plain", 1)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("gone");
        assertThatThrownBy(() -> w.crm.mail().ofClient(io.crmkit.client.ClientId.of("nope")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("client");
        assertThat(w.crm.mail().ofClient(w.romashka.id())).extracting(Letter::id).containsExactly(letter.id());
    }

    @Test
    void aLetterFromAnUnknownSenderNeedsItsInquiryAcceptedFirst() {
        w.deliver(w.sales, MailWorld.letter("petr@newco.example", "sales@crm.example", "Hello", "<hello@newco.example>", "Hi"));
        w.poller(w.salesBox()).poll();
        Inquiry q = w.crm.agenda().myTasks(w.anna).pendingInquiries().get(0);

        assertThatThrownBy(() -> w.crm.mail().taskFromLetter(q.letter(), w.anna, MailWorld.START, w.anna))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("accept");
    }
}
