package io.crmkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.catalog.CrmSettings;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.NewClient;
import io.crmkit.client.NewContact;
import io.crmkit.event.DomainEvent;
import io.crmkit.event.RecordingEventPublisher;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.NewInterest;
import io.crmkit.memory.InMemoryStorage;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.testing.TestClock;
import io.crmkit.tx.IdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link Crm} on {@link InMemoryStorage} with a standing clock, sequential ids, recorded events
 * and a small org chart: Sales (headed by Diana, who also heads Service and so directs the
 * company) with its sub-department North (headed by Boris), and Service.
 */
public abstract class CoreTestBase {
    protected static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Friday 2026-03-13 17:00 in Moscow. */
    protected static final Instant NOW = Instant.parse("2026-03-13T14:00:00Z");
    protected static final DepartmentId SALES = DepartmentId.of("sales");
    protected static final DepartmentId NORTH = DepartmentId.of("north");
    protected static final DepartmentId SERVICE = DepartmentId.of("service");
    protected static final ManagerId DIANA = ManagerId.of("m-diana");
    protected static final ManagerId ANNA = ManagerId.of("m-anna");
    protected static final ManagerId BORIS = ManagerId.of("m-boris");
    protected static final ManagerId VERA = ManagerId.of("m-vera");
    protected static final ManagerId CLARA = ManagerId.of("m-clara");

    protected TestClock clock;
    protected RecordingEventPublisher events;
    protected InMemoryStorage storage;
    protected Crm crm;

    protected CrmSettings settings() {
        return CrmSettings.defaults(MOSCOW);
    }

    @BeforeEach
    void buildCrm() {
        clock = TestClock.at(NOW, MOSCOW);
        events = new RecordingEventPublisher();
        storage = InMemoryStorage.create();
        crm = Crm.builder().storage(storage).clock(clock).settings(settings()).ids(IdGenerator.sequential("g-"))
                .events(events).build();
        crm.org().addDepartment(SALES, "Sales", null, null);
        crm.org().addDepartment(NORTH, "Sales North", SALES, 40);
        crm.org().addDepartment(SERVICE, "Service", null, 20);
        crm.org().addManager(DIANA, "Diana Director", "diana@example.com", SALES);
        crm.org().addManager(ANNA, "Anna Petrova", "anna@example.com", SALES);
        crm.org().addManager(BORIS, "Boris Orlov", "boris@example.com", NORTH);
        crm.org().addManager(VERA, "Vera Lis", null, NORTH);
        crm.org().addManager(CLARA, "Clara Lind", null, SERVICE);
        crm.org().setHead(SALES, DIANA);
        crm.org().setHead(SERVICE, DIANA);
        crm.org().setHead(NORTH, BORIS);
        events.clear();
    }

    protected Client newClient(String id, ManagerId manager, String name, NewContact... contacts) {
        NewClient c = NewClient.organization(name, manager).withId(ClientId.of(id));
        for (NewContact p : contacts) {
            c = c.withContact(p);
        }
        return crm.clients().create(c);
    }

    protected Interest open(ClientId client, ManagerId by) {
        return crm.interests().open(NewInterest.of(client), by);
    }

    protected Interaction plan(String type, ClientId client, Instant start, Duration length) {
        return crm.interactions().plan(NewInteraction.of(type, client, start, start.plus(length)));
    }

    protected <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
        return events.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    protected void assertNoEvents() {
        assertThat(events.events()).isEmpty();
    }
}
