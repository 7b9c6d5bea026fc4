package io.crmkit.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A client row with its contacts, phones, e-mails and portrait values in child tables. Phones and
 * e-mails of the client itself have a null {@code contactId}; those of a contact carry its id.
 */
@Entity(name = "Client")
@Table(name = "crm_client")
class ClientEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "kind", length = 20, nullable = false)
    String kind;
    @Column(name = "name", length = 300, nullable = false)
    String name;
    /** The name in lower case, for the indexed name search. */
    @Column(name = "name_key", length = 300, nullable = false)
    String nameKey;
    @Column(name = "manager_id", length = 100, nullable = false)
    String managerId;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "address", length = 1000)
    String address;
    @Column(name = "messengers", length = 4000)
    String messengers;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "crm_client_contact", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "idx")
    List<ContactPart> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_client_phone", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "idx")
    List<PhonePart> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_client_email", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "idx")
    List<EmailPart> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_client_portrait", joinColumns = @JoinColumn(name = "client_id"))
    @MapKeyColumn(name = "field_key", length = 100)
    @Column(name = "field_value", length = 1000, nullable = false)
    Map<String, String> portrait = new HashMap<>();

    @Embeddable
    static class ContactPart {
        @Column(name = "contact_id", length = 100, nullable = false)
        String contactId;
        @Column(name = "name", length = 300, nullable = false)
        String name;
        @Column(name = "position", length = 300)
        String position;
        @Column(name = "address", length = 1000)
        String address;
        @Column(name = "messengers", length = 4000)
        String messengers;

        ContactPart() {
        }

        ContactPart(String contactId, String name, String position, String address, String messengers) {
            this.contactId = contactId;
            this.name = name;
            this.position = position;
            this.address = address;
            this.messengers = messengers;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ContactPart p && java.util.Objects.equals(contactId, p.contactId)
                    && java.util.Objects.equals(name, p.name) && java.util.Objects.equals(position, p.position)
                    && java.util.Objects.equals(address, p.address) && java.util.Objects.equals(messengers, p.messengers);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(contactId, name);
        }
    }

    @Embeddable
    static class PhonePart {
        @Column(name = "contact_id", length = 100)
        String contactId;
        @Column(name = "raw", length = 64, nullable = false)
        String raw;
        @Column(name = "phone_key", length = 100, nullable = false)
        String phoneKey;

        PhonePart() {
        }

        PhonePart(String contactId, String raw, String phoneKey) {
            this.contactId = contactId;
            this.raw = raw;
            this.phoneKey = phoneKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PhonePart p && java.util.Objects.equals(contactId, p.contactId)
                    && java.util.Objects.equals(raw, p.raw) && java.util.Objects.equals(phoneKey, p.phoneKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(contactId, raw);
        }
    }

    @Embeddable
    static class EmailPart {
        @Column(name = "contact_id", length = 100)
        String contactId;
        @Column(name = "address", length = 254, nullable = false)
        String address;
        @Column(name = "email_key", length = 254, nullable = false)
        String emailKey;

        EmailPart() {
        }

        EmailPart(String contactId, String address, String emailKey) {
            this.contactId = contactId;
            this.address = address;
            this.emailKey = emailKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EmailPart p && java.util.Objects.equals(contactId, p.contactId)
                    && java.util.Objects.equals(address, p.address) && java.util.Objects.equals(emailKey, p.emailKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(contactId, address);
        }
    }
}
