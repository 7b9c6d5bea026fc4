package io.crmkit.inquiry;

import io.crmkit.InvalidStateException;
import io.crmkit.client.ClientId;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.mail.LetterId;
import io.crmkit.org.ManagerId;
import java.time.Instant;
import java.util.Objects;

/**
 * An incoming request from outside. An accepted inquiry records what it was linked to; a pending
 * one (a letter from an unknown sender, a web form not yet handled) waits in My tasks of its
 * manager. The idempotency key is unique across the storage.
 */
public final class Inquiry {
    private final InquiryId id;
    private final String key;
    private final Instant at;
    private final ManagerId manager;
    private final Channel channel;
    private final String phone;
    private final String email;
    private final String name;
    private final String company;
    private final String note;
    private final LetterId letter;
    private final InquiryStatus status;
    private final InquiryResult result;
    private final long version;

    private Inquiry(InquiryId id, String key, Instant at, ManagerId manager, Channel channel, String phone, String email,
                    String name, String company, String note, LetterId letter, InquiryStatus status,
                    InquiryResult result, long version) {
        this.id = Check.notNull("inquiry.id", id);
        this.key = key == null ? null : Check.name("inquiry.key", key, 200);
        this.at = Check.notNull("inquiry.at", at);
        this.manager = Check.notNull("inquiry.manager", manager);
        this.channel = Check.notNull("inquiry.channel", channel);
        this.phone = phone;
        this.email = email;
        this.name = name;
        this.company = company;
        this.note = note;
        this.letter = letter;
        this.status = Check.notNull("inquiry.status", status);
        if ((status == InquiryStatus.ACCEPTED) != (result != null)) {
            throw new io.crmkit.InvalidInputException("inquiry.result", result, "an ACCEPTED inquiry, and only it, has a result");
        }
        this.result = result;
        this.version = version;
    }

    /** A pending inquiry, waiting in the manager's My tasks. */
    public static Inquiry pending(InquiryId id, String key, Instant at, ManagerId manager, Channel channel, String phone,
                                  String email, String name, String company, String note, LetterId letter) {
        return new Inquiry(id, key, at, manager, channel, phone, email, name, company, note, letter,
                InquiryStatus.PENDING, null, 0);
    }

    public static Inquiry restore(InquiryId id, String key, Instant at, ManagerId manager, Channel channel, String phone,
                                  String email, String name, String company, String note, LetterId letter,
                                  InquiryStatus status, InquiryResult result, long version) {
        return new Inquiry(id, key, at, manager, channel, phone, email, name, company, note, letter, status, result, version);
    }

    /** Marks the inquiry accepted with what it was linked to. */
    public Inquiry accepted(ClientId client, boolean newClient, InterestId interest, boolean newInterest,
                            InteractionId interaction) {
        if (status == InquiryStatus.ACCEPTED) {
            throw new InvalidStateException("inquiry", id, "is already accepted");
        }
        return new Inquiry(id, key, at, manager, channel, phone, email, name, company, note, letter, InquiryStatus.ACCEPTED,
                new InquiryResult(id, client, newClient, interest, newInterest, interaction), version);
    }

    public Inquiry withVersion(long v) {
        return new Inquiry(id, key, at, manager, channel, phone, email, name, company, note, letter, status, result, v);
    }

    public InquiryId id() {
        return id;
    }

    public String key() {
        return key;
    }

    public Instant at() {
        return at;
    }

    public ManagerId manager() {
        return manager;
    }

    public Channel channel() {
        return channel;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String company() {
        return company;
    }

    public String note() {
        return note;
    }

    /** The letter this inquiry came in as, or {@code null}. */
    public LetterId letter() {
        return letter;
    }

    public InquiryStatus status() {
        return status;
    }

    /** What the inquiry was linked to, or {@code null} while PENDING. */
    public InquiryResult result() {
        return result;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inquiry q && id.equals(q.id) && Objects.equals(key, q.key) && at.equals(q.at)
                && manager.equals(q.manager) && channel == q.channel && Objects.equals(phone, q.phone)
                && Objects.equals(email, q.email) && Objects.equals(name, q.name) && Objects.equals(company, q.company)
                && Objects.equals(note, q.note) && Objects.equals(letter, q.letter) && status == q.status
                && Objects.equals(result, q.result) && version == q.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Inquiry[" + id + ", " + status + "]";
    }
}
