package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.Storage;
import io.crmkit.mail.MailAddress;
import io.crmkit.mail.OutgoingLetter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.mail.Outbox}: letters added once, due ones oldest first. */
public abstract class OutboxContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    private static OutgoingLetter letter(String id, Instant createdAt) {
        return new OutgoingLetter(id, "<crmkit." + id + "@example.com>", MailAddress.of("sales@example.com"),
                List.of(MailAddress.of("ivan@romashka.example")), List.of(), "Offer", "Please find the offer", null,
                List.of(), null, null, null, OutgoingLetter.Status.PENDING, 0, createdAt, createdAt, null, null);
    }

    private static List<String> ids(List<OutgoingLetter> xs) {
        return map(xs, OutgoingLetter::id);
    }

    @Test
    void addsAndFinds() {
        OutgoingLetter l = letter("o1", T0);
        txRun(() -> storage.outbox().add(l));
        assertSameFields(storage.outbox().find("o1").orElseThrow(), l);
        assertThat(storage.outbox().find("o404")).isEmpty();
    }

    @Test
    void addingAnExistingIdIsAConflict() {
        txRun(() -> storage.outbox().add(letter("o1", T0)));
        assertThatThrownBy(() -> txRun(() -> storage.outbox().add(letter("o1", T0.plusSeconds(1)))))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.outbox().find("o1").orElseThrow().createdAt()).isEqualTo(T0);
    }

    @Test
    void dueIsPendingWhoseAttemptIsDueOldestFirstLimited() {
        txRun(() -> {
            storage.outbox().add(letter("o3", T0));
            storage.outbox().add(letter("o2", T0));
            storage.outbox().add(letter("o1", T0.plusSeconds(10)));
            storage.outbox().add(letter("o-future", T0.plusSeconds(100)));
            storage.outbox().add(letter("o-sent", T0));
            storage.outbox().add(letter("o-failed", T0));
            storage.outbox().add(letter("o-retry", T0.minusSeconds(10)));
        });
        txRun(() -> {
            storage.outbox().update(storage.outbox().find("o-sent").orElseThrow().sent(T0.plusSeconds(1)));
            storage.outbox().update(storage.outbox().find("o-failed").orElseThrow().failed("550 no such user", null, true));
            storage.outbox().update(storage.outbox().find("o-retry").orElseThrow().failed("421 busy", T0.plusSeconds(60), false));
        });
        Instant now = T0.plusSeconds(10);
        assertThat(ids(storage.outbox().due(now, 10))).containsExactly("o2", "o3", "o1");
        assertThat(ids(storage.outbox().due(now, 2))).containsExactly("o2", "o3");
        assertThat(ids(storage.outbox().due(T0.plusSeconds(60), 10))).containsExactly("o-retry", "o2", "o3", "o1");
        assertThat(ids(storage.outbox().all())).containsExactly("o-retry", "o-failed", "o-sent", "o2", "o3", "o1", "o-future");
        OutgoingLetter retry = storage.outbox().find("o-retry").orElseThrow();
        assertThat(retry.attempts()).isEqualTo(1);
        assertThat(retry.lastError()).isEqualTo("421 busy");
        OutgoingLetter sent = storage.outbox().find("o-sent").orElseThrow();
        assertThat(sent.status()).isEqualTo(OutgoingLetter.Status.SENT);
        assertThat(sent.sentAt()).isEqualTo(T0.plusSeconds(1));
    }
}
