package io.crmkit.inquiry;

import io.crmkit.internal.Check;

/** The id of an inquiry. Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record InquiryId(String value) implements Comparable<InquiryId> {
    public InquiryId {
        Check.id("inquiryId", value);
    }

    public static InquiryId of(String value) {
        return new InquiryId(value);
    }

    @Override
    public int compareTo(InquiryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
