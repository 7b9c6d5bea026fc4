package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An interaction row. */
@Entity(name = "Interaction")
@Table(name = "crm_interaction")
class InteractionEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "type", length = 100, nullable = false)
    String type;
    @Column(name = "client_id", length = 100, nullable = false)
    String clientId;
    @Column(name = "contact_id", length = 100)
    String contactId;
    @Column(name = "interest_id", length = 100)
    String interestId;
    @Column(name = "manager_id", length = 100, nullable = false)
    String managerId;
    @Column(name = "subject", length = 1000)
    String subject;
    @Column(name = "description", length = 20000)
    String description;
    @Column(name = "planned_start", nullable = false)
    Instant plannedStart;
    @Column(name = "planned_end", nullable = false)
    Instant plannedEnd;
    @Column(name = "status", length = 20, nullable = false)
    String status;
    @Column(name = "completed_at")
    Instant completedAt;
    @Column(name = "result", length = 20000)
    String result;
    @Column(name = "importance", length = 20, nullable = false)
    String importance;
    @Column(name = "letter_id", length = 100)
    String letterId;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
