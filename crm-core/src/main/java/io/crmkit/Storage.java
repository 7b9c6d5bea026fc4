package io.crmkit;

import io.crmkit.client.ClientRepository;
import io.crmkit.inquiry.InquiryRepository;
import io.crmkit.interaction.InteractionRepository;
import io.crmkit.interest.InterestRepository;
import io.crmkit.mail.AttachmentStore;
import io.crmkit.mail.LetterRepository;
import io.crmkit.mail.Outbox;
import io.crmkit.org.DepartmentRepository;
import io.crmkit.org.ManagerRepository;
import io.crmkit.product.ProductCatalog;
import io.crmkit.report.ReportQueries;
import io.crmkit.tx.BulkImport;
import io.crmkit.tx.Transactions;

/**
 * Everything a storage supplies to crmkit: one repository per aggregate, the report queries, the
 * mail stores and the transaction boundary. {@code InMemoryStorage} (in crm-core) and the JPA
 * storage (crm-persistence-jpa) implement it; a host may implement it over its own store.
 */
public interface Storage extends AutoCloseable {
    DepartmentRepository departments();

    ManagerRepository managers();

    ClientRepository clients();

    InterestRepository interests();

    InteractionRepository interactions();

    InquiryRepository inquiries();

    ProductCatalog products();

    LetterRepository letters();

    Outbox outbox();

    AttachmentStore attachments();

    ReportQueries reportQueries();

    Transactions transactions();

    /**
     * A bulk importer that batches {@code batchSize} records per transaction.
     *
     * @throws InvalidInputException when {@code batchSize} is not positive
     */
    BulkImport bulkImport(int batchSize);

    /** Releases what the storage holds open (connections, files); the default does nothing. */
    @Override
    default void close() {
    }
}
