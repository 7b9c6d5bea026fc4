package io.crmkit;

/** A record named by id does not exist (or is outside the caller's scope, which is the same to the caller). */
public final class NotFoundException extends CrmException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, Object id) {
        super("NOT_FOUND", field, id, field + ": no such record (value: " + render(id) + ")", null);
    }
}
