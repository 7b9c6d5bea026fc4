package io.crmkit.client;

import io.crmkit.InvalidInputException;
import io.crmkit.event.DomainEvent;
import io.crmkit.internal.Check;
import io.crmkit.internal.CrmContext;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Clients, their contacts and portraits. Reach it with {@code crm.clients()}. */
public final class ClientService {
    private final CrmContext ctx;

    public ClientService(CrmContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Creates a client with its contacts and portrait.
     *
     * @throws InvalidInputException for a blank name, an unknown portrait field, a malformed phone or e-mail
     * @throws io.crmkit.NotFoundException for an unknown manager
     * @throws io.crmkit.ConflictException when the id is taken
     */
    public Client create(NewClient c) {
        Check.notNull("client", c);
        ClientId id = c.id() != null ? c.id() : ClientId.of(ctx.newId("client"));
        Client client = Client.create(id, Check.notNull("client.kind", c.kind()), c.name(),
                Check.notNull("client.manager", c.manager()), c.createdAt() == null ? ctx.now() : c.createdAt());
        client = client.withPortrait(checkPortrait(c.portrait()));
        for (int i = 0; i < c.contacts().size(); i++) {
            client = client.addContact(contact("client.contacts[" + i + "]", c.contacts().get(i)));
        }
        Client ready = client;
        return ctx.tx(() -> {
            ctx.manager("client.manager", ready.manager());
            Client saved = ctx.storage().clients().save(ready);
            ctx.publish(new DomainEvent.ClientCreated(saved.id(), saved.manager(), ctx.now()));
            return saved;
        });
    }

    /**
     * Adds a contact person.
     *
     * @throws InvalidInputException for a blank name or a malformed phone or e-mail
     * @throws io.crmkit.NotFoundException for an unknown client
     */
    public Contact addContact(ClientId clientId, NewContact contact) {
        Contact made = contact("contact", contact);
        ctx.tx(() -> changed(ctx.storage().clients().save(ctx.client("client", clientId).addContact(made)), "contacts"));
        return made;
    }

    /** Replaces a contact's name, position, phones and e-mails. */
    public Contact updateContact(ClientId clientId, ContactId contactId, NewContact values) {
        Check.notNull("contact", contactId);
        Check.notNull("contact", values);
        Contact made = contact("contact", new NewContact(contactId, values.name(), values.position(), values.phones(), values.emails()));
        ctx.tx(() -> changed(ctx.storage().clients().save(ctx.client("client", clientId).updateContact(made)), "contacts"));
        return made;
    }

    public Client removeContact(ClientId clientId, ContactId contactId) {
        return ctx.tx(() -> changed(ctx.storage().clients().save(ctx.client("client", clientId).removeContact(contactId)), "contacts"));
    }

    /**
     * Sets or (with a blank value) clears a portrait value.
     *
     * @throws InvalidInputException when {@code key} is not a configured portrait field
     */
    public Client setPortraitValue(ClientId clientId, String key, String value) {
        checkPortrait(Map.of(Check.id("portrait.key", key), value == null ? "" : value));
        return ctx.tx(() -> changed(ctx.storage().clients().save(ctx.client("client", clientId).withPortraitValue(key, value)), "portrait"));
    }

    /** Sets the client's own phones and e-mails (besides its contacts'). */
    public Client setOwnContactInfo(ClientId clientId, List<String> phones, List<String> emails) {
        ContactInfo info = info("client", phones, emails);
        return ctx.tx(() -> changed(ctx.storage().clients().save(ctx.client("client", clientId).withInfo(info)), "contactInfo"));
    }

    public Client rename(ClientId clientId, String name) {
        return ctx.tx(() -> changed(ctx.storage().clients().save(ctx.client("client", clientId).rename(name)), "name"));
    }

    /** Hands a client to another responsible manager. */
    public Client reassign(ClientId clientId, ManagerId manager) {
        return ctx.tx(() -> {
            ctx.manager("manager", manager);
            return changed(ctx.storage().clients().save(ctx.client("client", clientId).assignTo(manager)), "manager");
        });
    }

    /** @throws io.crmkit.NotFoundException for an unknown id */
    public Client get(ClientId id) {
        return ctx.client("client", id);
    }

    /**
     * A client, only when its responsible manager is in {@code scope}: for a record outside the
     * scope the caller learns nothing more than for an unknown id.
     *
     * @throws io.crmkit.NotFoundException for an unknown id or a client outside the scope
     */
    public Client get(ClientId id, Scope scope) {
        Client c = get(id);
        if (!ctx.resolve(scope).contains(c.manager())) {
            throw new io.crmkit.NotFoundException("client", id);
        }
        return c;
    }

    /** Every client in scope, by id. */
    public List<Client> inScope(Scope scope) {
        return ctx.storage().clients().inScope(ctx.resolve(scope));
    }

    private Client changed(Client saved, String what) {
        ctx.publish(new DomainEvent.ClientChanged(saved.id(), what, ctx.now()));
        return saved;
    }

    private Map<String, String> checkPortrait(Map<String, String> values) {
        Check.notNull("portrait", values);
        for (String key : values.keySet()) {
            Check.id("portrait.key", key);
            if (ctx.settings().portraitFields().stream().noneMatch(f -> f.key().equals(key))) {
                throw new InvalidInputException("portrait." + key, key, "is not a configured portrait field");
            }
        }
        return values;
    }

    Contact contact(String field, NewContact c) {
        Check.notNull(field, c);
        ContactId id = c.id() != null ? c.id() : ContactId.of(ctx.newId("contact"));
        return new Contact(id, c.name(), c.position(), info(field, c.phones(), c.emails()));
    }

    private ContactInfo info(String field, List<String> phones, List<String> emails) {
        List<Phone> ps = new ArrayList<>();
        List<String> rawPhones = phones == null ? List.of() : phones;
        for (int i = 0; i < rawPhones.size(); i++) {
            ps.add(ctx.phones().phone(field + ".phones[" + i + "]", rawPhones.get(i)));
        }
        List<Email> es = new ArrayList<>();
        List<String> rawEmails = emails == null ? List.of() : emails;
        for (int i = 0; i < rawEmails.size(); i++) {
            es.add(Email.of(field + ".emails[" + i + "]", rawEmails.get(i)));
        }
        return ContactInfo.of(ps, es);
    }
}
