package io.crmkit.reports;

import io.crmkit.client.ClientId;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import java.time.Instant;
import java.util.List;

/**
 * Manager control's traffic light at a moment (SCENARIO.md MANAGER_CONTROL, TRAFFIC_LIGHT): every
 * client in scope with its colour and failed indicators; the count of each colour per manager in
 * scope, per department (with its sub-departments) and in total.
 */
public record TrafficLight(Scope scope, Instant at, List<ClientRow> clients, List<ManagerCounts> managers,
                           List<DepartmentCounts> departments, Counts totals) {
    public TrafficLight {
        clients = List.copyOf(clients);
        managers = List.copyOf(managers);
        departments = List.copyOf(departments);
    }

    /**
     * One client.
     *
     * @param failed the codes of the failed indicators, in rule order
     * @param overdue the client's overdue interactions (whoever manages them)
     */
    public record ClientRow(ClientId client, String name, ManagerId manager, Colour colour, List<String> failed,
                            int overdue) {
        public ClientRow {
            failed = List.copyOf(failed);
        }
    }

    /** Clients of each colour. */
    public record Counts(int red, int yellow, int green) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Colour c) {
            return switch (c) {
                case RED -> new Counts(red + 1, yellow, green);
                case YELLOW -> new Counts(red, yellow + 1, green);
                case GREEN -> new Counts(red, yellow, green + 1);
            };
        }

        public int total() {
            return red + yellow + green;
        }
    }

    /** The counts of one manager's clients. */
    public record ManagerCounts(ManagerId manager, String name, Counts counts) {
    }

    /** The counts of the clients of a department's managers, sub-departments included. */
    public record DepartmentCounts(DepartmentId department, String name, Counts counts) {
    }

    /** The clients of one manager with one colour, by id (a drill-down of a count). */
    public List<ClientRow> clientsOf(ManagerId manager, Colour colour) {
        return clients.stream().filter(c -> c.manager().equals(manager) && c.colour() == colour).toList();
    }
}
