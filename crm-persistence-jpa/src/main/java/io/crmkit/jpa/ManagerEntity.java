package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity(name = "Manager")
@Table(name = "crm_manager")
class ManagerEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "name", length = 300, nullable = false)
    String name;
    @Column(name = "email", length = 254)
    String email;
    @Column(name = "department_id", length = 100, nullable = false)
    String departmentId;
    @Column(name = "active", nullable = false)
    boolean active;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
