package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Storage;
import io.crmkit.client.ClientId;
import io.crmkit.mail.AttachmentRef;
import io.crmkit.mail.Letter;
import io.crmkit.mail.LetterDirection;
import io.crmkit.mail.LetterId;
import io.crmkit.mail.LetterRepository.QuarantinedMessage;
import io.crmkit.mail.MailAddress;
import io.crmkit.mail.MailCheckpoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.mail.LetterRepository}: letters once per Message-ID, checkpoints, quarantine. */
public abstract class LetterRepositoryContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    @BeforeEach
    void data() {
        seedOrg();
        saveClient(client("c1", ANNA, "Romashka", contact("p1", "Ivan", null, "ivan@romashka.example")));
        saveClient(client("c2", BORIS, "Vasilek"));
    }

    private Letter letter(String id, String messageId, Instant sentAt, String client) {
        AttachmentRef ref = storage.attachments().store("offer.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));
        return new Letter(LetterId.of(id), messageId, LetterDirection.INCOMING, "sales@example.com",
                new MailAddress(io.crmkit.client.Email.of("ivan@romashka.example"), "Ivan Ivanov"),
                List.of(MailAddress.of("sales@example.com")), List.of(MailAddress.of("boss@example.com")),
                "Re: offer", sentAt, "Hello,\nthanks", "<p>Hello</p>", List.of(ref),
                List.of("<a@romashka.example>", "<b@romashka.example>"), client == null ? null : ClientId.of(client));
    }

    @Test
    void insertsOncePerMessageId() {
        Letter first = letter("l1", "<m1@romashka.example>", T0, null);
        assertThat(tx(() -> storage.letters().insertIfAbsent(first))).isTrue();
        assertThat(tx(() -> storage.letters().insertIfAbsent(letter("l2", "<m1@romashka.example>", T0.plusSeconds(5), "c1")))).isFalse();
        assertThat(storage.letters().find(LetterId.of("l2"))).isEmpty();
        assertSameFields(storage.letters().findByMessageId("<m1@romashka.example>").orElseThrow(), first);
        assertSameFields(storage.letters().find(LetterId.of("l1")).orElseThrow(), first);
        assertThat(storage.letters().findByMessageId("<nope@x>")).isEmpty();
        assertThat(storage.letters().find(LetterId.of("nope"))).isEmpty();
    }

    @Test
    void updateLinksALetterToAClient() {
        Letter l = letter("l1", "<m1@romashka.example>", T0, null);
        tx(() -> storage.letters().insertIfAbsent(l));
        txRun(() -> storage.letters().update(l.linkedTo(ClientId.of("c1"))));
        assertThat(storage.letters().find(LetterId.of("l1")).orElseThrow().client()).isEqualTo(ClientId.of("c1"));
        assertThat(storage.letters().ofClient(ClientId.of("c1"))).extracting(x -> x.id().value()).containsExactly("l1");
    }

    @Test
    void ofClientIsBySentAtThenId() {
        txRun(() -> {
            storage.letters().insertIfAbsent(letter("l3", "<m3@x>", T0, "c1"));
            storage.letters().insertIfAbsent(letter("l2", "<m2@x>", T0, "c1"));
            storage.letters().insertIfAbsent(letter("l1", "<m1@x>", T0.plusSeconds(60), "c1"));
            storage.letters().insertIfAbsent(letter("l0", "<m0@x>", T0.minusSeconds(60), "c2"));
            storage.letters().insertIfAbsent(letter("l9", "<m9@x>", T0.minusSeconds(60), null));
        });
        assertThat(storage.letters().ofClient(ClientId.of("c1"))).extracting(x -> x.id().value()).containsExactly("l2", "l3", "l1");
        assertThat(storage.letters().ofClient(ClientId.of("c2"))).extracting(x -> x.id().value()).containsExactly("l0");
    }

    @Test
    void checkpointsArePerMailboxAndFolderAndReplaced() {
        assertThat(storage.letters().checkpoint("sales@example.com", "INBOX")).isEmpty();
        txRun(() -> storage.letters().saveCheckpoint(new MailCheckpoint("sales@example.com", "INBOX", 77, 10)));
        txRun(() -> storage.letters().saveCheckpoint(new MailCheckpoint("sales@example.com", "Archive", 5, 3)));
        txRun(() -> storage.letters().saveCheckpoint(new MailCheckpoint("sales@example.com", "INBOX", 77, 12)));
        assertThat(storage.letters().checkpoint("sales@example.com", "INBOX")).contains(new MailCheckpoint("sales@example.com", "INBOX", 77, 12));
        assertThat(storage.letters().checkpoint("sales@example.com", "Archive")).contains(new MailCheckpoint("sales@example.com", "Archive", 5, 3));
        assertThat(storage.letters().checkpoint("other@example.com", "INBOX")).isEmpty();
    }

    @Test
    void quarantineIsIdempotentPerMessage() {
        QuarantinedMessage m = new QuarantinedMessage("sales@example.com", "INBOX", 77, 5, "broken MIME", T0);
        txRun(() -> storage.letters().quarantine(m));
        txRun(() -> storage.letters().quarantine(m));
        txRun(() -> storage.letters().quarantine(new QuarantinedMessage("sales@example.com", "INBOX", 77, 6, "too big", T0)));
        assertThat(storage.letters().quarantined()).hasSize(2);
        assertThat(storage.letters().quarantined()).contains(m);
    }
}
