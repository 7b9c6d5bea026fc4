package io.crmkit.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An interest row with its stage history. {@code stage} and {@code createdAt} repeat the last and
 * the first history entry so that the funnel and the screens can filter and index them.
 */
@Entity(name = "Interest")
@Table(name = "crm_interest")
class InterestEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "client_id", length = 100, nullable = false)
    String clientId;
    @Column(name = "contact_id", length = 100)
    String contactId;
    @Column(name = "manager_id", length = 100, nullable = false)
    String managerId;
    @Column(name = "funnel", length = 100, nullable = false)
    String funnel;
    @Column(name = "stage", length = 100, nullable = false)
    String stage;
    @Column(name = "status", length = 20, nullable = false)
    String status;
    @Column(name = "amount", precision = 19, scale = 4)
    BigDecimal amount;
    /** The scale the amount was written with, so that it reads back equal. */
    @Column(name = "amount_scale")
    Integer amountScale;
    @Column(name = "currency", length = 3)
    String currency;
    @Column(name = "expected_close")
    LocalDate expectedClose;
    @Column(name = "source", length = 300)
    String source;
    @Column(name = "loss_reason", length = 300)
    String lossReason;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "closed_at")
    Instant closedAt;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "crm_interest_stage", joinColumns = @JoinColumn(name = "interest_id"))
    @OrderColumn(name = "idx")
    List<StagePart> history = new ArrayList<>();

    @Embeddable
    static class StagePart {
        @Column(name = "stage", length = 100, nullable = false)
        String stage;
        @Column(name = "entered_at", nullable = false)
        Instant enteredAt;
        @Column(name = "entered_by", length = 100)
        String enteredBy;

        StagePart() {
        }

        StagePart(String stage, Instant enteredAt, String enteredBy) {
            this.stage = stage;
            this.enteredAt = enteredAt;
            this.enteredBy = enteredBy;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StagePart p && Objects.equals(stage, p.stage) && Objects.equals(enteredAt, p.enteredAt)
                    && Objects.equals(enteredBy, p.enteredBy);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stage, enteredAt);
        }
    }
}
