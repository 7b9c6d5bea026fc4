package io.crmkit.reports;

import io.crmkit.Crm;
import io.crmkit.InvalidStateException;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.Email;
import io.crmkit.internal.Check;
import io.crmkit.mail.AttachmentRef;
import io.crmkit.mail.LetterDraft;
import io.crmkit.mail.OutgoingLetter;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a price list to a client as a PDF attachment through crm-core's mail port: the PDF goes to
 * the storage's attachment store and the letter to the outbox ({@code crm.mail().queue}), in one
 * transaction; crm-mail's outbox relay sends it over SMTP after the commit.
 */
final class PriceListMail {
    private static final Logger LOG = LoggerFactory.getLogger(PriceListMail.class);

    private PriceListMail() {
    }

    static OutgoingLetter send(Crm crm, PriceList list, ClientId clientId, ContactId contactId, ManagerId managerId) {
        Check.notNull("priceList", list);
        Client client = crm.clients().get(clientId);
        Manager manager = crm.org().manager(Check.notNull("manager", managerId));
        if (manager.email() == null) {
            throw new InvalidStateException("manager", managerId, "has no e-mail address to send from");
        }
        Email to = recipient(client, contactId);
        byte[] pdf = PriceListPdf.render(list);
        String name = "price-list-" + list.priceType() + "-" + list.date() + ".pdf";
        String subject = "Price list: " + list.priceTypeName() + ", " + list.date();
        String text = "Good day,\n\nplease find attached our price list \"" + list.priceTypeName() + "\" (" + list.currency()
                + ") valid on " + list.date() + ".\n\n" + manager.name() + "\n";
        OutgoingLetter letter = crm.storage().transactions().inTransaction(() -> {
            AttachmentRef ref = crm.storage().attachments().store(name, "application/pdf", pdf);
            return crm.mail().queue(new LetterDraft(manager.email().value(), List.of(to.value()), List.of(), subject, text,
                    null, List.of(ref), client.id(), null, managerId));
        });
        LOG.info("price list {} of {} queued for client {} as letter {}", list.priceType(), list.date(), client.id(), letter.id());
        return letter;
    }

    private static Email recipient(Client client, ContactId contactId) {
        if (contactId != null) {
            Contact c = client.contact(contactId);
            return c.info().emails().stream().findFirst().orElseThrow(() ->
                    new InvalidStateException("contact", contactId, "has no e-mail address"));
        }
        Optional<Email> fromContacts = client.contacts().stream().sorted(Comparator.comparing(Contact::id))
                .flatMap(c -> c.info().emails().stream()).findFirst();
        return fromContacts.or(() -> client.info().emails().stream().findFirst()).orElseThrow(() ->
                new InvalidStateException("client", client.id(), "has no e-mail address on a contact or itself"));
    }
}
