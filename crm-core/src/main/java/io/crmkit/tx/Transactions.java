package io.crmkit.tx;

import java.util.function.Supplier;

/**
 * Port for the transaction boundary. Every service operation that writes runs its work inside
 * {@link #inTransaction}; when the work throws, everything it wrote is rolled back. Nested calls
 * join the outer transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** Registers work to run after the current transaction commits (never after a rollback). */
    void afterCommit(Runnable action);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
