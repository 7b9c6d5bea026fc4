package io.crmkit;

/**
 * The storage or a remote server failed (connection lost, deadlock, timeout). The operation was
 * rolled back and may be retried.
 */
public final class StorageException extends CrmException {
    private static final long serialVersionUID = 1L;

    public StorageException(String operation, String problem, Throwable cause) {
        super("STORAGE", operation, null, operation + ": " + problem, cause);
    }
}
