package io.crmkit.memory;

import io.crmkit.ConflictException;
import io.crmkit.Storage;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientRepository;
import io.crmkit.client.Contact;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryId;
import io.crmkit.inquiry.InquiryRepository;
import io.crmkit.inquiry.InquiryStatus;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionRepository;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestRepository;
import io.crmkit.internal.Check;
import io.crmkit.mail.AttachmentRef;
import io.crmkit.mail.AttachmentStore;
import io.crmkit.mail.Letter;
import io.crmkit.mail.LetterId;
import io.crmkit.mail.LetterRepository;
import io.crmkit.mail.MailCheckpoint;
import io.crmkit.mail.Outbox;
import io.crmkit.mail.OutgoingLetter;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.DepartmentRepository;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ManagerRepository;
import io.crmkit.org.ResolvedScope;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductCatalog;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.report.ReportQueries;
import io.crmkit.tx.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A complete {@link Storage} kept in memory: every repository, the report queries, the mail
 * stores and transactions with rollback. Made for tests, demos and small embedded uses; it keeps
 * nothing across restarts. Thread-safe.
 */
public final class InMemoryStorage implements Storage {
    private final MemoryTransactions tx = new MemoryTransactions();
    final Table<DepartmentId, Department> departments = new Table<>(tx, "department");
    final Table<ManagerId, Manager> managers = new Table<>(tx, "manager");
    final Table<ClientId, Client> clients = new Table<>(tx, "client");
    final Table<InterestId, Interest> interests = new Table<>(tx, "interest");
    final Table<InteractionId, Interaction> interactions = new Table<>(tx, "interaction");
    final Table<InquiryId, Inquiry> inquiries = new Table<>(tx, "inquiry");
    final Table<ProductGroupId, ProductGroup> groups = new Table<>(tx, "productGroup");
    final Table<ProductId, Product> products = new Table<>(tx, "product");
    final Table<String, PriceType> priceTypes = new Table<>(tx, "priceType");
    final Table<String, Price> prices = new Table<>(tx, "price");
    final Table<LetterId, Letter> letters = new Table<>(tx, "letter");
    final Table<String, MailCheckpoint> checkpoints = new Table<>(tx, "checkpoint");
    final Table<String, LetterRepository.QuarantinedMessage> quarantine = new Table<>(tx, "quarantine");
    final Table<String, OutgoingLetter> outbox = new Table<>(tx, "outgoingLetter");
    private final ConcurrentHashMap<String, AttachmentRef> attachmentRefs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, byte[]> attachmentContent = new ConcurrentHashMap<>();
    private final MemoryReportQueries reportQueries = new MemoryReportQueries(this);

    private InMemoryStorage() {
    }

    public static InMemoryStorage create() {
        return new InMemoryStorage();
    }

    private static final Comparator<Interaction> BY_START =
            Comparator.comparing(Interaction::plannedStart).thenComparing(Interaction::id);

    @Override
    public DepartmentRepository departments() {
        return new DepartmentRepository() {
            @Override
            public Department save(Department d) {
                return departments.save(d.id(), d, Department::version, Department::withVersion);
            }

            @Override
            public Optional<Department> find(DepartmentId id) {
                return departments.get(id);
            }

            @Override
            public List<Department> all() {
                return List.copyOf(departments.values());
            }
        };
    }

    @Override
    public ManagerRepository managers() {
        return new ManagerRepository() {
            @Override
            public Manager save(Manager m) {
                return managers.save(m.id(), m, Manager::version, Manager::withVersion);
            }

            @Override
            public Optional<Manager> find(ManagerId id) {
                return managers.get(id);
            }

            @Override
            public List<Manager> all() {
                return List.copyOf(managers.values());
            }
        };
    }

    private static Set<ClientId> idSet(Collection<ClientId> clients) {
        Check.notNull("clients", clients);
        Set<ClientId> out = new HashSet<>();
        for (ClientId c : clients) {
            out.add(Check.notNull("clients", c));
        }
        return out;
    }

    @Override
    public ClientRepository clients() {
        return new ClientRepository() {
            @Override
            public Client save(Client c) {
                return clients.save(c.id(), c, Client::version, Client::withVersion);
            }

            @Override
            public Optional<Client> find(ClientId id) {
                return clients.get(id);
            }

            @Override
            public List<Client> findByPhoneKey(String phoneKey) {
                return clients.values().stream().filter(c -> c.hasPhoneKey(phoneKey)).toList();
            }

            @Override
            public List<Client> findByEmailKey(String emailKey) {
                String key = emailKey.toLowerCase(Locale.ROOT);
                return clients.values().stream().filter(c -> c.hasEmailKey(key)).toList();
            }

            @Override
            public List<Client> findByNameFragment(String fragment, ResolvedScope scope, int limit) {
                String f = fragment.toLowerCase(Locale.ROOT);
                return clients.values().stream()
                        .filter(c -> scope.contains(c.manager()))
                        .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(f)
                                || c.contacts().stream().map(Contact::name).anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(f)))
                        .limit(limit).toList();
            }

            @Override
            public List<Client> inScope(ResolvedScope scope) {
                return clients.values().stream().filter(c -> scope.contains(c.manager())).toList();
            }

            @Override
            public Map<ClientId, String> names(Collection<ClientId> ids) {
                Check.notNull("ids", ids);
                Map<ClientId, String> out = new TreeMap<>();
                for (ClientId id : ids) {
                    Check.notNull("ids", id);
                    clients.get(id).ifPresent(c -> out.put(id, c.name()));
                }
                return out;
            }
        };
    }

    @Override
    public InterestRepository interests() {
        return new InterestRepository() {
            @Override
            public Interest save(Interest i) {
                return interests.save(i.id(), i, Interest::version, Interest::withVersion);
            }

            @Override
            public Optional<Interest> find(InterestId id) {
                return interests.get(id);
            }

            @Override
            public List<Interest> ofClient(ClientId client) {
                return interests.values().stream().filter(i -> i.client().equals(client)).toList();
            }

            @Override
            public Map<ClientId, List<InterestId>> activeIdsOfClients(Collection<ClientId> clients) {
                Set<ClientId> wanted = idSet(clients);
                Map<ClientId, List<InterestId>> out = new TreeMap<>();
                interests.values().stream().filter(i -> i.isActive() && wanted.contains(i.client()))
                        .sorted(Comparator.comparing(Interest::id))
                        .forEach(i -> out.computeIfAbsent(i.client(), k -> new java.util.ArrayList<>()).add(i.id()));
                return out;
            }

            @Override
            public List<Interest> activeInScope(ResolvedScope scope) {
                return interests.values().stream().filter(i -> i.isActive() && scope.contains(i.manager())).toList();
            }

            @Override
            public List<Interest> inScope(ResolvedScope scope) {
                return interests.values().stream().filter(i -> scope.contains(i.manager())).toList();
            }

            @Override
            public List<Interest> activeOfManager(ManagerId manager, String funnel) {
                return activeOf(manager, funnel);
            }
        };
    }

    /** The ACTIVE interests of one manager in one funnel, by id. */
    private List<Interest> activeOf(ManagerId manager, String funnel) {
        Check.notNull("manager", manager);
        Check.notNull("funnel", funnel);
        return interests.values().stream().filter(i -> i.isActive() && i.manager().equals(manager) && i.funnel().equals(funnel))
                .sorted(Comparator.comparing(Interest::id)).toList();
    }

    @Override
    public InteractionRepository interactions() {
        return new InteractionRepository() {
            @Override
            public Interaction save(Interaction x) {
                return interactions.save(x.id(), x, Interaction::version, Interaction::withVersion);
            }

            @Override
            public Optional<Interaction> find(InteractionId id) {
                return interactions.get(id);
            }

            @Override
            public List<Interaction> ofClient(ClientId client) {
                return interactions.values().stream().filter(x -> x.client().equals(client)).sorted(BY_START).toList();
            }

            @Override
            public Map<ClientId, List<InteractionId>> plannedIdsOfClients(Collection<ClientId> clients) {
                Set<ClientId> wanted = idSet(clients);
                Map<ClientId, List<InteractionId>> out = new TreeMap<>();
                interactions.values().stream().filter(x -> x.status() == InteractionStatus.PLANNED && wanted.contains(x.client()))
                        .sorted(BY_START)
                        .forEach(x -> out.computeIfAbsent(x.client(), k -> new java.util.ArrayList<>()).add(x.id()));
                return out;
            }

            @Override
            public List<Interaction> ofInterest(InterestId interest) {
                return interactions.values().stream().filter(x -> interest.equals(x.interest())).sorted(BY_START).toList();
            }

            @Override
            public List<Interaction> plannedOfInterests(Collection<InterestId> ids) {
                Set<InterestId> set = new HashSet<>(ids);
                return interactions.values().stream()
                        .filter(x -> x.status() == InteractionStatus.PLANNED && x.interest() != null && set.contains(x.interest()))
                        .sorted(BY_START).toList();
            }

            @Override
            public List<Interaction> plannedOfActiveInterests(ManagerId manager, String funnel) {
                Set<InterestId> set = new HashSet<>();
                activeOf(manager, funnel).forEach(i -> set.add(i.id()));
                return interactions.values().stream()
                        .filter(x -> x.status() == InteractionStatus.PLANNED && x.interest() != null && set.contains(x.interest()))
                        .sorted(BY_START).toList();
            }

            @Override
            public List<Interaction> plannedInScope(ResolvedScope scope) {
                return interactions.values().stream()
                        .filter(x -> x.status() == InteractionStatus.PLANNED && scope.contains(x.manager()))
                        .sorted(BY_START).toList();
            }

            @Override
            public List<Interaction> scheduledBetween(ResolvedScope scope, Instant from, Instant to) {
                return interactions.values().stream()
                        .filter(x -> x.status() != InteractionStatus.CANCELLED && scope.contains(x.manager())
                                && !x.plannedStart().isBefore(from) && x.plannedStart().isBefore(to))
                        .sorted(BY_START).toList();
            }

            @Override
            public List<Interaction> completedBetween(ResolvedScope scope, Instant from, Instant to) {
                return interactions.values().stream()
                        .filter(x -> x.status() == InteractionStatus.COMPLETED && scope.contains(x.manager())
                                && !x.completedAt().isBefore(from) && x.completedAt().isBefore(to))
                        .sorted(Comparator.comparing(Interaction::completedAt).thenComparing(Interaction::id)).toList();
            }
        };
    }

    @Override
    public InquiryRepository inquiries() {
        return new InquiryRepository() {
            @Override
            public Inquiry save(Inquiry q) {
                return tx.inTransaction(() -> {
                    if (q.key() != null) {
                        Optional<Inquiry> same = findByKey(q.key());
                        if (same.isPresent() && !same.get().id().equals(q.id())) {
                            throw new ConflictException("inquiry.key", q.key(), "an inquiry with this key exists already");
                        }
                    }
                    return inquiries.save(q.id(), q, Inquiry::version, Inquiry::withVersion);
                });
            }

            @Override
            public Optional<Inquiry> find(InquiryId id) {
                return inquiries.get(id);
            }

            @Override
            public Optional<Inquiry> findByKey(String key) {
                return inquiries.values().stream().filter(q -> key.equals(q.key())).findFirst();
            }

            @Override
            public List<Inquiry> pendingInScope(ResolvedScope scope) {
                return inquiries.values().stream()
                        .filter(q -> q.status() == InquiryStatus.PENDING && scope.contains(q.manager()))
                        .sorted(Comparator.comparing(Inquiry::at).thenComparing(Inquiry::id)).toList();
            }
        };
    }

    @Override
    public ProductCatalog products() {
        return new ProductCatalog() {
            @Override
            public void saveGroup(ProductGroup group) {
                groups.put(group.id(), group);
            }

            @Override
            public void saveProduct(Product product) {
                products.put(product.id(), product);
            }

            @Override
            public void savePriceType(PriceType priceType) {
                priceTypes.put(priceType.code(), priceType);
            }

            @Override
            public void savePrice(Price price) {
                prices.put(priceKey(price.product(), price.priceType(), price.validFrom()), price);
            }

            @Override
            public Optional<ProductGroup> findGroup(ProductGroupId id) {
                return groups.get(id);
            }

            @Override
            public Optional<Product> findProduct(ProductId id) {
                return products.get(id);
            }

            @Override
            public Optional<PriceType> findPriceType(String code) {
                return priceTypes.get(code);
            }

            @Override
            public List<ProductGroup> groups() {
                return List.copyOf(groups.values());
            }

            @Override
            public List<Product> products() {
                return List.copyOf(products.values());
            }

            @Override
            public List<PriceType> priceTypes() {
                return List.copyOf(priceTypes.values());
            }

            @Override
            public List<Price> pricesOf(ProductId product) {
                return prices.values().stream().filter(p -> p.product().equals(product)).toList();
            }

            @Override
            public List<Price> prices() {
                return List.copyOf(prices.values());
            }

            @Override
            public Optional<Price> currentPrice(ProductId product, String priceType, LocalDate date) {
                return prices.values().stream()
                        .filter(p -> p.product().equals(product) && p.priceType().equals(priceType) && !p.validFrom().isAfter(date))
                        .max(Comparator.comparing(Price::validFrom));
            }
        };
    }

    static String priceKey(ProductId product, String priceType, LocalDate validFrom) {
        return product.value() + "\u0000" + priceType + "\u0000" + validFrom;
    }

    @Override
    public LetterRepository letters() {
        return new LetterRepository() {
            @Override
            public boolean insertIfAbsent(Letter letter) {
                return tx.inTransaction(() -> {
                    if (findByMessageId(letter.messageId()).isPresent() || letters.get(letter.id()).isPresent()) {
                        return false;
                    }
                    letters.put(letter.id(), letter);
                    return true;
                });
            }

            @Override
            public void update(Letter letter) {
                tx.run(() -> {
                    if (letters.get(letter.id()).isEmpty()) {
                        throw new io.crmkit.NotFoundException("letter", letter.id());
                    }
                    letters.put(letter.id(), letter);
                });
            }

            @Override
            public Optional<Letter> find(LetterId id) {
                return letters.get(id);
            }

            @Override
            public Optional<Letter> findByMessageId(String messageId) {
                return letters.values().stream().filter(l -> l.messageId().equals(messageId)).findFirst();
            }

            @Override
            public List<Letter> ofClient(ClientId client) {
                return letters.values().stream().filter(l -> client.equals(l.client()))
                        .sorted(Comparator.comparing(Letter::sentAt).thenComparing(Letter::id)).toList();
            }

            @Override
            public Optional<MailCheckpoint> checkpoint(String mailbox, String folder) {
                return checkpoints.get(mailbox + "\u0000" + folder);
            }

            @Override
            public void saveCheckpoint(MailCheckpoint c) {
                checkpoints.put(c.mailbox() + "\u0000" + c.folder(), c);
            }

            @Override
            public void quarantine(QuarantinedMessage m) {
                quarantine.put(m.mailbox() + "\u0000" + m.folder() + "\u0000" + m.uidValidity() + "\u0000" + m.uid(), m);
            }

            @Override
            public List<QuarantinedMessage> quarantined() {
                return List.copyOf(quarantine.values());
            }
        };
    }

    @Override
    public Outbox outbox() {
        return new Outbox() {
            @Override
            public void add(OutgoingLetter letter) {
                tx.run(() -> {
                    if (outbox.get(letter.id()).isPresent()) {
                        throw new ConflictException("outgoingLetter.id", letter.id(), "exists already");
                    }
                    outbox.put(letter.id(), letter);
                });
            }

            @Override
            public void update(OutgoingLetter letter) {
                outbox.put(letter.id(), letter);
            }

            @Override
            public Optional<OutgoingLetter> find(String id) {
                return outbox.get(id);
            }

            @Override
            public List<OutgoingLetter> due(Instant now, int limit) {
                return outbox.values().stream()
                        .filter(l -> l.status() == OutgoingLetter.Status.PENDING
                                && (l.nextAttemptAt() == null || !l.nextAttemptAt().isAfter(now)))
                        .sorted(Comparator.comparing(OutgoingLetter::createdAt).thenComparing(OutgoingLetter::id))
                        .limit(limit).toList();
            }

            @Override
            public List<OutgoingLetter> all() {
                return outbox.values().stream()
                        .sorted(Comparator.comparing(OutgoingLetter::createdAt).thenComparing(OutgoingLetter::id)).toList();
            }
        };
    }

    @Override
    public AttachmentStore attachments() {
        return new AttachmentStore() {
            @Override
            public AttachmentRef store(String declaredName, String contentType, byte[] content) {
                String id = UUID.randomUUID().toString();
                AttachmentRef ref = new AttachmentRef(id, declaredName, contentType, content.length);
                attachmentContent.put(id, content.clone());
                attachmentRefs.put(id, ref);
                return ref;
            }

            @Override
            public Optional<byte[]> content(String attachmentId) {
                return Optional.ofNullable(attachmentContent.get(attachmentId)).map(byte[]::clone);
            }
        };
    }

    @Override
    public ReportQueries reportQueries() {
        return reportQueries;
    }

    @Override
    public Transactions transactions() {
        return tx;
    }

    @Override
    public io.crmkit.tx.BulkImport bulkImport(int batchSize) {
        return new MemoryBulkImport(this, batchSize);
    }
}
