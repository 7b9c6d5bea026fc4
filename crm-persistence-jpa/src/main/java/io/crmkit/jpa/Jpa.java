package io.crmkit.jpa;

import io.crmkit.CrmException;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.function.Function;

/** What the adapters share: the factory, the thread's transaction, the SQL dialect and error translation. */
final class Jpa {
    final EntityManagerFactory emf;
    final JpaTransactions tx;
    final SqlDialect dialect;

    Jpa(EntityManagerFactory emf, JpaTransactions tx, SqlDialect dialect) {
        this.emf = emf;
        this.tx = tx;
        this.dialect = dialect;
    }

    /**
     * Runs {@code work} with the entity manager of the current transaction (joining the caller's, or
     * in a transaction of its own), translating any failure into a crmkit exception named {@code operation}.
     */
    <T> T call(String operation, Function<EntityManager, T> work) {
        return tx.inTransaction(() -> {
            try {
                return work.apply(tx.currentOrNull());
            } catch (CrmException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Errors.translate(operation, e);
            }
        });
    }

    /**
     * On PostgreSQL, plans the rest of the current transaction's statements for their parameters
     * ({@code set local plan_cache_mode = force_custom_plan}); nothing on other databases. From its
     * fifth use the driver prepares a statement on the server, and PostgreSQL may then reuse a generic
     * plan made without the parameters' values: for {@code like $1} that plan walked the whole primary
     * key of a million clients (535 ms instead of 2 ms), for a report's period it walked an index and
     * sorted (21 ms instead of 10 ms for 10,000 interests). Used by the statements whose best plan
     * depends on the values (the name search, the period reports); planning each time costs well
     * under a millisecond there.
     */
    void customPlans(EntityManager em) {
        if (dialect == SqlDialect.POSTGRESQL) {
            em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
        }
    }

    /**
     * Makes sure a versioned entity leaves the current save with its version incremented exactly
     * once: a dirty entity is incremented by the flush; an unchanged one is forced.
     */
    static void bumpVersion(EntityManager em, Object entity, long before, java.util.function.ToLongFunction<Object> version) {
        em.flush();
        if (version.applyAsLong(entity) == before) {
            em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
        }
    }

    /** The managers of a scope as strings; empty means "nobody" unless the scope is everyone. */
    static List<String> managers(ResolvedScope scope) {
        return scope.managers().stream().map(ManagerId::value).toList();
    }

    /** Ids bound per statement by the queries over a collection of ids, well under every database's parameter limit. */
    static final int IDS_PER_STATEMENT = 1000;

    /**
     * The distinct values of client ids, in their first order.
     *
     * @throws io.crmkit.InvalidInputException naming {@code field} when the collection or an element is null
     */
    static List<String> distinctIds(String field, java.util.Collection<io.crmkit.client.ClientId> ids) {
        io.crmkit.internal.Check.notNull(field, ids);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (io.crmkit.client.ClientId id : ids) {
            out.add(io.crmkit.internal.Check.notNull(field, id).value());
        }
        return List.copyOf(out);
    }

    /** Whether a scope covers nobody at all (then no query needs to run). */
    static boolean nobody(ResolvedScope scope) {
        return !scope.everyone() && scope.managers().isEmpty();
    }

    /** A JPQL condition limiting {@code path} to the scope's managers (bound as {@code :managers}), or "1=1". */
    static String scopeJpql(ResolvedScope scope, String path) {
        return scope.everyone() ? "1=1" : path + " in :managers";
    }

    static <Q extends jakarta.persistence.Query> Q bindScope(Q q, ResolvedScope scope) {
        if (!scope.everyone()) {
            q.setParameter("managers", managers(scope));
        }
        return q;
    }

    /** Whether every entity of {@code rows} still has the version a re-read ({@code id, version} pairs) found. */
    static <E> boolean sameVersions(List<Object[]> reread, List<E> rows, java.util.function.Function<E, String> id,
                                    java.util.function.ToLongFunction<E> version) {
        java.util.Map<String, Long> now = new java.util.HashMap<>();
        for (Object[] r : reread) {
            now.put((String) r[0], ((Number) r[1]).longValue());
        }
        for (E e : rows) {
            Long v = now.get(id.apply(e));
            if (v == null || v != version.applyAsLong(e)) {
                return false;
            }
        }
        return true;
    }
}
