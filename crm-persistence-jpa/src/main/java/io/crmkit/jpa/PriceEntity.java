package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

@Entity(name = "Price")
@Table(name = "crm_price")
class PriceEntity {
    @EmbeddedId
    PriceKey key;
    @Column(name = "amount", precision = 19, scale = 4, nullable = false)
    BigDecimal amount;
    @Column(name = "amount_scale", nullable = false)
    int amountScale;

    @Embeddable
    static class PriceKey implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "product_id", length = 100)
        String productId;
        @Column(name = "price_type", length = 100)
        String priceType;
        @Column(name = "valid_from")
        LocalDate validFrom;

        PriceKey() {
        }

        PriceKey(String productId, String priceType, LocalDate validFrom) {
            this.productId = productId;
            this.priceType = priceType;
            this.validFrom = validFrom;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PriceKey k && Objects.equals(productId, k.productId)
                    && Objects.equals(priceType, k.priceType) && Objects.equals(validFrom, k.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, priceType, validFrom);
        }
    }
}
