package io.crmkit.interaction;

import io.crmkit.client.ClientId;
import io.crmkit.interest.InterestId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage port for interactions. */
public interface InteractionRepository {
    /**
     * Inserts (version 0) or updates (version as loaded) an interaction and returns it with its new version.
     *
     * @throws io.crmkit.ConflictException when the id exists already (insert) or the version is stale (update)
     */
    Interaction save(Interaction interaction);

    Optional<Interaction> find(InteractionId id);

    /** Every interaction of a client, whoever manages it, by planned start then id. */
    List<Interaction> ofClient(ClientId client);

    /**
     * The ids of the PLANNED interactions of each of these clients, whoever manages them, each list
     * by planned start then id; a client without one is left out. A fixed number of statements however
     * many clients, and no interaction is loaded whole.
     *
     * @throws io.crmkit.InvalidInputException when {@code clients} or one of its elements is null
     */
    java.util.Map<ClientId, List<InteractionId>> plannedIdsOfClients(java.util.Collection<ClientId> clients);

    /** Every interaction of an interest, by planned start then id. */
    List<Interaction> ofInterest(InterestId interest);

    /** PLANNED interactions linked to any of these interests, whoever manages them, by planned start then id. */
    List<Interaction> plannedOfInterests(java.util.Collection<InterestId> interests);

    /**
     * PLANNED interactions, whoever manages them, linked to the ACTIVE interests of one manager in one
     * funnel (the next steps of My sales), by planned start then id. Reads through the manager's own
     * interests in a fixed number of statements, without a list of interest ids.
     *
     * @throws io.crmkit.InvalidInputException when {@code manager} or {@code funnel} is null
     */
    List<Interaction> plannedOfActiveInterests(ManagerId manager, String funnel);

    /** PLANNED interactions in scope, by planned start then id. */
    List<Interaction> plannedInScope(ResolvedScope scope);

    /**
     * Interactions in scope that are not CANCELLED and whose planned start lies in {@code [from, to)},
     * by planned start then id.
     */
    List<Interaction> scheduledBetween(ResolvedScope scope, Instant from, Instant to);

    /** COMPLETED interactions in scope whose completed-at lies in {@code [from, to)}, by completed-at then id. */
    List<Interaction> completedBetween(ResolvedScope scope, Instant from, Instant to);
}
