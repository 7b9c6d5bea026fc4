package io.crmkit;

import io.crmkit.agenda.AgendaService;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.ClientService;
import io.crmkit.event.EventPublisher;
import io.crmkit.inquiry.InquiryService;
import io.crmkit.interaction.InteractionService;
import io.crmkit.interest.InterestService;
import io.crmkit.mail.MailService;
import io.crmkit.internal.CrmContext;
import io.crmkit.org.OrgService;
import io.crmkit.product.ProductService;
import io.crmkit.tx.IdGenerator;
import java.time.Clock;

/**
 * The one entry point of crmkit. Build it once and reach every capability from it:
 *
 * <pre>{@code
 * Crm crm = Crm.builder()
 *         .storage(InMemoryStorage.create())
 *         .clock(Clock.systemUTC())
 *         .settings(CrmSettings.defaults(ZoneId.of("Europe/Moscow")))
 *         .build();
 * InquiryResult r = crm.inquiries().accept(InquiryRequest.builder(managerId, Channel.PHONE)
 *         .phone("+7 912 345-67-89").name("Ivan").key("call-001").build());
 * }</pre>
 *
 * <p>A {@code Crm} is thread-safe when its storage is.
 */
public final class Crm implements AutoCloseable {
    private final CrmContext ctx;
    private final OrgService org;
    private final ClientService clients;
    private final InterestService interests;
    private final InteractionService interactions;
    private final InquiryService inquiries;
    private final AgendaService agenda;
    private final ProductService products;
    private final MailService mail;

    private Crm(CrmContext ctx) {
        this.ctx = ctx;
        this.org = new OrgService(ctx);
        this.clients = new ClientService(ctx);
        this.interests = new InterestService(ctx);
        this.interactions = new InteractionService(ctx);
        this.inquiries = new InquiryService(ctx);
        this.agenda = new AgendaService(ctx);
        this.products = new ProductService(ctx);
        this.mail = new MailService(ctx);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Departments, managers and who may see what. */
    public OrgService org() {
        return org;
    }

    /** Clients, contacts and portraits. */
    public ClientService clients() {
        return clients;
    }

    /** Interests and the sales funnel. */
    public InterestService interests() {
        return interests;
    }

    /** Calls, meetings, letters and tasks. */
    public InteractionService interactions() {
        return interactions;
    }

    /** Client search and accept inquiry. */
    public InquiryService inquiries() {
        return inquiries;
    }

    /** My tasks, My sales, the calendar. */
    public AgendaService agenda() {
        return agenda;
    }

    /** Products, groups, price types and prices. */
    public ProductService products() {
        return products;
    }

    /** The outbox and stored letters. */
    public MailService mail() {
        return mail;
    }

    public Storage storage() {
        return ctx.storage();
    }

    public Clock clock() {
        return ctx.clock();
    }

    public CrmSettings settings() {
        return ctx.settings();
    }

    /** The shared context, for crmkit's own modules (reports, mail). Not API. */
    public CrmContext context() {
        return ctx;
    }

    /** Closes the storage. */
    @Override
    public void close() {
        ctx.storage().close();
    }

    /** Builds a {@link Crm}; {@link #storage} and {@link #clock} are required. */
    public static final class Builder {
        private Storage storage;
        private Clock clock;
        private CrmSettings settings;
        private IdGenerator ids = IdGenerator.uuids();
        private EventPublisher events = EventPublisher.none();

        private Builder() {
        }

        /** Where crmkit keeps its data: {@code InMemoryStorage.create()}, or the JPA storage of crm-persistence-jpa. */
        public Builder storage(Storage s) {
            storage = s;
            return this;
        }

        /** The only source of "now" crmkit uses. */
        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        /** Rules and catalogs; default {@link CrmSettings#defaults()} in the clock's zone. */
        public Builder settings(CrmSettings s) {
            settings = s;
            return this;
        }

        /** How new ids are made; default random UUIDs. */
        public Builder ids(IdGenerator g) {
            ids = g;
            return this;
        }

        /** Where domain events go; default nowhere. */
        public Builder events(EventPublisher p) {
            events = p;
            return this;
        }

        /**
         * @throws InvalidInputException naming what is missing
         */
        public Crm build() {
            if (storage == null) {
                throw new InvalidInputException("storage", null, "is required: pass InMemoryStorage.create() or a JPA storage");
            }
            if (clock == null) {
                throw new InvalidInputException("clock", null, "is required: pass Clock.systemUTC() or a fixed clock in tests");
            }
            if (ids == null) {
                throw new InvalidInputException("ids", null, "is required");
            }
            if (events == null) {
                throw new InvalidInputException("events", null, "is required (use EventPublisher.none())");
            }
            CrmSettings s = settings != null ? settings : CrmSettings.defaults(clock.getZone());
            return new Crm(new CrmContext(storage, clock, s, ids, events));
        }
    }
}
