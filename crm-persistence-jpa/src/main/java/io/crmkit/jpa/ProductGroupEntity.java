package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "ProductGroup")
@Table(name = "crm_product_group")
class ProductGroupEntity {
    @Id
    @Column(name = "id", length = 100)
    String id;
    @Column(name = "name", length = 300, nullable = false)
    String name;
    @Column(name = "parent_id", length = 100)
    String parentId;
}
