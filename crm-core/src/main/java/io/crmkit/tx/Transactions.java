package io.crmkit.tx;

import java.util.function.Supplier;

/**
 * Port for the transaction boundary. Every service operation that writes runs its work inside
 * {@link #inTransaction}; when the work throws, everything it wrote is rolled back. Nested calls
 * join the outer transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs reads that belong together (one screen's queries) as one unit: a storage over a database
     * gives them one connection and one transaction instead of one each; a storage whose readers
     * need no transaction may just run the work. Nested calls join the outer transaction. The
     * default runs {@link #inTransaction}. The work must not write.
     */
    default <T> T inReadTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    /** Registers work to run after the current transaction commits (never after a rollback). */
    void afterCommit(Runnable action);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
