package io.crmkit;

/**
 * A write lost a concurrent update (optimistic locking), or a record with the same unique key
 * already exists. Reload and retry.
 */
public final class ConflictException extends CrmException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String field, Object value, String problem) {
        this(field, value, problem, null);
    }

    public ConflictException(String field, Object value, String problem, Throwable cause) {
        super("CONFLICT", field, value, field + ": " + problem + " (value: " + render(value) + ")", cause);
    }
}
