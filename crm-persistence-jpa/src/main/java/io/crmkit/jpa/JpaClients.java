package io.crmkit.jpa;

import io.crmkit.client.Client;
import io.crmkit.client.ClientHit;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.ClientRepository;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.client.Email;
import io.crmkit.client.Phone;
import io.crmkit.internal.Check;
import io.crmkit.jpa.ClientEntity.ContactPart;
import io.crmkit.jpa.ClientEntity.EmailPart;
import io.crmkit.jpa.ClientEntity.PhonePart;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Clients on JPA. A list read is a fixed number of statements whatever the number of clients: one
 * for the clients and one per child table (contacts, phones, e-mails, portrait), each fetching the
 * children of every client of the list at once.
 */
final class JpaClients implements ClientRepository {
    private static final List<String> CHILDREN = List.of("contacts", "phones", "emails", "portrait");

    private final Jpa jpa;
    private final Saver<ClientEntity> saver = new Saver<>(ClientEntity.class, "client", ClientEntity::new,
            e -> e.version, (e, v) -> e.version = v);

    JpaClients(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public Client save(Client c) {
        Check.notNull("client", c);
        return jpa.call("client.save", em -> c.withVersion(saver.save(em, c.id().value(), c.version(), e -> copy(c, e))));
    }

    static void copy(Client c, ClientEntity e) {
        e.id = c.id().value();
        e.kind = c.kind().name();
        e.name = c.name();
        e.nameKey = c.name().toLowerCase(Locale.ROOT);
        e.managerId = c.manager().value();
        e.createdAt = c.createdAt();
        e.address = c.info().address();
        e.messengers = joinLines(c.info().messengers());
        List<ContactPart> contacts = new ArrayList<>();
        List<PhonePart> phones = new ArrayList<>();
        List<EmailPart> emails = new ArrayList<>();
        addInfo(null, c.info(), phones, emails);
        for (Contact k : c.contacts()) {
            contacts.add(new ContactPart(k.id().value(), k.name(), k.position(), k.info().address(),
                    joinLines(k.info().messengers())));
            addInfo(k.id().value(), k.info(), phones, emails);
        }
        replace(e.contacts, contacts);
        replace(e.phones, phones);
        replace(e.emails, emails);
        if (!e.portrait.equals(c.portrait())) {
            e.portrait.clear();
            e.portrait.putAll(c.portrait());
        }
    }

    private static void addInfo(String contactId, ContactInfo info, List<PhonePart> phones, List<EmailPart> emails) {
        for (Phone p : info.phones()) {
            phones.add(new PhonePart(contactId, p.raw(), p.key()));
        }
        for (Email m : info.emails()) {
            emails.add(new EmailPart(contactId, m.value(), m.key()));
        }
    }

    private static <T> void replace(List<T> target, List<T> values) {
        if (!new ArrayList<>(target).equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    static String joinLines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    static List<String> splitLines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n", -1));
    }

    static Client toDomain(ClientEntity e) {
        List<Contact> contacts = new ArrayList<>();
        for (ContactPart k : e.contacts) {
            contacts.add(new Contact(ContactId.of(k.contactId), k.name, k.position, info(e, k.contactId, k.address, k.messengers)));
        }
        Map<String, String> portrait = new TreeMap<>(e.portrait);
        return Client.restore(ClientId.of(e.id), ClientKind.valueOf(e.kind), e.name, ManagerId.of(e.managerId), portrait,
                contacts, info(e, null, e.address, e.messengers), e.createdAt, e.version);
    }

    private static ContactInfo info(ClientEntity e, String contactId, String address, String messengers) {
        List<Phone> phones = e.phones.stream().filter(p -> Objects.equals(p.contactId, contactId))
                .map(p -> new Phone(p.raw, p.phoneKey)).toList();
        List<Email> emails = e.emails.stream().filter(m -> Objects.equals(m.contactId, contactId))
                .map(m -> new Email(m.address)).toList();
        return new ContactInfo(phones, emails, splitLines(messengers), address);
    }

    @Override
    public Optional<Client> find(ClientId id) {
        Check.notNull("client", id);
        // one statement, so that the row and its children come from the same snapshot
        return jpa.call("client.find", em -> em.createQuery("select c from Client c left join fetch c.contacts"
                        + " left join fetch c.phones left join fetch c.emails left join fetch c.portrait where c.id = :id",
                        ClientEntity.class).setParameter("id", id.value()).getResultStream().findFirst().map(JpaClients::toDomain));
    }

    @Override
    public List<Client> findByPhoneKey(String phoneKey) {
        Check.notNull("phoneKey", phoneKey);
        return jpa.call("client.findByPhoneKey", em -> load(em,
                "c.id in (select c2.id from Client c2 join c2.phones p where p.phoneKey = :key)",
                q -> q.setParameter("key", phoneKey)));
    }

    @Override
    public List<Client> findByEmailKey(String emailKey) {
        Check.notNull("emailKey", emailKey);
        String key = emailKey.toLowerCase(Locale.ROOT);
        return jpa.call("client.findByEmailKey", em -> load(em,
                "c.id in (select c2.id from Client c2 join c2.emails m where m.emailKey = :key)",
                q -> q.setParameter("key", key)));
    }

    @Override
    public List<Client> findByNameFragment(String fragment, ResolvedScope scope, int limit) {
        Check.notNull("fragment", fragment);
        Check.notNull("scope", scope);
        if (limit <= 0 || Jpa.nobody(scope)) {
            return List.of();
        }
        String pattern = "%" + escapeLike(fragment.toLowerCase(Locale.ROOT)) + "%";
        return jpa.call("client.findByNameFragment", em -> {
            List<String> ids = Jpa.bindScope(em.createQuery("select c.id from Client c where " + Jpa.scopeJpql(scope, "c.managerId")
                    + " and (c.nameKey like :p escape '!' or c.id in (select c2.id from Client c2 join c2.contacts k"
                    + " where lower(k.name) like :p escape '!')) order by c.id", String.class), scope)
                    .setParameter("p", pattern).setMaxResults(limit).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            return load(em, "c.id in :ids", q -> q.setParameter("ids", ids));
        });
    }

    /** One statement: the client rows joined to their phones with the key, no child collection loaded. */
    @Override
    public List<ClientHit> hitsByPhoneKey(String phoneKey) {
        Check.notNull("phoneKey", phoneKey);
        return jpa.call("client.hitsByPhoneKey", em -> keyHits(em.createQuery("select c.id, c.name, c.managerId, p.contactId"
                + " from Client c join c.phones p where p.phoneKey = :key", Object[].class).setParameter("key", phoneKey).getResultList()));
    }

    /** One statement: the client rows joined to their e-mails with the key, no child collection loaded. */
    @Override
    public List<ClientHit> hitsByEmailKey(String emailKey) {
        Check.notNull("emailKey", emailKey);
        String key = emailKey.toLowerCase(Locale.ROOT);
        return jpa.call("client.hitsByEmailKey", em -> keyHits(em.createQuery("select c.id, c.name, c.managerId, m.contactId"
                + " from Client c join c.emails m where m.emailKey = :key", Object[].class).setParameter("key", key).getResultList()));
    }

    /** Rows of (client id, name, manager, contact id or null), one per matching phone or e-mail: one hit per client, the first contact by id. */
    private static List<ClientHit> keyHits(List<Object[]> rows) {
        Map<String, ClientHit> out = new TreeMap<>();
        for (Object[] r : rows) {
            String id = (String) r[0];
            ContactId contact = r[3] == null ? null : ContactId.of((String) r[3]);
            ClientHit had = out.get(id);
            if (had == null || had.contact() == null || contact != null && contact.compareTo(had.contact()) < 0) {
                out.put(id, new ClientHit(ClientId.of(id), (String) r[1], ManagerId.of((String) r[2]),
                        had != null && contact == null ? had.contact() : contact));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * One statement: the first {@code limit} matching clients by id (the same clients as
     * {@link #findByNameFragment}) left-joined to their contacts' ids and names; the matching contact
     * is picked in Java by the rule of {@link ClientRepository#hitsByNameFragment}. On PostgreSQL the
     * match is a union of the first {@code limit} clients by id matching by their own name and the first
     * {@code limit} matching by a contact's name: each branch is served by a trigram index of migration
     * V2 (a rare fragment) or by the primary key read in order until enough rows match (a common one).
     * H2 and MariaDB scan (the clients, and the contacts once).
     *
     * <p>On PostgreSQL the statement is preceded by {@code set local plan_cache_mode = force_custom_plan}
     * (for this transaction only): once the driver prepares the statement on the server (from its fifth
     * use), PostgreSQL may switch to a generic plan made without knowing the pattern, and for
     * {@code like $1} that plan walks the whole primary key (measured: 535 ms instead of 2 ms at a
     * million clients). A custom plan sees the pattern and picks the trigram index for a rare fragment.
     */
    @Override
    public List<ClientHit> hitsByNameFragment(String fragment, ResolvedScope scope, int limit) {
        Check.notNull("fragment", fragment);
        Check.notNull("scope", scope);
        if (limit <= 0 || Jpa.nobody(scope)) {
            return List.of();
        }
        String f = fragment.toLowerCase(Locale.ROOT);
        String pattern = "%" + escapeLike(f) + "%";
        NativeSql sql = new NativeSql().sql("select c.id, c.name, c.manager_id, k.contact_id, k.name from"
                + " (select c.id, c.name, c.manager_id from crm_client c where ");
        if (jpa.dialect == SqlDialect.POSTGRESQL) {
            // Two branches, each its first `limit` clients by id: the planner serves a rare fragment from
            // the trigram index of the branch and a common one by walking the primary key until enough match.
            sql.sql("c.id in (select a.id from (select n.id from crm_client n where n.name_key like ? escape '!' and ", pattern)
                    .scope("n.manager_id", scope).sql(" order by n.id limit " + limit + ") a");
            sql.sql(" union all select b.id from (select distinct k.client_id as id from crm_client_contact k");
            if (!scope.everyone()) {
                sql.sql(" join crm_client m on m.id = k.client_id");
            }
            sql.sql(" where lower(k.name) like ? escape '!' and ", pattern).scope("m.manager_id", scope)
                    .sql(" order by 1 limit " + limit + ") b)");
        } else {
            // the shape findByNameFragment has always had there (the subquery runs once, not per client)
            sql.sql("(c.name_key like ? escape '!' or c.id in (select k.client_id from crm_client_contact k"
                    + " where lower(k.name) like ? escape '!'))", pattern, pattern);
        }
        sql.sql(" and ").scope("c.manager_id", scope).sql(" order by c.id limit " + limit + ") c"
                + " left join crm_client_contact k on k.client_id = c.id");
        return jpa.call("client.hitsByNameFragment", em -> {
            jpa.customPlans(em);
            Map<String, ClientHit> out = new TreeMap<>();
            for (Object[] r : sql.rows(em)) {
                String id = (String) r[0];
                ClientHit had = out.get(id);
                ContactId contact = had == null ? null : had.contact();
                if (r[3] != null && ((String) r[4]).toLowerCase(Locale.ROOT).contains(f)) {
                    ContactId k = ContactId.of((String) r[3]);
                    contact = contact == null || k.compareTo(contact) < 0 ? k : contact; // the first by id, as Java orders ids
                }
                out.put(id, new ClientHit(ClientId.of(id), (String) r[1], ManagerId.of((String) r[2]), contact));
            }
            return List.copyOf(out.values());
        });
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public List<Client> inScope(ResolvedScope scope) {
        Check.notNull("scope", scope);
        if (Jpa.nobody(scope)) {
            return List.of();
        }
        return jpa.call("client.inScope", em -> load(em, Jpa.scopeJpql(scope, "c.managerId"), q -> Jpa.bindScope(q, scope)));
    }

    @Override
    public Map<ClientId, String> names(Collection<ClientId> ids) {
        List<String> distinct = Jpa.distinctIds("ids", ids);
        Map<ClientId, String> out = new TreeMap<>();
        if (distinct.isEmpty()) {
            return out;
        }
        return jpa.call("client.names", em -> {
            for (int from = 0; from < distinct.size(); from += Jpa.IDS_PER_STATEMENT) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + Jpa.IDS_PER_STATEMENT));
                for (Object[] r : em.createQuery("select c.id, c.name from Client c where c.id in :ids", Object[].class)
                        .setParameter("ids", chunk).getResultList()) {
                    out.put(ClientId.of((String) r[0]), (String) r[1]);
                }
            }
            return out;
        });
    }

    /**
     * Loads the clients matching {@code where} (alias {@code c}) by id, with all their children, in six
     * statements whatever their number: the rows, one per child table, and a re-read of the versions.
     * A client changed by a concurrent commit between those statements is read again, so that no
     * client is returned with children newer than its version.
     */
    static List<Client> load(EntityManager em, String where, Consumer<TypedQuery<?>> bind) {
        for (int attempt = 1; ; attempt++) {
            TypedQuery<ClientEntity> q = em.createQuery("select c from Client c where " + where + " order by c.id", ClientEntity.class);
            bind.accept(q);
            List<ClientEntity> rows = q.getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            for (String child : CHILDREN) {
                TypedQuery<ClientEntity> f = em.createQuery("select c from Client c left join fetch c." + child + " where " + where,
                        ClientEntity.class);
                bind.accept(f);
                f.getResultList();
            }
            TypedQuery<Object[]> v = em.createQuery("select c.id, c.version from Client c where " + where, Object[].class);
            bind.accept(v);
            if (Jpa.sameVersions(v.getResultList(), rows, e -> e.id, e -> e.version) || attempt == 3) {
                return rows.stream().map(JpaClients::toDomain).toList();
            }
            rows.forEach(em::detach);
        }
    }
}
