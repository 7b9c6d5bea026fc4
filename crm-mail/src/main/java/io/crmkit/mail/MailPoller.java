package io.crmkit.mail;

import io.crmkit.Crm;
import io.crmkit.CrmException;
import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads letters from one or more IMAP mailboxes into the CRM. Each call of {@link #poll()} reads,
 * for every mailbox and folder, the messages after the folder's checkpoint (its UIDVALIDITY and
 * last UID), and records each exactly once:
 *
 * <ul>
 *   <li>a letter is keyed by its Message-ID (a content hash where it has none), so the same letter
 *       in two mailboxes, a re-poll or a UIDVALIDITY reset (which restarts the folder from UID 1)
 *       makes no duplicate;</li>
 *   <li>the letter's records and the advanced checkpoint commit in one transaction, message by
 *       message, so a connection dropped mid-batch or a crash loses no letter: the rest is read at
 *       the next poll;</li>
 *   <li>a letter from a known contact (its sender's e-mail matches a client or contact) becomes a
 *       COMPLETED INCOMING_LETTER interaction of that client, joined to the interest of the thread
 *       it answers (In-Reply-To, References) or else to the client's only active interest;</li>
 *   <li>a letter from an unknown sender becomes a pending inquiry (channel EMAIL) in My tasks of the
 *       mailbox's manager; an auto-reply, or a letter from one of the company's managers, never
 *       does (it is stored as a letter only);</li>
 *   <li>a message that cannot be read is quarantined with its reason and the batch goes on.</li>
 * </ul>
 *
 * <p>Folders are opened read-only: crmkit never changes flags or deletes mail. Run one poller per
 * storage at a time (e.g. from a single scheduled thread); {@code poll()} is synchronized.
 */
public final class MailPoller {
    private static final Logger LOG = LoggerFactory.getLogger(MailPoller.class);

    private final Crm crm;
    private final List<Mailbox> mailboxes;
    private final int batchSize;
    private final long maxMessageBytes;
    private final PollListener listener;
    private final boolean skipExisting;
    private final LetterRecorder recorder;

    private MailPoller(Builder b) {
        this.crm = b.crm;
        this.mailboxes = List.copyOf(b.mailboxes);
        this.batchSize = b.batchSize;
        this.maxMessageBytes = b.maxMessageBytes;
        this.listener = b.listener;
        this.skipExisting = b.skipExisting;
        this.recorder = new LetterRecorder(b.crm);
    }

    /** Starts a poller that records into {@code crm}. */
    public static Builder builder(Crm crm) {
        return new Builder(crm);
    }

    /**
     * Polls every mailbox and folder once. A folder that cannot be read to the end (server down,
     * connection dropped, folder missing) is reported in {@link PollReport.Folder#error()} and the
     * other folders go on; what was recorded before the failure stays recorded.
     */
    public synchronized PollReport poll() {
        List<PollReport.Folder> out = new ArrayList<>();
        for (Mailbox mb : mailboxes) {
            Properties props = mb.server().sessionProperties("imap");
            // BODY.PEEK: reading a letter must not mark it read for the people who use the mailbox.
            props.setProperty("mail.imap.peek", "true");
            Session session = Session.getInstance(props);
            Store store = null;
            try {
                store = session.getStore("imap");
                connect(store, mb.server());
                for (String folder : mb.folders()) {
                    out.add(pollFolder(mb, store, folder));
                }
            } catch (MessagingException | RuntimeException e) {
                String why = describe(e);
                LOG.warn("Cannot read mailbox {} at {}:{}: {}", mb.name(), mb.server().host(), mb.server().port(), why);
                Set<String> done = new HashSet<>();
                out.stream().filter(f -> f.mailbox().equals(mb.name())).forEach(f -> done.add(f.folder()));
                for (String folder : mb.folders()) {
                    if (!done.contains(folder)) {
                        out.add(new PollReport.Folder(mb.name(), folder, -1, 0, 0, 0, 0, 0, 0, why));
                    }
                }
            } finally {
                close(store);
            }
        }
        return new PollReport(out);
    }

    private static void connect(Store store, MailServerConfig c) throws MessagingException {
        if (c.hasCredentials()) {
            store.connect(c.host(), c.port(), c.username(), c.password());
        } else {
            store.connect(c.host(), c.port(), null, null);
        }
    }

    private PollReport.Folder pollFolder(Mailbox mb, Store store, String name) {
        int[] n = new int[LetterRecorder.Outcome.values().length];
        long validity = -1;
        Folder folder = null;
        String error = null;
        try {
            folder = store.getFolder(name);
            if (!folder.exists()) {
                throw new MessagingException("folder " + name + " does not exist");
            }
            folder.open(Folder.READ_ONLY);
            UIDFolder uids = (UIDFolder) folder;
            validity = uids.getUIDValidity();
            if (skipExisting && crm.storage().letters().checkpoint(mb.name(), name).isEmpty()) {
                long newest = Math.max(uids.getUIDNext() - 1, 0);
                MailCheckpoint start = new MailCheckpoint(mb.name(), name, validity, newest);
                crm.storage().transactions().run(() -> crm.storage().letters().saveCheckpoint(start));
                LOG.info("First poll of {}/{}: skipping the letters already there (up to UID {})", mb.name(), name, newest);
                return new PollReport.Folder(mb.name(), name, validity, 0, 0, 0, 0, 0, 0, null);
            }
            long last = lastUid(mb, name, validity);
            Message[] found = uids.getMessagesByUID(last + 1, UIDFolder.LASTUID);
            FetchProfile fp = new FetchProfile();
            fp.add(UIDFolder.FetchProfileItem.UID);
            fp.add(FetchProfile.Item.SIZE);
            folder.fetch(found, fp);
            List<Message> batch = new ArrayList<>(Arrays.asList(found));
            long v = validity;
            batch.removeIf(m -> uid(uids, m) <= last);
            batch.sort(Comparator.comparingLong(m -> uid(uids, m)));
            if (batch.size() > batchSize) {
                batch = batch.subList(0, batchSize);
            }
            for (Message m : batch) {
                long uid = uids.getUID(m);
                LetterRecorder.Result r = fetchAndRecord(mb, name, v, uid, m);
                if (r != null) {
                    n[r.outcome().ordinal()]++;
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            error = describe(e);
            LOG.warn("Stopped reading {}/{} ({} letters recorded in this poll): {}", mb.name(), name,
                    n[0] + n[1] + n[2] + n[3], error);
        } finally {
            close(folder);
        }
        return new PollReport.Folder(mb.name(), name, validity, n[LetterRecorder.Outcome.INTERACTION.ordinal()],
                n[LetterRecorder.Outcome.INQUIRY.ordinal()], n[LetterRecorder.Outcome.AUTO_REPLY.ordinal()],
                n[LetterRecorder.Outcome.INTERNAL.ordinal()], n[LetterRecorder.Outcome.DUPLICATE.ordinal()], n[LetterRecorder.Outcome.QUARANTINED.ordinal()], error);
    }

    private long lastUid(Mailbox mb, String folder, long validity) {
        return crm.storage().letters().checkpoint(mb.name(), folder).map(c -> {
            if (c.uidValidity() != validity) {
                LOG.info("UIDVALIDITY of {}/{} changed from {} to {}: reading the folder again from the start;"
                        + " Message-ID keys keep letters from being recorded twice", mb.name(), folder, c.uidValidity(), validity);
                return 0L;
            }
            return c.lastUid();
        }).orElse(0L);
    }

    private LetterRecorder.Result fetchAndRecord(Mailbox mb, String folder, long validity, long uid, Message m)
            throws MessagingException, IOException {
        if (m.getSize() > maxMessageBytes) {
            LetterRecorder.Result r = recorder.quarantine(mb, folder, new MailCheckpoint(mb.name(), folder, validity, uid),
                    "is " + m.getSize() + " bytes, more than the limit of " + maxMessageBytes, crm.clock().instant());
            listener.quarantined(mb.name(), folder, uid, "too large");
            return r;
        }
        byte[] raw;
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(Math.max(m.getSize(), 1024));
            m.writeTo(buf);
            raw = buf.toByteArray();
        } catch (MessageRemovedException e) {
            LOG.debug("Message UID {} of {}/{} was removed before it was read", uid, mb.name(), folder);
            return null;
        }
        LetterRecorder.Result r = recorder.record(mb, folder, validity, uid, raw);
        if (r.outcome() == LetterRecorder.Outcome.QUARANTINED) {
            listener.quarantined(mb.name(), folder, uid, "unreadable");
        } else if (r.letter() != null) {
            listener.recorded(r.letter());
        }
        return r;
    }

    private static long uid(UIDFolder f, Message m) {
        try {
            return f.getUID(m);
        } catch (MessagingException e) {
            throw new IllegalStateException("the server gave no UID for message " + m.getMessageNumber(), e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof CrmException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = e.getClass().getSimpleName() + ": " + CrmException.render(e.getMessage());
        return root == e ? msg : msg + " (" + root.getClass().getSimpleName() + ": " + CrmException.render(root.getMessage()) + ")";
    }

    private static void close(Folder f) {
        try {
            if (f != null && f.isOpen()) {
                f.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("Closing folder failed: {}", e.toString());
        }
    }

    private static void close(Store s) {
        try {
            if (s != null) {
                s.close();
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("Closing the IMAP connection failed: {}", e.toString());
        }
    }

    /** Collects and checks a {@link MailPoller}. */
    public static final class Builder {
        private final Crm crm;
        private final List<Mailbox> mailboxes = new ArrayList<>();
        private int batchSize = 200;
        private long maxMessageBytes = 25L * 1024 * 1024;
        private PollListener listener = PollListener.none();
        private boolean skipExisting;

        private Builder(Crm crm) {
            this.crm = crm;
        }

        /** Adds a mailbox to poll; names must be unique. */
        public Builder mailbox(Mailbox m) {
            mailboxes.add(m);
            return this;
        }

        /** The most messages read from one folder in one poll (default 200); the rest wait for the next. */
        public Builder batchSize(int n) {
            batchSize = n;
            return this;
        }

        /** Messages larger than this are quarantined unread (default 25 MiB). */
        public Builder maxMessageBytes(long n) {
            maxMessageBytes = n;
            return this;
        }

        /**
         * On the first poll of a folder (no checkpoint yet), records nothing and starts after the
         * letters already there, so that connecting a mailbox with years of history does not fill
         * My tasks with old letters. By default the first poll reads every letter in the folder.
         */
        public Builder skipExistingOnFirstPoll() {
            skipExisting = true;
            return this;
        }

        /** Hears each recorded or quarantined message. */
        public Builder listener(PollListener l) {
            listener = l;
            return this;
        }

        /**
         * @throws InvalidInputException naming the field: {@code crm}, {@code mailboxes} (none, or a
         *         name used twice), {@code batchSize}, {@code maxMessageBytes}, {@code listener}
         * @throws io.crmkit.NotFoundException when a mailbox's manager is unknown
         */
        public MailPoller build() {
            Check.notNull("crm", crm);
            if (mailboxes.isEmpty()) {
                throw new InvalidInputException("mailboxes", "[]", "add at least one mailbox");
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < mailboxes.size(); i++) {
                Mailbox m = Check.notNull("mailboxes[" + i + "]", mailboxes.get(i));
                if (!names.add(m.name())) {
                    throw new InvalidInputException("mailboxes[" + i + "].name", m.name(), "is used by another mailbox");
                }
                crm.context().manager("mailboxes[" + i + "].manager", m.manager());
            }
            Check.range("batchSize", batchSize, 1, 10_000);
            if (maxMessageBytes < 1024) {
                throw new InvalidInputException("maxMessageBytes", maxMessageBytes, "must be at least 1024");
            }
            Check.notNull("listener", listener);
            return new MailPoller(this);
        }
    }
}
