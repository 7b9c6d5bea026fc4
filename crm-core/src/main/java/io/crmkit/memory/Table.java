package io.crmkit.memory;

import io.crmkit.ConflictException;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** One in-memory table keyed by id, sorted by key, with versioned writes that can be undone. */
final class Table<K extends Comparable<K>, V> {
    private final ConcurrentSkipListMap<K, V> rows = new ConcurrentSkipListMap<>();
    private final MemoryTransactions tx;
    private final String kind;

    Table(MemoryTransactions tx, String kind) {
        this.tx = tx;
        this.kind = kind;
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    Collection<V> values() {
        return rows.values();
    }

    int size() {
        return rows.size();
    }

    /**
     * Inserts (stored version 0 expected absent) or updates (version must match) a row and returns
     * it with version + 1.
     */
    V save(K key, V value, ToLongFunction<V> version, java.util.function.BiFunction<V, Long, V> withVersion) {
        return tx.inTransaction(() -> {
            long v = version.applyAsLong(value);
            V old = rows.get(key);
            if (v == 0 && old != null) {
                throw new ConflictException(kind + ".id", key, "a " + kind + " with this id exists already");
            }
            if (v != 0) {
                if (old == null) {
                    throw new ConflictException(kind + ".id", key, "the " + kind + " was deleted or never stored (version " + v + ")");
                }
                long stored = version.applyAsLong(old);
                if (stored != v) {
                    throw new ConflictException(kind + ".version", v,
                            "the " + kind + " " + key + " was changed concurrently (stored version " + stored + ")");
                }
            }
            V saved = withVersion.apply(value, v + 1);
            put(key, saved);
            return saved;
        });
    }

    /** Puts a row without a version check (catalog data), undoably. */
    void put(K key, V value) {
        tx.inTransaction((Supplier<Void>) () -> {
            V old = rows.put(key, value);
            tx.onRollback(() -> {
                if (old == null) {
                    rows.remove(key);
                } else {
                    rows.put(key, old);
                }
            });
            return null;
        });
    }

    void clear() {
        rows.clear();
    }
}
