package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.ConflictException;
import io.crmkit.CrmException;
import io.crmkit.StorageException;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryId;
import io.crmkit.org.ManagerId;
import io.crmkit.product.Price;
import io.crmkit.product.ProductId;
import io.crmkit.tx.BulkImport;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Database failures become crmkit exceptions, by SQLState and vendor code, and for real on each database. */
class ErrorTranslationTest {
    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");

    private static CrmException of(String state, int code) {
        return Errors.translate("op", new PersistenceException("wrapped", new SQLException("boom", state, code)));
    }

    @Test
    void translatesByStateAndCode() {
        assertThat(of("23505", 0)).isInstanceOf(ConflictException.class);
        assertThat(of("23000", 1062)).isInstanceOf(ConflictException.class);
        assertThat(of("08006", 0)).isInstanceOf(StorageException.class).hasMessageContaining("connection");
        assertThat(of("40P01", 0)).isInstanceOf(StorageException.class).hasMessageContaining("deadlock");
        assertThat(of("40001", 1213)).isInstanceOf(StorageException.class).hasMessageContaining("deadlock");
        assertThat(of("55P03", 0)).isInstanceOf(StorageException.class).hasMessageContaining("lock");
        assertThat(of("HY000", 1205)).isInstanceOf(StorageException.class).hasMessageContaining("lock");
        assertThat(of("HYT00", 50200)).isInstanceOf(StorageException.class).hasMessageContaining("lock");
        assertThat(of("90131", 90131)).isInstanceOf(ConflictException.class);
        assertThat(of("42P01", 0)).isInstanceOf(StorageException.class);
        assertThat(Errors.translate("op", new OptimisticLockException("stale"))).isInstanceOf(ConflictException.class);
        assertThat(Errors.translate("op", new PersistenceException(new SQLTransientConnectionException("gone", "08001"))))
                .isInstanceOf(StorageException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDuplicateKeyInTheDatabaseIsAConflictAndLeavesTheBatchUnwritten(TestDatabases.Kind kind) {
        JpaStorage s = SharedStorages.emptied(kind);
        s.inquiries().save(Inquiry.pending(InquiryId.of("q1"), "key-1", T0, ManagerId.of("m"), Channel.PHONE, null, null, null,
                null, null, null));
        assertThatThrownBy(() -> s.inquiries().save(Inquiry.pending(InquiryId.of("q2"), "key-1", T0, ManagerId.of("m"),
                Channel.PHONE, null, null, null, null, null, null))).isInstanceOf(ConflictException.class);
        BulkImport b = s.bulkImport(10);
        b.inquiry(Inquiry.pending(InquiryId.of("q3"), "key-3", T0, ManagerId.of("m"), Channel.PHONE, null, null, null, null,
                null, null));
        b.price(new Price(ProductId.of("p"), "RETAIL", BigDecimal.ONE, LocalDate.parse("2026-01-01")));
        b.inquiry(Inquiry.pending(InquiryId.of("q4"), "key-1", T0, ManagerId.of("m"), Channel.PHONE, null, null, null, null,
                null, null));
        assertThatThrownBy(b::flush).isInstanceOf(ConflictException.class).hasMessageContaining("0 records were committed");
        assertThat(s.inquiries().find(InquiryId.of("q3"))).isEmpty();
        assertThat(s.products().prices()).isEmpty();
        assertThat(b.committed()).isZero();
    }
}
