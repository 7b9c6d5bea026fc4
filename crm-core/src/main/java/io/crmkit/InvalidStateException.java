package io.crmkit;

/** The operation is not allowed in the record's current state, e.g. completing a cancelled interaction. */
public final class InvalidStateException extends CrmException {
    private static final long serialVersionUID = 1L;

    public InvalidStateException(String field, Object value, String problem) {
        super("INVALID_STATE", field, value, field + ": " + problem + " (value: " + render(value) + ")", null);
    }
}
