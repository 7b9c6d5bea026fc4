package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity(name = "OutgoingLetter")
@Table(name = "crm_outbox")
class OutgoingLetterEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "message_id", length = 1000, nullable = false)
    String messageId;
    @Column(name = "from_address", length = 1000, nullable = false)
    String from;
    @Column(name = "to_addresses", length = 100000)
    String to;
    @Column(name = "cc_addresses", length = 100000)
    String cc;
    @Column(name = "subject", length = 1000)
    String subject;
    @Column(name = "text_body", length = 1000000)
    String text;
    @Column(name = "html_body", length = 1000000)
    String html;
    @Column(name = "attachments", length = 100000)
    String attachments;
    @Column(name = "client_id", length = 100)
    String clientId;
    @Column(name = "interest_id", length = 100)
    String interestId;
    @Column(name = "manager_id", length = 100)
    String managerId;
    @Column(name = "status", length = 20, nullable = false)
    String status;
    @Column(name = "attempts", nullable = false)
    int attempts;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "last_error", length = 20000)
    String lastError;
}
