package io.crmkit.client;

import io.crmkit.internal.Check;
import java.util.List;

/**
 * Phones, e-mails, messenger handles and a postal address of a client or a contact.
 */
public record ContactInfo(List<Phone> phones, List<Email> emails, List<String> messengers, String address) {
    public ContactInfo {
        phones = Check.list("phones", phones);
        emails = Check.list("emails", emails);
        messengers = Check.list("messengers", messengers);
        for (int i = 0; i < messengers.size(); i++) {
            Check.name("messengers[" + i + "]", messengers.get(i));
        }
        address = Check.optionalName("address", address, 1000);
    }

    public static ContactInfo empty() {
        return new ContactInfo(List.of(), List.of(), List.of(), null);
    }

    public static ContactInfo of(List<Phone> phones, List<Email> emails) {
        return new ContactInfo(phones, emails, List.of(), null);
    }

    /** Whether it holds at least one phone or e-mail. */
    public boolean reachable() {
        return !phones.isEmpty() || !emails.isEmpty();
    }

    public boolean hasPhoneKey(String key) {
        return phones.stream().anyMatch(p -> p.key().equals(key));
    }

    public boolean hasEmailKey(String key) {
        return emails.stream().anyMatch(e -> e.key().equals(key));
    }
}
