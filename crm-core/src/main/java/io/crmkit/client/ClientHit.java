package io.crmkit.client;

import io.crmkit.internal.Check;
import io.crmkit.org.ManagerId;

/**
 * What a client search shows of one client it found, read without loading the client's contacts,
 * contact info or portrait: its id, name and responsible manager, and the contact that matched.
 *
 * @param client  the client's id
 * @param name    the client's name
 * @param manager the client's responsible manager (for scope filtering)
 * @param contact the first contact by id that matched, or {@code null} when only the client itself did
 */
public record ClientHit(ClientId client, String name, ManagerId manager, ContactId contact) {
    public ClientHit {
        Check.notNull("client", client);
        Check.notNull("name", name);
        Check.notNull("manager", manager);
    }
}
