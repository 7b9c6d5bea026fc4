package io.crmkit.jpa;

import io.crmkit.tx.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource-local transactions bound to the calling thread: the outermost
 * {@link #inTransaction} opens an {@link EntityManager} and a transaction, nested calls join it,
 * and after-commit actions run once the outermost one has committed. Anything the database throws
 * is translated into crmkit's exceptions, and the transaction is rolled back.
 */
final class JpaTransactions implements Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(JpaTransactions.class);

    private final EntityManagerFactory emf;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private static final class Tx {
        final EntityManager em;
        final List<Runnable> afterCommit = new ArrayList<>();

        Tx(EntityManager em) {
            this.em = em;
        }
    }

    JpaTransactions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em;
        try {
            em = emf.createEntityManager();
        } catch (RuntimeException e) {
            throw Errors.translate("transaction.begin", e);
        }
        Tx tx = new Tx(em);
        current.set(tx);
        T result;
        try {
            EntityTransaction t = em.getTransaction();
            try {
                t.begin();
            } catch (RuntimeException e) {
                throw Errors.translate("transaction.begin", e);
            }
            try {
                result = work.get();
            } catch (PersistenceException e) {
                rollbackQuietly(t, e);
                throw Errors.translate("transaction", e);
            } catch (RuntimeException | Error e) {
                // the caller's own exceptions pass unchanged
                rollbackQuietly(t, e);
                throw e;
            }
            try {
                t.commit();
            } catch (RuntimeException e) {
                rollbackQuietly(t, e);
                throw Errors.translate("transaction.commit", e);
            }
        } finally {
            current.remove();
            closeQuietly(em);
        }
        for (Runnable r : tx.afterCommit) {
            r.run();
        }
        return result;
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

    /** The entity manager of the current transaction, or {@code null} outside one. */
    EntityManager currentOrNull() {
        Tx tx = current.get();
        return tx == null ? null : tx.em;
    }

    private static void rollbackQuietly(EntityTransaction t, Throwable cause) {
        try {
            if (t.isActive()) {
                t.rollback();
            }
        } catch (RuntimeException r) {
            LOG.warn("rollback failed after {}", cause.toString(), r);
            cause.addSuppressed(r);
        }
    }

    private static void closeQuietly(EntityManager em) {
        try {
            em.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the entity manager failed", e);
        }
    }
}
