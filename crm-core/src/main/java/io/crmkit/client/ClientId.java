package io.crmkit.client;

import io.crmkit.internal.Check;

/** The id of a client. Ids are chosen by the host or by the storage's id generator and compared as strings. */
public record ClientId(String value) implements Comparable<ClientId> {
    public ClientId {
        Check.id("clientId", value);
    }

    public static ClientId of(String value) {
        return new ClientId(value);
    }

    @Override
    public int compareTo(ClientId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
