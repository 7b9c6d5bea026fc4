package io.crmkit.client;

import io.crmkit.internal.Check;

/** A person at a client: full name, position and contact info. */
public record Contact(ContactId id, String name, String position, ContactInfo info) {
    public Contact {
        Check.notNull("contact.id", id);
        name = Check.name("contact.name", name);
        position = Check.optionalName("contact.position", position);
        info = info == null ? ContactInfo.empty() : info;
    }
}
