package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity(name = "Department")
@Table(name = "crm_department")
class DepartmentEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "name", length = 300, nullable = false)
    String name;
    @Column(name = "parent_id", length = 100)
    String parentId;
    @Column(name = "head_id", length = 100)
    String headId;
    @Column(name = "daily_norm_points", nullable = false)
    int dailyNormPoints;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
