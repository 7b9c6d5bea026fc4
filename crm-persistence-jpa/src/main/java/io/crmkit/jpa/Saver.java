package io.crmkit.jpa;

import io.crmkit.ConflictException;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The optimistic-locking save shared by every aggregate repository. Version 0 inserts (a row with
 * the same id is a conflict) and stores version 1; any other version must equal the stored one
 * (else a conflict: the caller holds a stale copy) and the row leaves with version + 1. A writer
 * that changed the row between our read and our write is caught by the {@code where version = ?}
 * of the update and also reported as a conflict.
 */
final class Saver<E> {
    private final Class<E> type;
    private final String kind;
    private final Supplier<E> fresh;
    private final ToLongFunction<E> version;
    private final ObjLongConsumer<E> setVersion;

    Saver(Class<E> type, String kind, Supplier<E> fresh, ToLongFunction<E> version, ObjLongConsumer<E> setVersion) {
        this.type = type;
        this.kind = kind;
        this.fresh = fresh;
        this.version = version;
        this.setVersion = setVersion;
    }

    /** Saves and returns the new stored version. */
    long save(EntityManager em, String id, long expected, Consumer<E> copy) {
        E e = em.find(type, id);
        if (expected == 0) {
            if (e != null) {
                throw new ConflictException(kind + ".id", id, "a " + kind + " with this id exists already");
            }
            E created = fresh.get();
            copy.accept(created);
            setVersion.accept(created, 1);
            em.persist(created);
            em.flush();
            return version.applyAsLong(created);
        }
        if (e == null) {
            throw new ConflictException(kind + ".id", id, "the " + kind + " was deleted or never stored (version "
                    + expected + ")");
        }
        long stored = version.applyAsLong(e);
        if (stored != expected) {
            throw new ConflictException(kind + ".version", expected, "the " + kind + " " + id
                    + " was changed concurrently (stored version " + stored + ")");
        }
        copy.accept(e);
        @SuppressWarnings("unchecked")
        ToLongFunction<Object> v = (ToLongFunction<Object>) version;
        Jpa.bumpVersion(em, e, stored, v);
        return version.applyAsLong(e);
    }
}
