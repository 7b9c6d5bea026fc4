package io.crmkit.memory;

import io.crmkit.tx.Transactions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory storage: one writer at a time (a fair lock), an undo log that
 * puts every changed entry back when the work throws, and after-commit actions. Readers never
 * block: tables are concurrent maps, and a reader outside a transaction may see a writer's
 * changes before it commits (read-uncommitted, as an embedded test store may).
 */
final class MemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private static final class Tx {
        final Deque<Runnable> undo = new ArrayDeque<>();
        final List<Runnable> afterCommit = new ArrayList<>();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        lock.lock();
        Tx tx = new Tx();
        current.set(tx);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            while (!tx.undo.isEmpty()) {
                tx.undo.pop().run();
            }
            throw e;
        } finally {
            current.remove();
            lock.unlock();
        }
        for (Runnable r : tx.afterCommit) {
            r.run();
        }
        return result;
    }

    /** Readers never block here: the work just runs (joining a transaction the thread is in). */
    @Override
    public <T> T inReadTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public void afterCommit(Runnable action) {
        Tx tx = current.get();
        if (tx == null) {
            action.run();
        } else {
            tx.afterCommit.add(action);
        }
    }

    /** Records how to undo a change; must be called inside a transaction. */
    void onRollback(Runnable undo) {
        Tx tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("in-memory write outside a transaction");
        }
        tx.undo.push(undo);
    }
}
