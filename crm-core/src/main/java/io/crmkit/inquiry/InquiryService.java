package io.crmkit.inquiry;

import io.crmkit.ConflictException;
import io.crmkit.InvalidStateException;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientHit;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.event.DomainEvent;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import io.crmkit.mail.LetterId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import io.crmkit.org.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accept inquiry: find the client an inquiry comes from, then record it. Reach it with
 * {@code crm.inquiries()}.
 *
 * <p>Only an exact key links an inquiry to a client by itself: the normalized phone of one of its
 * contacts (or of the client), else the e-mail, case-insensitively; where several clients match,
 * the first by id. A name match is only a suggestion, which the person confirms by passing
 * {@link InquiryRequest#confirmedClient()}. Accepting a request whose key was already accepted
 * changes nothing and returns the first result.
 */
public final class InquiryService {
    /** The most matches {@link #search} returns for a name fragment. */
    public static final int NAME_MATCH_LIMIT = 50;
    private final CrmContext ctx;

    public InquiryService(CrmContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Finds clients by phone key, then e-mail, then name fragment, each group by client id; a client
     * appears once, under its strongest match. Limited to {@code scope}. Reads only what a match
     * shows ({@link io.crmkit.client.ClientRepository#hitsByPhoneKey} and its siblings, then the
     * interest and interaction ids of all matches at once), as one read
     * ({@link io.crmkit.tx.Transactions#inReadTransaction}); the company scope reads no org chart.
     *
     * @throws io.crmkit.InvalidInputException when nothing to search by is given or a value is malformed
     */
    public List<ClientMatch> search(ClientSearch search, Scope scope) {
        Check.notNull("search", search);
        Check.notNull("scope", scope);
        // One read transaction (one connection) for the whole search; the company scope is not resolved
        // against the org chart, as a search only filters by it.
        return ctx.read(() -> searchIn(search, ctx.resolveForFilter(scope)));
    }

    private List<ClientMatch> searchIn(ClientSearch search, ResolvedScope rs) {
        Map<ClientId, Found> found = new LinkedHashMap<>();
        if (search.phone() != null) {
            Optional<String> key = ctx.phones().key(search.phone());
            if (key.isPresent()) {
                addAll(found, ctx.storage().clients().hitsByPhoneKey(key.get()), rs, MatchKind.PHONE);
            }
        }
        if (search.email() != null && Email.isValid(search.email().strip())) {
            addAll(found, ctx.storage().clients().hitsByEmailKey(Email.of(search.email()).key()), rs, MatchKind.EMAIL);
        }
        if (search.nameLike() != null) {
            addAll(found, ctx.storage().clients().hitsByNameFragment(search.nameLike(), rs, NAME_MATCH_LIMIT), rs, MatchKind.NAME);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        // The ids shown with each match, read for all matches at once (two statements, not two per match).
        Map<ClientId, List<InterestId>> active = ctx.storage().interests().activeIdsOfClients(found.keySet());
        Map<ClientId, List<InteractionId>> planned = ctx.storage().interactions().plannedIdsOfClients(found.keySet());
        List<ClientMatch> out = new ArrayList<>();
        for (Found f : found.values()) {
            out.add(new ClientMatch(f.hit().client(), f.hit().name(), f.hit().contact(), f.kind(),
                    active.getOrDefault(f.hit().client(), List.of()), planned.getOrDefault(f.hit().client(), List.of())));
        }
        return List.copyOf(out);
    }

    /** Adds the hits in scope, by client id, each client under its first (strongest) match. */
    private static void addAll(Map<ClientId, Found> found, List<ClientHit> hits, ResolvedScope rs, MatchKind kind) {
        for (ClientHit h : hits.stream().sorted(Comparator.comparing(ClientHit::client)).toList()) {
            if (rs.contains(h.manager())) {
                found.putIfAbsent(h.client(), new Found(h, kind));
            }
        }
    }

    /** A client found by {@link #search}, before its interests and interactions are read. */
    private record Found(ClientHit hit, MatchKind kind) {
    }

    /**
     * Accepts an inquiry: links it to a client (found by exact key or confirmed, else created), joins
     * the client's most recently created active interest or opens one at the default funnel's first
     * stage, and records a COMPLETED interaction of the channel's type. When a pending inquiry was
     * {@link #register registered} under the same key, that one is accepted (it leaves My tasks).
     *
     * @throws io.crmkit.InvalidInputException for a malformed phone or e-mail
     * @throws io.crmkit.NotFoundException for an unknown manager or confirmed client
     */
    public InquiryResult accept(InquiryRequest request) {
        Check.notNull("inquiry", request);
        return acceptOnce(request, null);
    }

    /**
     * Registers an inquiry that nobody has handled yet (a letter from an unknown sender, a web form):
     * it waits in My tasks of its manager until {@link #acceptPending} links it. Idempotent by key.
     */
    public Inquiry register(InquiryRequest request, LetterId letter) {
        Check.notNull("inquiry", request);
        if (request.email() != null) {
            Email.of("email", request.email());
        }
        if (request.key() != null) {
            Optional<Inquiry> same = ctx.storage().inquiries().findByKey(request.key());
            if (same.isPresent()) {
                return same.get();
            }
        }
        try {
            return ctx.tx(() -> {
                ctx.manager("manager", request.manager());
                Instant at = request.at() == null ? ctx.now() : request.at();
                Inquiry saved = ctx.storage().inquiries().save(Inquiry.pending(InquiryId.of(ctx.newId("inquiry")), request.key(),
                        at, request.manager(), request.channel(), request.phone(), request.email(), request.name(),
                        request.company(), request.note(), letter));
                ctx.publish(new DomainEvent.InquiryRegistered(saved.id(), saved.manager(), at));
                return saved;
            });
        } catch (ConflictException e) {
            if (request.key() != null) {
                Optional<Inquiry> same = ctx.storage().inquiries().findByKey(request.key());
                if (same.isPresent()) {
                    return same.get();
                }
            }
            throw e;
        }
    }

    /**
     * Accepts a pending inquiry, optionally linking it to a client the person confirmed.
     *
     * @throws io.crmkit.InvalidStateException when it was accepted already
     */
    public InquiryResult acceptPending(InquiryId id, ClientId confirmedClient, ManagerId by) {
        Inquiry q = get(id);
        if (q.status() != InquiryStatus.PENDING) {
            throw new InvalidStateException("inquiry", id, "was accepted already");
        }
        InquiryRequest r = new InquiryRequest(null, q.at(), by == null ? q.manager() : by, q.channel(), q.phone(),
                q.email(), q.name(), q.company(), q.note(), confirmedClient);
        return acceptOnce(r, q);
    }

    /** @throws io.crmkit.NotFoundException for an unknown id */
    public Inquiry get(InquiryId id) {
        Check.notNull("inquiry", id);
        return ctx.storage().inquiries().find(id).orElseThrow(() -> new io.crmkit.NotFoundException("inquiry", id));
    }

    /** Pending inquiries of the managers in scope, oldest first. */
    public List<Inquiry> pending(Scope scope) {
        return ctx.storage().inquiries().pendingInScope(ctx.resolve(scope));
    }

    private InquiryResult acceptOnce(InquiryRequest request, Inquiry pending) {
        Optional<Phone> phone = request.phone() == null ? Optional.empty() : Optional.of(ctx.phones().phone("phone", request.phone()));
        Optional<Email> email = request.email() == null ? Optional.empty() : Optional.of(Email.of("email", request.email()));
        if (request.key() != null) {
            Optional<Inquiry> same = ctx.storage().inquiries().findByKey(request.key());
            if (same.isPresent() && same.get().result() != null) {
                return same.get().result();
            }
        }
        try {
            return ctx.tx(() -> {
                if (request.key() != null) {
                    Optional<Inquiry> same = ctx.storage().inquiries().findByKey(request.key());
                    if (same.isPresent() && same.get().result() != null) {
                        return same.get().result();
                    }
                    if (same.isPresent() && pending == null) {
                        // registered earlier under this key and still waiting: accepting it is accepting that one
                        return record(request, phone, email, same.get());
                    }
                }
                return record(request, phone, email, pending);
            });
        } catch (ConflictException e) {
            if (request.key() != null) {
                Optional<Inquiry> same = ctx.storage().inquiries().findByKey(request.key());
                if (same.isPresent() && same.get().result() != null) {
                    return same.get().result();
                }
            }
            throw e;
        }
    }

    private InquiryResult record(InquiryRequest r, Optional<Phone> phone, Optional<Email> email, Inquiry pending) {
        ctx.manager("manager", r.manager());
        Instant at = r.at() == null ? ctx.now() : r.at();
        Client client = null;
        ContactId contact = null;
        if (r.confirmedClient() != null) {
            client = ctx.client("confirmedClient", r.confirmedClient());
        }
        if (client == null && phone.isPresent()) {
            client = ctx.storage().clients().findByPhoneKey(phone.get().key()).stream().min(Comparator.comparing(Client::id)).orElse(null);
        }
        if (client == null && email.isPresent()) {
            client = ctx.storage().clients().findByEmailKey(email.get().key()).stream().min(Comparator.comparing(Client::id)).orElse(null);
        }
        boolean newClient = client == null;
        if (newClient) {
            String name = r.company() != null ? r.company() : r.name() != null ? r.name()
                    : phone.map(Phone::raw).orElseGet(() -> email.map(Email::value).orElse("Unknown"));
            ClientKind kind = r.company() != null ? ClientKind.ORGANIZATION : ClientKind.PERSON;
            contact = ContactId.of(ctx.newId("contact"));
            String contactName = r.name() != null ? r.name() : name;
            client = Client.create(ClientId.of(ctx.newId("client")), kind, name, r.manager(), at)
                    .addContact(new Contact(contact, contactName, null,
                            ContactInfo.of(phone.map(List::of).orElse(List.of()), email.map(List::of).orElse(List.of()))));
            client = ctx.storage().clients().save(client);
            ctx.publish(new DomainEvent.ClientCreated(client.id(), client.manager(), at));
        } else {
            Client c = client;
            contact = phone.flatMap(p -> c.contactWithPhoneKey(p.key())).map(Contact::id)
                    .or(() -> email.flatMap(e -> c.contactWithEmailKey(e.key())).map(Contact::id)).orElse(null);
        }
        Interest interest = ctx.storage().interests().ofClient(client.id()).stream().filter(Interest::isActive)
                .max(Comparator.comparing(Interest::createdAt).thenComparing(Interest::id, Comparator.reverseOrder()))
                .orElse(null);
        boolean newInterest = interest == null;
        if (newInterest) {
            SalesFunnel f = ctx.settings().defaultFunnel();
            interest = ctx.storage().interests().save(Interest.open(InterestId.of(ctx.newId("interest")), client.id(),
                    contact, r.manager(), f, f.first().code(), null, null, r.channel().name(), at, r.manager()));
            ctx.publish(new DomainEvent.InterestOpened(interest.id(), client.id(), f.first().code(), r.manager(), at));
        }
        String type = r.channel().interactionType();
        ctx.settings().interactionType("channel", type);
        Interaction x = ctx.storage().interactions().save(Interaction.recordDone(InteractionId.of(ctx.newId("interaction")),
                type, client.id(), contact, interest.id(), r.manager(), "Inquiry (" + r.channel().name().toLowerCase(java.util.Locale.ROOT) + ")",
                r.note(), at, null, pending == null ? null : pending.letter()));
        ctx.publish(new DomainEvent.InteractionCompleted(x.id(), client.id(), r.manager(), at));
        Inquiry q = pending != null ? pending
                : Inquiry.pending(InquiryId.of(ctx.newId("inquiry")), r.key(), at, r.manager(), r.channel(), r.phone(),
                        r.email(), r.name(), r.company(), r.note(), null);
        Inquiry accepted = ctx.storage().inquiries().save(q.accepted(client.id(), newClient, interest.id(), newInterest, x.id()));
        ctx.publish(new DomainEvent.InquiryAccepted(accepted.id(), client.id(), interest.id(), x.id(), newClient, newInterest, at));
        return accepted.result();
    }

    /** Every accepted or pending inquiry a request key names, if any. */
    public Optional<Inquiry> findByKey(String key) {
        return ctx.storage().inquiries().findByKey(Check.name("key", key, 200));
    }
}
