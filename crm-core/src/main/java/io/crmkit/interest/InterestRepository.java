package io.crmkit.interest;

import io.crmkit.client.ClientId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import java.util.List;
import java.util.Optional;

/** Storage port for interests with their stage history. */
public interface InterestRepository {
    /**
     * Inserts (version 0) or updates (version as loaded) an interest and returns it with its new version.
     *
     * @throws io.crmkit.ConflictException when the id exists already (insert) or the version is stale (update)
     */
    Interest save(Interest interest);

    Optional<Interest> find(InterestId id);

    /** Every interest of a client, whoever manages it, by id. */
    List<Interest> ofClient(ClientId client);

    /**
     * The ids of the ACTIVE interests of each of these clients, whoever manages them, each list by id;
     * a client without one is left out. A fixed number of statements however many clients, and no
     * interest is loaded whole.
     *
     * @throws io.crmkit.InvalidInputException when {@code clients} or one of its elements is null
     */
    java.util.Map<ClientId, List<InterestId>> activeIdsOfClients(java.util.Collection<ClientId> clients);

    /** Interests in scope with status ACTIVE, by id. */
    List<Interest> activeInScope(ResolvedScope scope);

    /**
     * The ACTIVE interests of one manager in one funnel, with their stage history, by id (My sales).
     * Reads the manager's own rows only, in a fixed number of statements however many there are and
     * however many other managers' interests the store holds.
     *
     * @throws io.crmkit.InvalidInputException when {@code manager} or {@code funnel} is null
     */
    List<Interest> activeOfManager(ManagerId manager, String funnel);

    /** Every interest in scope, by id. */
    List<Interest> inScope(ResolvedScope scope);
}
