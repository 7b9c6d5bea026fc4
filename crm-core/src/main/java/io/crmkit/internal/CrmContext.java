package io.crmkit.internal;

import io.crmkit.NotFoundException;
import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.PhoneNormalizer;
import io.crmkit.event.DomainEvent;
import io.crmkit.event.EventPublisher;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.OrgChart;
import io.crmkit.org.ResolvedScope;
import io.crmkit.org.Scope;
import io.crmkit.tx.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/** What every service shares: storage, clock, settings, id generator and event publisher. Not API. */
public final class CrmContext {
    private final Storage storage;
    private final Clock clock;
    private final CrmSettings settings;
    private final IdGenerator ids;
    private final EventPublisher events;
    private final PhoneNormalizer phones;

    public CrmContext(Storage storage, Clock clock, CrmSettings settings, IdGenerator ids, EventPublisher events) {
        this.storage = storage;
        this.clock = clock;
        this.settings = settings;
        this.ids = ids;
        this.events = events;
        this.phones = new PhoneNormalizer(settings.defaultPhoneRegion());
    }

    public Storage storage() {
        return storage;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public CrmSettings settings() {
        return settings;
    }

    public PhoneNormalizer phones() {
        return phones;
    }

    public String newId(String kind) {
        return ids.next(kind);
    }

    /** Publishes an event within the current transaction. */
    public void publish(DomainEvent e) {
        events.publish(e);
    }

    public <T> T tx(Supplier<T> work) {
        return storage.transactions().inTransaction(work);
    }

    /** Runs reads as one unit ({@link io.crmkit.tx.Transactions#inReadTransaction}). */
    public <T> T read(Supplier<T> work) {
        return storage.transactions().inReadTransaction(work);
    }

    /** The org chart now: departments and managers read as one unit (one transaction, one consistent snapshot). */
    public OrgChart chart() {
        return read(() -> new OrgChart(storage.departments().all(), storage.managers().all()));
    }

    /**
     * Resolves a scope into the managers it covers. A manager's own scope needs only that manager
     * to exist, so per-person screens do not load the org chart; department and company scopes do.
     */
    public ResolvedScope resolve(Scope scope) {
        Check.notNull("scope", scope);
        if (scope instanceof Scope.Own own) {
            if (storage.managers().find(own.manager()).isEmpty()) {
                throw new NotFoundException("scope.manager", own.manager());
            }
            return new ResolvedScope(false, java.util.Set.of(own.manager()));
        }
        return ResolvedScope.of(chart(), scope);
    }

    /**
     * Resolves a scope for a caller that only filters by it ({@link ResolvedScope#contains},
     * {@link ResolvedScope#everyone()}) and never lists its managers: the company scope then needs no
     * read at all (its manager set is left empty), the others resolve as {@link #resolve} does, from the
     * org chart as stored now (nothing is cached, so a change by another process counts at once).
     */
    public ResolvedScope resolveForFilter(Scope scope) {
        Check.notNull("scope", scope);
        if (scope instanceof Scope.Company) {
            return ResolvedScope.EVERYONE;
        }
        return resolve(scope);
    }

    public Manager manager(String field, ManagerId id) {
        Check.notNull(field, id);
        return storage.managers().find(id).orElseThrow(() -> new NotFoundException(field, id));
    }

    public Client client(String field, ClientId id) {
        Check.notNull(field, id);
        return storage.clients().find(id).orElseThrow(() -> new NotFoundException(field, id));
    }

    public Interest interest(String field, InterestId id) {
        Check.notNull(field, id);
        return storage.interests().find(id).orElseThrow(() -> new NotFoundException(field, id));
    }

    public Interaction interaction(String field, InteractionId id) {
        Check.notNull(field, id);
        return storage.interactions().find(id).orElseThrow(() -> new NotFoundException(field, id));
    }

    /** Fails with a conflict when a caller carried a stale version in; {@code expected < 0} skips the check. */
    public static void expectVersion(String field, Object id, long expected, long actual) {
        if (expected >= 0 && expected != actual) {
            throw new io.crmkit.ConflictException(field, id,
                    "was changed since version " + expected + " (now version " + actual + "); reload and retry");
        }
    }
}
