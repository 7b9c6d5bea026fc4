package io.crmkit.client;

import io.crmkit.internal.Check;

/** The id of a contact person of a client. Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record ContactId(String value) implements Comparable<ContactId> {
    public ContactId {
        Check.id("contactId", value);
    }

    public static ContactId of(String value) {
        return new ContactId(value);
    }

    @Override
    public int compareTo(ContactId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
