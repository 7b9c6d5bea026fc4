package io.crmkit.mail;

import java.io.InputStream;
import java.util.Optional;

/**
 * Port that keeps attachment contents. The store chooses the id; the declared name is data only
 * and must never become a file path.
 */
public interface AttachmentStore {
    /** Stores content and returns its reference. */
    AttachmentRef store(String declaredName, String contentType, byte[] content);

    /** The content of a stored attachment. */
    Optional<byte[]> content(String attachmentId);

    default Optional<InputStream> open(String attachmentId) {
        return content(attachmentId).map(java.io.ByteArrayInputStream::new);
    }
}
