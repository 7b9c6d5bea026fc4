package io.crmkit;

/** The caller may not see the scope or record asked for: a manager asked for another manager's, a head for another department's. */
public final class AccessDeniedException extends CrmException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String field, Object value, String problem) {
        super("ACCESS_DENIED", field, value, field + ": " + problem + " (value: " + render(value) + ")", null);
    }
}
