package io.crmkit.client;

import io.crmkit.internal.Check;
import io.crmkit.org.ResolvedScope;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    /**
     * What a search shows of the clients {@link #findByPhoneKey} finds, by client id: the contact is
     * the first by id having the key ({@code null} when only the client itself has it). An adapter
     * should read this in a fixed number of statements without loading whole clients; the default
     * derives it from {@link #findByPhoneKey}.
     */
    default List<ClientHit> hitsByPhoneKey(String phoneKey) {
        Check.notNull("phoneKey", phoneKey);
        return findByPhoneKey(phoneKey).stream().sorted(Comparator.comparing(Client::id))
                .map(c -> new ClientHit(c.id(), c.name(), c.manager(), c.contactWithPhoneKey(phoneKey).map(Contact::id).orElse(null)))
                .toList();
    }

    /**
     * What a search shows of the clients {@link #findByEmailKey} finds (the key compared in lower
     * case), by client id: the contact is the first by id having the e-mail ({@code null} when only
     * the client itself has it). The default derives it from {@link #findByEmailKey}.
     */
    default List<ClientHit> hitsByEmailKey(String emailKey) {
        Check.notNull("emailKey", emailKey);
        String key = emailKey.toLowerCase(Locale.ROOT);
        return findByEmailKey(key).stream().sorted(Comparator.comparing(Client::id))
                .map(c -> new ClientHit(c.id(), c.name(), c.manager(), c.contactWithEmailKey(key).map(Contact::id).orElse(null)))
                .toList();
    }

    /**
     * What a search shows of the clients {@link #findByNameFragment} finds (the same clients, at most
     * {@code limit}, by id): the contact is the first by id whose name contains the fragment
     * ({@link Locale#ROOT} lower case on both sides; {@code null} when only the client's own name
     * does). For the company scope ({@link ResolvedScope#everyone()}) the scope's manager set may be
     * empty: test {@code everyone()} first. The default derives it from {@link #findByNameFragment}.
     */
    default List<ClientHit> hitsByNameFragment(String fragment, ResolvedScope scope, int limit) {
        Check.notNull("fragment", fragment);
        Check.notNull("scope", scope);
        String f = fragment.toLowerCase(Locale.ROOT);
        return findByNameFragment(fragment, scope, limit).stream().sorted(Comparator.comparing(Client::id))
                .map(c -> new ClientHit(c.id(), c.name(), c.manager(), c.contacts().stream()
                        .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(f)).map(Contact::id)
                        .min(Comparator.naturalOrder()).orElse(null)))
                .toList();
    }
}
