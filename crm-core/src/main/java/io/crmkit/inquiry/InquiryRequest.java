package io.crmkit.inquiry;

import io.crmkit.client.ClientId;
import io.crmkit.internal.Check;
import io.crmkit.org.ManagerId;
import java.time.Instant;

/**
 * An inquiry to accept: whatever the caller has about who called or wrote, the channel, the
 * manager taking it, and an idempotency key. {@code confirmedClient} is a client the person
 * confirmed from a name suggestion; without it, only an exact phone or e-mail key links the
 * inquiry to an existing client.
 *
 * @param key an idempotency key: accepting a request with a key already accepted changes nothing
 *            and returns the first result; {@code null} means "no idempotency"
 * @param at  when the inquiry came in; {@code null} means "now" by the injected clock
 */
public record InquiryRequest(String key, Instant at, ManagerId manager, Channel channel, String phone, String email,
                             String name, String company, String note, ClientId confirmedClient) {
    public InquiryRequest {
        key = key == null ? null : Check.name("key", key, 200);
        Check.notNull("manager", manager);
        Check.notNull("channel", channel);
        phone = Check.optionalName("phone", phone, 64);
        email = Check.optionalName("email", email, 254);
        name = Check.optionalName("name", name);
        company = Check.optionalName("company", company);
        note = Check.optionalText("note", note);
        if (phone == null && email == null && name == null && company == null && confirmedClient == null) {
            throw new io.crmkit.InvalidInputException("inquiry", "{}",
                    "give at least a phone, an e-mail, a name, a company or a confirmed client");
        }
    }

    /** Starts a request taken by {@code manager} over {@code channel}. */
    public static Builder builder(ManagerId manager, Channel channel) {
        return new Builder(manager, channel);
    }

    /** A fluent way to write a request. */
    public static final class Builder {
        private final ManagerId manager;
        private final Channel channel;
        private String key;
        private Instant at;
        private String phone;
        private String email;
        private String name;
        private String company;
        private String note;
        private ClientId confirmedClient;

        private Builder(ManagerId manager, Channel channel) {
            this.manager = manager;
            this.channel = channel;
        }

        public Builder key(String v) {
            key = v;
            return this;
        }

        public Builder at(Instant v) {
            at = v;
            return this;
        }

        public Builder phone(String v) {
            phone = v;
            return this;
        }

        public Builder email(String v) {
            email = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder company(String v) {
            company = v;
            return this;
        }

        public Builder note(String v) {
            note = v;
            return this;
        }

        public Builder confirmedClient(ClientId v) {
            confirmedClient = v;
            return this;
        }

        public InquiryRequest build() {
            return new InquiryRequest(key, at, manager, channel, phone, email, name, company, note, confirmedClient);
        }
    }
}
