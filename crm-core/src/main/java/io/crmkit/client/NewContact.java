package io.crmkit.client;

import java.util.List;

/**
 * A contact person to add to a client: phones as written (normalized with the configured default
 * region) and e-mails.
 *
 * @param id the contact's id, or {@code null} to let crmkit choose one
 */
public record NewContact(ContactId id, String name, String position, List<String> phones, List<String> emails) {
    public NewContact {
        phones = phones == null ? List.of() : io.crmkit.internal.Check.list("contact.phones", phones);
        emails = emails == null ? List.of() : io.crmkit.internal.Check.list("contact.emails", emails);
    }

    public static NewContact of(String name, String phone, String email) {
        return new NewContact(null, name, null, phone == null ? List.of() : List.of(phone), email == null ? List.of() : List.of(email));
    }
}
