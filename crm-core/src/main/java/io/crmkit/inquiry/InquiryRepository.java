package io.crmkit.inquiry;

import io.crmkit.org.ResolvedScope;
import java.util.List;
import java.util.Optional;

/** Storage port for inquiries; the idempotency key is unique. */
public interface InquiryRepository {
    /**
     * Inserts (version 0) or updates an inquiry and returns it with its new version.
     *
     * @throws io.crmkit.ConflictException when the id or the key exists already, or the version is stale
     */
    Inquiry save(Inquiry inquiry);

    Optional<Inquiry> find(InquiryId id);

    Optional<Inquiry> findByKey(String key);

    /** PENDING inquiries of the managers in scope, by moment then id. */
    List<Inquiry> pendingInScope(ResolvedScope scope);
}
