package io.crmkit.client;

import io.crmkit.org.ResolvedScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage port for clients with their contacts. */
public interface ClientRepository {
    /**
     * Inserts (version 0) or updates (version as loaded) a client and returns it with its new version.
     *
     * @throws io.crmkit.ConflictException when the id exists already (insert) or the version is stale (update)
     */
    Client save(Client client);

    Optional<Client> find(ClientId id);

    /** Clients that have this E.164 key on one of their contacts or on themselves, by id. */
    List<Client> findByPhoneKey(String phoneKey);

    /** Clients that have this e-mail (lower-cased key) on one of their contacts or on themselves, by id. */
    List<Client> findByEmailKey(String emailKey);

    /**
     * Clients whose own name or one of whose contacts' names contains {@code fragment},
     * case-insensitively, by id; at most {@code limit}.
     */
    List<Client> findByNameFragment(String fragment, ResolvedScope scope, int limit);

    /** Every client in scope, by id. */
    List<Client> inScope(ResolvedScope scope);

    /**
     * The names of these clients, by id, read without loading the clients' contacts or portrait:
     * a fixed number of statements however many ids. Unknown ids are left out; repeated ids count once.
     *
     * @throws io.crmkit.InvalidInputException when {@code ids} or one of its elements is null
     */
    Map<ClientId, String> names(Collection<ClientId> ids);
}
