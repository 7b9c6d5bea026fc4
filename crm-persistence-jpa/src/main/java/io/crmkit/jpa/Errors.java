package io.crmkit.jpa;

import io.crmkit.ConflictException;
import io.crmkit.CrmException;
import io.crmkit.StorageException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;

/**
 * Translates what the database and the persistence provider throw into crmkit's exceptions: a
 * lost update or a duplicate key becomes {@link ConflictException}; a lost connection, a deadlock,
 * a lock timeout or anything else from the database becomes {@link StorageException}.
 */
final class Errors {
    private Errors() {
    }

    static CrmException translate(String operation, Throwable e) {
        if (e instanceof CrmException c) {
            return c;
        }
        if (hasCause(e, OptimisticLockException.class) || hasCauseNamed(e, "org.hibernate.StaleStateException")) {
            return new ConflictException(operation, null, "the record was changed or removed concurrently", e);
        }
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql == null ? 0 : sql.getErrorCode();
        if (state.startsWith("08") || hasCauseNamed(e, "java.net.SocketException") || hasCauseNamed(e, "java.io.EOFException")) {
            if (operation.equals("transaction.commit")) {
                // the server may have committed before its answer was lost
                return new StorageException(operation, "the connection to the database was lost while committing; the outcome"
                        + " is unknown: reload, or retry with the version you hold (a conflict then means it was written)", e);
            }
            return new StorageException(operation, "the connection to the database was lost; nothing was written", e);
        }
        if (state.equals("40001") || state.equals("40P01") || code == 1213) {
            return new StorageException(operation, "the database aborted the transaction (deadlock or serialization "
                    + "failure); nothing was written, retry", e);
        }
        if (state.equals("55P03") || state.equals("HYT00") || code == 1205
                || hasCause(e, LockTimeoutException.class) || hasCause(e, PessimisticLockException.class)) {
            return new StorageException(operation, "a lock wait timed out; nothing was written, retry", e);
        }
        if (code == 90131) {
            // H2: "concurrent update" - another transaction changed the row first
            return new ConflictException(operation, null, "the record was changed concurrently", e);
        }
        if (state.startsWith("23") || hasCause(e, EntityExistsException.class)) {
            return new ConflictException(operation, sql == null ? null : sql.getMessage(),
                    "a record with the same key exists already", e);
        }
        String detail = sql != null ? sql.getMessage() : e.getMessage();
        return new StorageException(operation, "the database failed: " + CrmException.render(detail), e);
    }

    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                SQLException next = s;
                while (next.getSQLState() == null && next.getNextException() != null) {
                    next = next.getNextException();
                }
                return next;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCauseNamed(Throwable e, String className) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }
}
