package io.crmkit.jpa;

import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.interaction.Importance;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.tx.BulkImport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

/**
 * Run in a forked JVM by {@link BulkImportMillionTest}: imports {@code args[1]} interactions into an
 * embedded H2 database in folder {@code args[0]} through {@link JpaStorage#bulkImport(int)}, then
 * counts them with SQL and prints {@code committed=<n> counted=<n> maxHeapMb=<mb> seconds=<s>}.
 */
public final class BulkImportMillionMain {
    private BulkImportMillionMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long count = Long.parseLong(args[1]);
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        long began = System.nanoTime();
        long committed;
        try (JpaStorage s = JpaStorage.embedded().dataDir(dir).build(); BulkImport b = s.bulkImport(5000)) {
            b.department(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
            ManagerId[] managers = new ManagerId[10];
            for (int m = 0; m < managers.length; m++) {
                managers[m] = ManagerId.of("m" + m);
                b.manager(Manager.of(managers[m], "Manager " + m, null, DepartmentId.of("d")));
            }
            ClientId[] clients = new ClientId[1000];
            for (int c = 0; c < clients.length; c++) {
                clients[c] = ClientId.of("c" + c);
                b.client(Client.create(clients[c], ClientKind.ORGANIZATION, "Client " + c, managers[c % managers.length], t0));
            }
            for (long i = 0; i < count; i++) {
                int c = (int) (i % clients.length);
                Instant start = t0.plusSeconds(600 * i);
                b.interaction(Interaction.plan(InteractionId.of("x" + i), i % 3 == 0 ? "MEETING" : "OUTGOING_CALL", clients[c], null,
                        null, managers[c % managers.length], "Call " + i, null, start, start.plusSeconds(1800), Importance.NORMAL));
            }
            b.flush();
            committed = b.committed();
        }
        long counted;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("crmkit"), "sa", "");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from crm_interaction")) {
            rs.next();
            counted = rs.getLong(1);
        }
        System.out.println("committed=" + committed + " counted=" + counted + " maxHeapMb="
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " seconds=" + (System.nanoTime() - began) / 1_000_000_000L);
    }
}
