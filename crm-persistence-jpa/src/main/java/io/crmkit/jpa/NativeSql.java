package io.crmkit.jpa;

import io.crmkit.org.ResolvedScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A native SQL statement assembled with its positional parameters. */
final class NativeSql {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    NativeSql sql(String fragment) {
        sql.append(fragment);
        return this;
    }

    /** Appends a fragment holding exactly as many {@code ?} as values given. */
    NativeSql sql(String fragment, Object... values) {
        sql.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code column in (?, …)} for the scope's managers, or {@code 1=1} for the whole company. */
    NativeSql scope(String column, ResolvedScope scope) {
        if (scope.everyone()) {
            return sql("1=1");
        }
        return in(column, Jpa.managers(scope));
    }

    NativeSql in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            return sql("1=0");
        }
        sql.append(column).append(" in (");
        int i = 0;
        for (Object v : values) {
            sql.append(i++ == 0 ? "?" : ", ?");
            params.add(v);
        }
        sql.append(')');
        return this;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em) {
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<Object> raw = q.getResultList();
        List<Object[]> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            out.add(o instanceof Object[] a ? a : new Object[] {o});
        }
        return out;
    }

    @Override
    public String toString() {
        return sql.toString();
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static java.math.BigDecimal decimal(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.math.BigDecimal b) {
            return b;
        }
        if (o instanceof java.math.BigInteger b) {
            return new java.math.BigDecimal(b);
        }
        return new java.math.BigDecimal(o.toString());
    }
}
