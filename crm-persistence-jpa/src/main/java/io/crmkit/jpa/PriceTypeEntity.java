package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "PriceType")
@Table(name = "crm_price_type")
class PriceTypeEntity {
    @Id
    @Column(name = "code", length = 100)
    String code;
    @Column(name = "name", length = 300, nullable = false)
    String name;
    @Column(name = "currency", length = 3, nullable = false)
    String currency;
}
