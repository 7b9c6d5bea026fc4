package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored letter; address, attachment and reference lists are encoded by {@link Codec}. */
@Entity(name = "Letter")
@Table(name = "crm_letter")
class LetterEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "message_id", length = 1000, nullable = false)
    String messageId;
    /** SHA-256 of the Message-ID in hex: the unique, indexable key. */
    @Column(name = "message_key", length = 64, nullable = false, unique = true)
    String messageKey;
    @Column(name = "direction", length = 20, nullable = false)
    String direction;
    @Column(name = "mailbox", length = 1000)
    String mailbox;
    @Column(name = "from_address", length = 1000, nullable = false)
    String from;
    @Column(name = "to_addresses", length = 100000)
    String to;
    @Column(name = "cc_addresses", length = 100000)
    String cc;
    @Column(name = "subject", length = 20000)
    String subject;
    @Column(name = "sent_at", nullable = false)
    Instant sentAt;
    @Column(name = "text_body", length = 1000000)
    String text;
    @Column(name = "html_body", length = 1000000)
    String html;
    @Column(name = "attachments", length = 100000)
    String attachments;
    @Column(name = "refs", length = 100000)
    String references;
    @Column(name = "client_id", length = 100)
    String clientId;
}
