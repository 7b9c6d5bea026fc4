package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CrmException;
import io.crmkit.InvalidInputException;
import io.crmkit.Storage;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.InterestId;
import io.crmkit.org.Department;
import io.crmkit.org.Manager;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.tx.BulkImport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.tx.BulkImport}: batches of new records, each batch all or nothing. */
public abstract class BulkImportContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    private void importOrg(BulkImport b) {
        b.department(Department.of(TOP, "Sales", null, null, 48));
        b.manager(Manager.of(ANNA, "Anna", null, TOP));
    }

    @Test
    void importsEveryKindOfRecordAndCountsThem() {
        try (BulkImport b = storage.bulkImport(3)) {
            importOrg(b);
            b.client(client("c1", ANNA, "Romashka", contact("p1", "Ivan", "9123456789", null)));
            b.interest(interest("i1", "c1", ANNA, T0, "100.00"));
            b.interaction(planned("x1", "MEETING", "c1", ANNA, T0, T0.plusSeconds(3600)));
            b.inquiry(io.crmkit.inquiry.Inquiry.pending(io.crmkit.inquiry.InquiryId.of("q1"), "k1", T0, ANNA,
                    io.crmkit.inquiry.Channel.PHONE, "9123456789", null, "Ivan", null, null, null));
            b.productGroup(new ProductGroup(ProductGroupId.of("g1"), "Software", null));
            b.product(new Product(ProductId.of("pr1"), "CRM", ProductGroupId.of("g1"), "pcs"));
            b.priceType(new PriceType("RETAIL", "Retail", Currency.getInstance("RUB")));
            b.price(new Price(ProductId.of("pr1"), "RETAIL", new BigDecimal("1000.00"), LocalDate.of(2026, 1, 1)));
        }
        assertThat(storage.clients().find(ClientId.of("c1")).orElseThrow().contacts()).hasSize(1);
        assertThat(storage.interests().find(InterestId.of("i1")).orElseThrow().amount().amount()).isEqualByComparingTo("100");
        assertThat(storage.interactions().find(InteractionId.of("x1"))).isPresent();
        assertThat(storage.inquiries().findByKey("k1")).isPresent();
        assertThat(storage.products().currentPrice(ProductId.of("pr1"), "RETAIL", LocalDate.of(2026, 2, 1))).isPresent();
        assertThat(storage.managers().find(ANNA).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void writesInBatchesAndCountsCommittedRecords() {
        BulkImport b = storage.bulkImport(2);
        importOrg(b);
        assertThat(b.committed()).isEqualTo(2);
        b.client(client("c1", ANNA, "One"));
        assertThat(b.committed()).isEqualTo(2);
        b.client(client("c2", ANNA, "Two"));
        assertThat(b.committed()).isEqualTo(4);
        b.client(client("c3", ANNA, "Three"));
        b.flush();
        assertThat(b.committed()).isEqualTo(5);
        b.close();
        assertThat(storage.clients().inScope(company())).extracting(c -> c.id().value()).containsExactly("c1", "c2", "c3");
    }

    @Test
    void aFailingBatchLeavesNothingOfItselfAndKeepsEarlierBatches() {
        BulkImport b = storage.bulkImport(2);
        importOrg(b);
        b.client(client("c1", ANNA, "One"));
        b.client(client("c2", ANNA, "Two"));
        b.client(client("c3", ANNA, "Three"));
        assertThatThrownBy(() -> b.client(client("c1", ANNA, "Duplicate of one"))).isInstanceOf(io.crmkit.ConflictException.class)
                .hasMessageContaining("4 records");
        assertThat(b.committed()).isEqualTo(4);
        assertThat(storage.clients().find(ClientId.of("c3"))).isEmpty();
        assertThat(storage.clients().find(ClientId.of("c1")).orElseThrow().name()).isEqualTo("One");
        assertThat(storage.clients().find(ClientId.of("c2"))).isPresent();
    }

    @Test
    void recordsMustBeNew() {
        BulkImport b = storage.bulkImport(10);
        importOrg(b);
        Client stored = client("c1", ANNA, "One").withVersion(3);
        assertThatThrownBy(() -> b.client(stored)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((CrmException) e).field()).isEqualTo("client.version"));
        b.close();
        assertThat(storage.clients().find(ClientId.of("c1"))).isEmpty();
        assertThat(storage.managers().find(ANNA)).isPresent();
    }

    @Test
    void theBatchSizeMustBePositive() {
        assertThatThrownBy(() -> storage.bulkImport(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("batchSize").hasMessageContaining("0");
        assertThatThrownBy(() -> storage.bulkImport(-5)).isInstanceOf(InvalidInputException.class);
    }
}
