package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An inquiry row; the result columns are set once it is accepted. */
@Entity(name = "Inquiry")
@Table(name = "crm_inquiry")
class InquiryEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "idem_key", length = 200, unique = true)
    String key;
    @Column(name = "received_at", nullable = false)
    Instant at;
    @Column(name = "manager_id", length = 100, nullable = false)
    String managerId;
    @Column(name = "channel", length = 20, nullable = false)
    String channel;
    @Column(name = "phone", length = 1000)
    String phone;
    @Column(name = "email", length = 1000)
    String email;
    @Column(name = "name", length = 1000)
    String name;
    @Column(name = "company", length = 1000)
    String company;
    @Column(name = "note", length = 20000)
    String note;
    @Column(name = "letter_id", length = 100)
    String letterId;
    @Column(name = "status", length = 20, nullable = false)
    String status;
    @Column(name = "result_client_id", length = 100)
    String resultClientId;
    @Column(name = "result_new_client")
    Boolean resultNewClient;
    @Column(name = "result_interest_id", length = 100)
    String resultInterestId;
    @Column(name = "result_new_interest")
    Boolean resultNewInterest;
    @Column(name = "result_interaction_id", length = 100)
    String resultInteractionId;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
