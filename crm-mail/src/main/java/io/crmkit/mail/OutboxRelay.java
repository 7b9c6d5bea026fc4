package io.crmkit.mail;

import io.crmkit.CrmException;
import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.StorageException;
import io.crmkit.catalog.InteractionType;
import io.crmkit.client.Client;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.event.DomainEvent;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import io.crmkit.org.ManagerId;
import io.crmkit.tx.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the letters of the outbox. Letters are written to the outbox by
 * {@code crm.mail().queue(…)} in the same transaction as the business change; the relay reads only
 * committed letters, so a rolled-back change sends nothing. Each send uses the Message-ID fixed at
 * queue time, so a retry after a lost acknowledgement cannot show the recipient two different
 * letters. A failed send is retried with exponential backoff ({@code backoff × 2^(attempts-1)},
 * capped), timed by the CRM's clock; after {@code maxAttempts} the letter is FAILED and reported to
 * the {@link RelayListener}. Each sent letter is stored as an OUTGOING {@link Letter} and, when it
 * concerns a client, recorded as a COMPLETED {@code OUTGOING_LETTER} interaction.
 *
 * <p>Run it on a schedule ({@link #sendDue()} every minute), right after commits
 * ({@link #queue(LetterDraft)} or {@link #sendAfterCommit()}), or both; runs never overlap. Run one
 * relay per storage.
 */
public final class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Crm crm;
    private final CrmContext ctx;
    private final MailSender sender;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final int batchSize;
    private final RelayListener listener;
    private final Executor afterCommitExecutor;

    private OutboxRelay(Builder b) {
        this.crm = b.crm;
        this.ctx = b.crm.context();
        this.sender = b.sender;
        this.maxAttempts = b.maxAttempts;
        this.backoff = b.backoff;
        this.maxBackoff = b.maxBackoff;
        this.batchSize = b.batchSize;
        this.listener = b.listener;
        this.afterCommitExecutor = b.afterCommitExecutor;
    }

    /** Starts a relay that sends the outbox of {@code crm} through {@code sender}. */
    public static Builder builder(Crm crm, MailSender sender) {
        return new Builder(crm, sender);
    }

    /**
     * Writes a letter to the outbox in the caller's transaction (or a new one) and asks for it to be
     * sent as soon as that transaction commits. When the transaction rolls back, nothing is queued
     * and nothing is sent.
     *
     * @throws InvalidInputException for a malformed address, no recipient, or a subject with a line break
     * @throws NotFoundException for an unknown client, interest or manager
     */
    public OutgoingLetter queue(LetterDraft draft) {
        return ctx.tx(() -> {
            OutgoingLetter l = crm.mail().queue(draft);
            sendAfterCommit();
            return l;
        });
    }

    /**
     * Asks for {@link #sendDue()} to run once the current transaction commits (never after a
     * rollback), on the after-commit executor (default: the committing thread). Outside a
     * transaction it runs now.
     */
    public void sendAfterCommit() {
        Transactions tx = crm.storage().transactions();
        tx.afterCommit(() -> afterCommitExecutor.execute(() -> {
            try {
                sendDue();
            } catch (RuntimeException e) {
                LOG.warn("Sending the outbox after commit failed; the scheduled run will retry: {}", e.toString());
            }
        }));
    }

    /**
     * Sends every committed PENDING letter whose next attempt is due by the CRM's clock, oldest
     * first, at most the batch size.
     */
    public synchronized RelayReport sendDue() {
        Instant now = ctx.now();
        List<OutgoingLetter> due = ctx.tx(() -> crm.storage().outbox().due(now, batchSize));
        List<String> sent = new ArrayList<>();
        List<String> retrying = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (OutgoingLetter l : due) {
            Optional<OutgoingLetter> current = ctx.tx(() -> crm.storage().outbox().find(l.id()));
            if (current.isEmpty() || current.get().status() != OutgoingLetter.Status.PENDING) {
                continue;
            }
            OutgoingLetter letter = current.get();
            try {
                sender.send(letter, crm.storage().attachments());
            } catch (StorageException e) {
                OutgoingLetter after = failed(letter, e.getMessage(), false);
                (after.status() == OutgoingLetter.Status.FAILED ? failed : retrying).add(letter.id());
                continue;
            } catch (CrmException e) {
                failed(letter, e.getMessage(), true);
                failed.add(letter.id());
                continue;
            }
            OutgoingLetter done = ctx.tx(() -> recordSent(letter));
            sent.add(letter.id());
            listener.sent(done);
        }
        return new RelayReport(sent, retrying, failed);
    }

    private OutgoingLetter failed(OutgoingLetter l, String error, boolean permanent) {
        Instant now = ctx.now();
        int attempts = l.attempts() + 1;
        boolean giveUp = permanent || attempts >= maxAttempts;
        Instant retryAt = giveUp ? null : now.plus(delay(attempts));
        OutgoingLetter after = l.failed(error, retryAt, giveUp);
        ctx.tx(() -> {
            crm.storage().outbox().update(after);
            return null;
        });
        if (giveUp) {
            LOG.error("Gave up letter {} {} after {} attempt(s): {}", l.id(), l.messageId(), attempts, error);
            listener.gaveUp(after);
        } else {
            LOG.warn("Sending letter {} failed (attempt {} of {}); next attempt at {}: {}", l.id(), attempts,
                    maxAttempts, retryAt, error);
            listener.willRetry(after);
        }
        return after;
    }

    /** The wait after the {@code attempts}-th failure: backoff × 2^(attempts-1), at most maxBackoff. */
    Duration delay(int attempts) {
        Duration d = backoff;
        for (int i = 1; i < attempts && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    private OutgoingLetter recordSent(OutgoingLetter l) {
        Instant now = ctx.now();
        OutgoingLetter done = l.sent(now);
        crm.storage().outbox().update(done);
        Letter letter = new Letter(LetterId.of(l.id()), l.messageId(), LetterDirection.OUTGOING,
                l.from().email().value(), l.from(), l.to(), l.cc(), l.subject() == null ? "" : l.subject(), now,
                l.text(), Html.sanitize(l.html()), l.attachments(), List.of(), l.client());
        crm.storage().letters().insertIfAbsent(letter);
        if (l.client() != null) {
            Optional<Client> client = crm.storage().clients().find(l.client());
            if (client.isPresent()) {
                Client c = client.get();
                ContactId contact = l.to().stream().map(a -> c.contactWithEmailKey(a.email().key()))
                        .flatMap(Optional::stream).map(Contact::id).findFirst().orElse(null);
                ManagerId manager = l.manager() != null ? l.manager() : c.manager();
                String subject = l.subject() == null ? "Letter to " + l.to().get(0).email().value() : l.subject();
                Interaction x = crm.storage().interactions().save(Interaction.recordDone(
                        InteractionId.of(ctx.newId("interaction")), InteractionType.OUTGOING_LETTER, c.id(), contact,
                        l.interest(), manager, subject, null, now, null, letter.id()));
                ctx.publish(new DomainEvent.InteractionCompleted(x.id(), c.id(), manager, now));
            }
        }
        return done;
    }

    /** Collects and checks an {@link OutboxRelay}. */
    public static final class Builder {
        private final Crm crm;
        private final MailSender sender;
        private int maxAttempts = 8;
        private Duration backoff = Duration.ofMinutes(1);
        private Duration maxBackoff = Duration.ofHours(6);
        private int batchSize = 100;
        private RelayListener listener = RelayListener.none();
        private Executor afterCommitExecutor = Runnable::run;

        private Builder(Crm crm, MailSender sender) {
            this.crm = crm;
            this.sender = sender;
        }

        /** Attempts before a letter is given up (default 8). */
        public Builder maxAttempts(int n) {
            maxAttempts = n;
            return this;
        }

        /** The wait after the first failure (default 1 minute) and the longest wait (default 6 hours). */
        public Builder backoff(Duration first, Duration max) {
            backoff = first;
            maxBackoff = max;
            return this;
        }

        /** The most letters sent in one run (default 100). */
        public Builder batchSize(int n) {
            batchSize = n;
            return this;
        }

        /** Hears each sent, retried and given-up letter. */
        public Builder listener(RelayListener l) {
            listener = l;
            return this;
        }

        /** Where sends triggered by a commit run (default: the committing thread). */
        public Builder afterCommitExecutor(Executor e) {
            afterCommitExecutor = e;
            return this;
        }

        /**
         * @throws InvalidInputException naming the field: {@code crm}, {@code sender},
         *         {@code maxAttempts}, {@code backoff}, {@code maxBackoff}, {@code batchSize},
         *         {@code listener}, {@code afterCommitExecutor}
         */
        public OutboxRelay build() {
            Check.notNull("crm", crm);
            Check.notNull("sender", sender);
            Check.range("maxAttempts", maxAttempts, 1, 100);
            Check.notNull("backoff", backoff);
            Check.notNull("maxBackoff", maxBackoff);
            if (backoff.isNegative() || backoff.isZero()) {
                throw new InvalidInputException("backoff", backoff, "must be positive");
            }
            if (maxBackoff.compareTo(backoff) < 0) {
                throw new InvalidInputException("maxBackoff", maxBackoff, "must not be shorter than backoff " + backoff);
            }
            Check.range("batchSize", batchSize, 1, 10_000);
            Check.notNull("listener", listener);
            Check.notNull("afterCommitExecutor", afterCommitExecutor);
            return new OutboxRelay(this);
        }
    }
}
