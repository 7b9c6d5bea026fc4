package io.crmkit.client;

import io.crmkit.InvalidInputException;
import io.crmkit.catalog.PortraitField;
import io.crmkit.internal.Check;
import io.crmkit.org.ManagerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An organisation or a person the company sells to: its name, responsible manager, portrait
 * values, contacts and its own contact info. Immutable: every change returns a new client with
 * the same version, which the repository checks and bumps on save.
 */
public final class Client {
    private final ClientId id;
    private final ClientKind kind;
    private final String name;
    private final ManagerId manager;
    private final Map<String, String> portrait;
    private final List<Contact> contacts;
    private final ContactInfo info;
    private final Instant createdAt;
    private final long version;

    private Client(ClientId id, ClientKind kind, String name, ManagerId manager, Map<String, String> portrait,
                   List<Contact> contacts, ContactInfo info, Instant createdAt, long version) {
        this.id = Check.notNull("client.id", id);
        this.kind = Check.notNull("client.kind", kind);
        this.name = Check.name("client.name", name);
        this.manager = Check.notNull("client.manager", manager);
        TreeMap<String, String> p = new TreeMap<>();
        Check.notNull("client.portrait", portrait).forEach((k, v) -> {
            Check.id("client.portrait.key", k);
            String value = Check.optionalName("client.portrait." + k, v, 1000);
            if (value != null) {
                p.put(k, value);
            }
        });
        this.portrait = Collections.unmodifiableMap(p);
        this.contacts = Check.list("client.contacts", contacts);
        java.util.Set<ContactId> ids = new java.util.HashSet<>();
        for (Contact c : this.contacts) {
            if (!ids.add(c.id())) {
                throw new InvalidInputException("client.contacts", c.id(), "contact ids must be unique");
            }
        }
        this.info = info == null ? ContactInfo.empty() : info;
        this.createdAt = Check.notNull("client.createdAt", createdAt);
        this.version = version;
    }

    /** A new client, not yet stored. */
    public static Client create(ClientId id, ClientKind kind, String name, ManagerId manager, Instant createdAt) {
        return new Client(id, kind, name, manager, Map.of(), List.of(), ContactInfo.empty(), createdAt, 0);
    }

    /** Rebuilds a stored client (for storage adapters and importers). */
    public static Client restore(ClientId id, ClientKind kind, String name, ManagerId manager, Map<String, String> portrait,
                                 List<Contact> contacts, ContactInfo info, Instant createdAt, long version) {
        return new Client(id, kind, name, manager, portrait, contacts, info, createdAt, version);
    }

    public Client rename(String newName) {
        return new Client(id, kind, newName, manager, portrait, contacts, info, createdAt, version);
    }

    public Client assignTo(ManagerId newManager) {
        return new Client(id, kind, name, newManager, portrait, contacts, info, createdAt, version);
    }

    /** Sets (or, with a blank value, clears) one portrait value. */
    public Client withPortraitValue(String key, String value) {
        Map<String, String> p = new TreeMap<>(portrait);
        if (value == null || value.isBlank()) {
            p.remove(Check.id("client.portrait.key", key));
        } else {
            p.put(key, value);
        }
        return new Client(id, kind, name, manager, p, contacts, info, createdAt, version);
    }

    public Client withPortrait(Map<String, String> values) {
        return new Client(id, kind, name, manager, values, contacts, info, createdAt, version);
    }

    public Client addContact(Contact contact) {
        List<Contact> cs = new ArrayList<>(contacts);
        cs.add(Check.notNull("contact", contact));
        return new Client(id, kind, name, manager, portrait, cs, info, createdAt, version);
    }

    /** Replaces the contact with the same id. */
    public Client updateContact(Contact contact) {
        contact(Check.notNull("contact", contact).id());
        List<Contact> cs = contacts.stream().map(c -> c.id().equals(contact.id()) ? contact : c).toList();
        return new Client(id, kind, name, manager, portrait, cs, info, createdAt, version);
    }

    public Client removeContact(ContactId contactId) {
        contact(contactId);
        List<Contact> cs = contacts.stream().filter(c -> !c.id().equals(contactId)).toList();
        return new Client(id, kind, name, manager, portrait, cs, info, createdAt, version);
    }

    public Client withInfo(ContactInfo newInfo) {
        return new Client(id, kind, name, manager, portrait, contacts, newInfo, createdAt, version);
    }

    /** The same client carrying another version; used by repositories only. */
    public Client withVersion(long newVersion) {
        return new Client(id, kind, name, manager, portrait, contacts, info, createdAt, newVersion);
    }

    /** The contact with this id, or {@link InvalidInputException} on field {@code contact}. */
    public Contact contact(ContactId contactId) {
        return findContact(contactId).orElseThrow(() ->
                new InvalidInputException("contact", contactId, "is not a contact of client " + id));
    }

    public Optional<Contact> findContact(ContactId contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
    }

    /** Every required portrait field has a non-blank value. */
    public boolean portraitFilled(List<PortraitField> fields) {
        return fields.stream().filter(PortraitField::required).allMatch(f -> portrait.containsKey(f.key()));
    }

    /** At least one contact, and every contact has a phone or an e-mail (the default rule of SPEC.md). */
    public boolean contactInfoFilled() {
        return !contacts.isEmpty() && contacts.stream().allMatch(c -> c.info().reachable());
    }

    /** The first contact (by id) that has this phone key, or empty; the client's own info counts as a match with no contact. */
    public Optional<Contact> contactWithPhoneKey(String key) {
        return contacts.stream().filter(c -> c.info().hasPhoneKey(key)).min(java.util.Comparator.comparing(Contact::id));
    }

    public Optional<Contact> contactWithEmailKey(String key) {
        return contacts.stream().filter(c -> c.info().hasEmailKey(key)).min(java.util.Comparator.comparing(Contact::id));
    }

    public boolean hasPhoneKey(String key) {
        return info.hasPhoneKey(key) || contacts.stream().anyMatch(c -> c.info().hasPhoneKey(key));
    }

    public boolean hasEmailKey(String key) {
        return info.hasEmailKey(key) || contacts.stream().anyMatch(c -> c.info().hasEmailKey(key));
    }

    public ClientId id() {
        return id;
    }

    public ClientKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public ManagerId manager() {
        return manager;
    }

    /** Portrait values by field key, sorted; blank values are never kept. */
    public Map<String, String> portrait() {
        return portrait;
    }

    public List<Contact> contacts() {
        return contacts;
    }

    public ContactInfo info() {
        return info;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Client c && id.equals(c.id) && kind == c.kind && name.equals(c.name)
                && manager.equals(c.manager) && portrait.equals(c.portrait) && contacts.equals(c.contacts)
                && info.equals(c.info) && createdAt.equals(c.createdAt) && version == c.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Client[" + id + ", " + name + "]";
    }
}
