package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "Attachment")
@Table(name = "crm_attachment")
class AttachmentEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "declared_name", length = 1000)
    String declaredName;
    @Column(name = "content_type", length = 300, nullable = false)
    String contentType;
    @Column(name = "size_bytes", nullable = false)
    long size;
    @Column(name = "content", length = 100000000, nullable = false)
    byte[] content;
}
