package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "Product")
@Table(name = "crm_product")
class ProductEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "name", length = 300, nullable = false)
    String name;
    @Column(name = "group_id", length = 100)
    String groupId;
    @Column(name = "unit", length = 50)
    String unit;
}
