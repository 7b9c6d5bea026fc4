package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Crm;
import io.crmkit.agenda.CalendarView;
import io.crmkit.agenda.MySales;
import io.crmkit.agenda.MyTasks;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.client.ContactInfo;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.inquiry.InquiryId;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.money.Money;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.tx.BulkImport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The per-person screens (My tasks, My sales, a manager's week calendar) cost what the person's own
 * data costs: their SQL statements do not grow with the manager's own interests and interactions
 * (3 or 30: no N+1), and neither the statements nor the rows the database returns grow when the
 * other managers' data grows tenfold (every query is limited to the manager's own rows in SQL, not
 * filtered in Java).
 */
class ScreenStatementCountTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-11T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-09");
    private static final ManagerId ANNA = ManagerId.of("m-anna");
    private static final int OTHER_MANAGERS = 3;

    /** Statements and rows of one screen call. */
    record Cost(long statements, long rows) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void screensCostWhatTheManagersOwnDataCosts(TestDatabases.Kind kind) {
        Map<String, Cost> few = measure(kind, 3, 3);
        Map<String, Cost> many = measure(kind, 30, 3);
        Map<String, Cost> crowded = measure(kind, 3, 30);
        System.out.println(kind + " screen cost (statements, rows): own 3 " + few + ", own 30 " + many + ", others x10 " + crowded);
        few.forEach((screen, c) -> {
            assertThat(many.get(screen).statements()).as(screen + " statements, own 3 vs own 30").isEqualTo(c.statements());
            assertThat(crowded.get(screen)).as(screen + " statements and rows, others x1 vs x10").isEqualTo(c);
        });
        assertThat(few.get("myTasks").statements()).isLessThanOrEqualTo(3);
        assertThat(few.get("mySales").statements()).isLessThanOrEqualTo(4);
        assertThat(few.get("calendar").statements()).isLessThanOrEqualTo(2);
    }

    /** Seeds Anna with {@code own} interests and the other managers with {@code others} each, then opens Anna's screens. */
    private Map<String, Cost> measure(TestDatabases.Kind kind, int own, int others) {
        JpaStorage s = SharedStorages.emptied(kind);
        seed(s, own, others);
        Crm crm = Crm.builder().storage(s).clock(Clock.fixed(NOW, BERLIN))
                .settings(CrmSettings.defaults(BERLIN)).build();
        Statistics stats = s.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        Map<String, Function<Crm, Integer>> screens = new LinkedHashMap<>();
        screens.put("myTasks", c -> {
            MyTasks t = c.agenda().myTasks(ANNA);
            return t.overdue().size() + t.today().size() + t.upcoming().size() + t.pendingInquiries().size();
        });
        screens.put("mySales", c -> {
            MySales m = c.agenda().mySales(ANNA);
            return m.stages().stream().mapToInt(col -> col.interests().size()).sum();
        });
        screens.put("calendar", c -> {
            CalendarView v = c.agenda().calendar(ANNA, MONDAY, MONDAY.plusDays(6));
            return v.days().stream().mapToInt(d -> d.interactions().size()).sum();
        });
        Map<String, Cost> out = new LinkedHashMap<>();
        screens.forEach((name, screen) -> {
            screen.apply(crm); // warm: the same statements, counted on the second call
            stats.clear();
            int shown = screen.apply(crm);
            assertThat(shown).as(name + " shows Anna's data").isPositive();
            out.put(name, new Cost(stats.getPrepareStatementCount(), rows(stats)));
        });
        return out;
    }

    /** Rows the database returned: entities and collection elements loaded, plus the rows of scalar queries. */
    private static long rows(Statistics stats) {
        long rows = stats.getEntityLoadCount() + stats.getCollectionLoadCount();
        for (String q : stats.getQueries()) {
            rows += stats.getQueryStatistics(q).getExecutionRowCount();
        }
        return rows;
    }

    /**
     * Per manager and interest i: a client, an ACTIVE interest with three stages, two PLANNED
     * interactions (one this week, one managed by the next manager), one COMPLETED, one CANCELLED
     * this week; a pending inquiry per three interests; plus a WON interest.
     */
    private static void seed(JpaStorage s, int own, int others) {
        SalesFunnel f = SalesFunnel.defaultFunnel();
        Instant t0 = MONDAY.atStartOfDay(BERLIN).toInstant().minusSeconds(86400L * 20);
        try (BulkImport b = s.bulkImport(500)) {
            b.department(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
            List<ManagerId> managers = new java.util.ArrayList<>(List.of(ANNA));
            for (int m = 1; m <= OTHER_MANAGERS; m++) {
                managers.add(ManagerId.of("m-other" + m));
            }
            for (ManagerId m : managers) {
                b.manager(Manager.of(m, m.value(), null, DepartmentId.of("d")));
            }
            for (int mi = 0; mi < managers.size(); mi++) {
                ManagerId m = managers.get(mi);
                ManagerId neighbour = managers.get(mi % OTHER_MANAGERS + 1); // never Anna: her own data stays put
                int n = m.equals(ANNA) ? own : others;
                for (int i = 0; i < n; i++) {
                    String k = m.value() + "-" + i;
                    Client cl = Client.restore(ClientId.of("c-" + k), ClientKind.ORGANIZATION, "Client " + k, m, Map.of(),
                            List.of(), ContactInfo.of(List.of(), List.of()), t0, 0);
                    b.client(cl);
                    Interest in = Interest.open(InterestId.of("i-" + k), cl.id(), null, m, f, "INQUIRY",
                            Money.of("1000.00", "RUB"), null, null, t0, m)
                            .moveTo(f, "OFFER", m, t0.plusSeconds(3600))
                            .moveTo(f, "AGREEMENT", m, t0.plusSeconds(7200));
                    b.interest(in);
                    b.interest(Interest.open(InterestId.of("iw-" + k), cl.id(), null, m, f, "INQUIRY", null, null, null, t0, m)
                            .win(t0.plusSeconds(3600)));
                    Instant week = MONDAY.atStartOfDay(BERLIN).toInstant().plusSeconds(3600L * (8 + i % 9) + 86400L * (i % 7));
                    b.interaction(Interaction.plan(InteractionId.of("xp-" + k), "MEETING", cl.id(), null,
                            i % 3 == 2 ? null : in.id(), m, "meet", null, week, week.plusSeconds(1800), Importance.NORMAL));
                    b.interaction(Interaction.plan(InteractionId.of("xn-" + k), "OUTGOING_CALL", cl.id(), null, in.id(),
                            neighbour, "call", null, week.plusSeconds(86400L * 14), week.plusSeconds(86400L * 14 + 600),
                            Importance.NORMAL));
                    b.interaction(Interaction.recordDone(InteractionId.of("xd-" + k), "OUTGOING_CALL", cl.id(), null, in.id(), m,
                            "call", null, week.minusSeconds(86400L * 3), "ok", null));
                    b.interaction(Interaction.plan(InteractionId.of("xc-" + k), "TASK", cl.id(), null, in.id(), m, "task",
                            null, week.plusSeconds(3600), week.plusSeconds(5400), Importance.NORMAL).cancel("moved"));
                    if (i % 3 == 0) {
                        b.inquiry(Inquiry.pending(InquiryId.of("q-" + k), "key-" + k, t0.plusSeconds(i), m, Channel.PHONE,
                                "+7912000" + String.format("%04d", i), null, "Caller " + k, null, null, null));
                    }
                }
            }
        }
    }
}
