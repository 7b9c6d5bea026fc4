package io.crmkit;

/** A caller passed a value that is not acceptable: blank, malformed, out of range or unknown to a catalog. */
public final class InvalidInputException extends CrmException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, Object value, String problem) {
        super("INVALID_INPUT", field, value, field + ": " + problem + " (value: " + render(value) + ")", null);
    }
}
