package io.crmkit.mail;

import io.crmkit.internal.Check;

/**
 * A stored attachment: the store's own id, and the name and type the sender declared, kept as
 * data only (a declared name is never used as a file path).
 */
public record AttachmentRef(String id, String declaredName, String contentType, long size) {
    public AttachmentRef {
        Check.id("attachment.id", id);
        declaredName = declaredName == null ? "" : declaredName;
        if (declaredName.length() > 1000) {
            declaredName = declaredName.substring(0, 1000);
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        if (size < 0) {
            throw new io.crmkit.InvalidInputException("attachment.size", size, "must not be negative");
        }
    }
}
