package io.crmkit.inquiry;

/** A registered inquiry waits (PENDING) in My tasks until someone accepts it (ACCEPTED). */
public enum InquiryStatus {
    PENDING, ACCEPTED
}
