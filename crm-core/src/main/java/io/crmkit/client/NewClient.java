package io.crmkit.client;

import io.crmkit.org.ManagerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A client to create.
 *
 * @param id        the id, or {@code null} to let crmkit choose one
 * @param portrait  portrait values by field key; keys must be configured portrait fields
 * @param createdAt the creation moment, or {@code null} for now
 */
public record NewClient(ClientId id, ClientKind kind, String name, ManagerId manager, Map<String, String> portrait,
                        List<NewContact> contacts, Instant createdAt) {
    public NewClient {
        portrait = portrait == null ? Map.of() : portraitCopy(portrait);
        contacts = contacts == null ? List.of() : io.crmkit.internal.Check.list("client.contacts", contacts);
    }

    /** A copy that keeps null values (they clear a field) and rejects a null key. */
    private static Map<String, String> portraitCopy(Map<String, String> values) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k == null) {
                throw new io.crmkit.InvalidInputException("client.portrait", null, "a portrait field key is required");
            }
            m.put(k, v);
        });
        return java.util.Collections.unmodifiableMap(m);
    }

    public static NewClient organization(String name, ManagerId manager) {
        return new NewClient(null, ClientKind.ORGANIZATION, name, manager, Map.of(), List.of(), null);
    }

    public static NewClient person(String name, ManagerId manager) {
        return new NewClient(null, ClientKind.PERSON, name, manager, Map.of(), List.of(), null);
    }

    public NewClient withId(ClientId newId) {
        return new NewClient(newId, kind, name, manager, portrait, contacts, createdAt);
    }

    public NewClient withPortrait(Map<String, String> values) {
        return new NewClient(id, kind, name, manager, values, contacts, createdAt);
    }

    public NewClient withContact(NewContact contact) {
        List<NewContact> cs = new java.util.ArrayList<>(contacts);
        cs.add(contact); // a null contact is reported by the constructor as client.contacts[i]
        return new NewClient(id, kind, name, manager, portrait, cs, createdAt);
    }

    public NewClient createdAt(Instant at) {
        return new NewClient(id, kind, name, manager, portrait, contacts, at);
    }
}
