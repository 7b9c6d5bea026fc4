package io.crmkit.mail;

import io.crmkit.client.Email;
import io.crmkit.internal.Check;

/** An address with an optional display name, as in {@code "Ivan Ivanov" <ivan@romashka.example>}. */
public record MailAddress(Email email, String name) {
    public MailAddress {
        Check.notNull("address", email);
        name = Check.optionalName("address.name", name, 300);
    }

    public static MailAddress of(String email) {
        return new MailAddress(Email.of(email), null);
    }
}
