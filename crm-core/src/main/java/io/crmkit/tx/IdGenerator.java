package io.crmkit.tx;

/** Port that makes new ids for records crmkit creates. Ids must be unique across the storage. */
@FunctionalInterface
public interface IdGenerator {
    /** A new id for a record of the given kind ({@code "client"}, {@code "interest"}, …). */
    String next(String kind);

    /** Random UUIDs (the default). */
    static IdGenerator uuids() {
        return kind -> java.util.UUID.randomUUID().toString();
    }

    /** {@code prefix-1}, {@code prefix-2}, … per kind; deterministic, for tests and scenarios. */
    static IdGenerator sequential(String prefix) {
        java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicLong> counters =
                new java.util.concurrent.ConcurrentHashMap<>();
        return kind -> prefix + kind + "-" + counters.computeIfAbsent(kind, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
    }
}
