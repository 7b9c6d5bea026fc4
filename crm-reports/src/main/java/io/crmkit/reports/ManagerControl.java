package io.crmkit.reports;

import io.crmkit.client.ClientId;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.money.MoneySum;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report shapes of the manager control variants other than the traffic light ({@link TrafficLight}).
 * Each is built by {@link Reports} and rendered by the renderers; the JSON shapes are in docs/REPORTS.md.
 */
public final class ManagerControl {
    private ManagerControl() {
    }

    /**
     * TOUCHES_PER_CLIENT: every client in scope with its touches (COMPLETED interactions, whoever
     * manages them) completed in {@code from..to}, by client id.
     *
     * @param meanTouches the mean over the listed clients, 2 decimals; {@code null} when there are none
     */
    public record Touches(Scope scope, LocalDate from, LocalDate to, List<ClientTouches> clients, BigDecimal meanTouches) {
        public Touches {
            clients = List.copyOf(clients);
        }
    }

    /** A client and its touches. */
    public record ClientTouches(ClientId client, String name, ManagerId manager, long touches) {
    }

    /** WARM_CLIENTS: the clients in scope warm at {@code at}, by id. */
    public record WarmClients(Scope scope, Instant at, int warmDays, List<ClientId> clients) {
        public WarmClients {
            clients = List.copyOf(clients);
        }
    }

    /**
     * INTERACTIONS: per manager in scope (by id, every one): interactions planned to start in the
     * period (any status), of them completed, cancelled and overdue now, and the points earned by
     * interactions completed in the period.
     */
    public record Interactions(Scope scope, LocalDate from, LocalDate to, Instant at, List<InteractionRow> managers,
                               InteractionRow totals) {
        public Interactions {
            managers = List.copyOf(managers);
        }
    }

    /**
     * One manager's interaction counts; in {@code totals} the manager is {@code null}.
     *
     * @param completionRate completed ÷ planned, 4 decimals, {@code null} when nothing was planned
     */
    public record InteractionRow(ManagerId manager, long planned, long completed, long cancelled, long overdue,
                                 long points, BigDecimal completionRate) {
    }

    /**
     * INTERESTS: per manager in scope (by id, every one), the count and amount of its interests of
     * each status (in the order ACTIVE, SUSPENDED, WON, LOST, each always present).
     *
     * @param winRate won ÷ (won + lost) over the whole scope, 4 decimals, {@code null} when nothing is closed
     */
    public record Interests(Scope scope, List<InterestRow> managers, Map<InterestStatus, StatusTally> totals,
                            BigDecimal winRate) {
        public Interests {
            managers = List.copyOf(managers);
            totals = Map.copyOf(totals);
        }
    }

    /** One manager's interests by status; {@code winRate} = won ÷ (won + lost), {@code null} when none closed. */
    public record InterestRow(ManagerId manager, Map<InterestStatus, StatusTally> byStatus, BigDecimal winRate) {
        public InterestRow {
            byStatus = Map.copyOf(byStatus);
        }
    }

    /** The number of interests and their amounts. */
    public record StatusTally(long count, MoneySum amount) {
        public static final StatusTally ZERO = new StatusTally(0, MoneySum.empty());

        public StatusTally plus(StatusTally o) {
            return new StatusTally(count + o.count, amount.plus(o.amount));
        }
    }

    /**
     * CLIENTS: per manager in scope (by id, every one), how many clients they are responsible for,
     * how many of those are warm now, have an ACTIVE interest, have an overdue interaction, and
     * have portrait and contact info filled.
     */
    public record Clients(Scope scope, Instant at, List<ClientsRow> managers, ClientsRow totals) {
        public Clients {
            managers = List.copyOf(managers);
        }
    }

    /** One manager's client counts; in {@code totals} the manager is {@code null}. */
    public record ClientsRow(ManagerId manager, long clients, long warm, long withActiveInterest, long withOverdue,
                             long portraitFilled, long contactInfoFilled) {
    }

    /**
     * CLIENTS_AND_INTERESTS: every client in scope (by id) with the interests in scope of that client
     * by status, and the amount of its ACTIVE ones.
     */
    public record ClientsAndInterests(Scope scope, List<ClientInterests> clients) {
        public ClientsAndInterests {
            clients = List.copyOf(clients);
        }
    }

    /** One client and its interests, each list by id. */
    public record ClientInterests(ClientId client, String name, ManagerId manager, List<InterestId> active,
                                  List<InterestId> suspended, List<InterestId> won, List<InterestId> lost,
                                  MoneySum activeAmount) {
        public ClientInterests {
            active = List.copyOf(active);
            suspended = List.copyOf(suspended);
            won = List.copyOf(won);
            lost = List.copyOf(lost);
        }
    }

    /** FUNNEL_DRILLDOWN: the sales funnel report, rendered with the interests behind every cell. */
    public record FunnelDrilldown(SalesFunnelReport funnel) {
    }
}
