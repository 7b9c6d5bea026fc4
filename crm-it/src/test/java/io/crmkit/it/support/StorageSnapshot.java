package io.crmkit.it.support;

import io.crmkit.Storage;
import io.crmkit.client.Client;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a storage shows through its ports, as one comparable text: departments, managers,
 * clients with contacts, interests with history, interactions, pending inquiries, letters, the
 * outbox, quarantined messages and the product catalog. Two equal snapshots mean nothing a caller
 * can see has changed, versions included.
 */
public final class StorageSnapshot {
    private StorageSnapshot() {
    }

    public static String of(Storage s) {
        Set<ManagerId> all = new TreeSet<>();
        for (Manager m : s.managers().all()) {
            all.add(m.id());
        }
        ResolvedScope everyone = new ResolvedScope(true, all);
        List<String> lines = new ArrayList<>();
        s.departments().all().forEach(d -> lines.add("department " + d));
        s.managers().all().forEach(m -> lines.add("manager " + m));
        List<Client> clients = s.clients().inScope(everyone);
        for (Client c : clients) {
            lines.add("client " + c.id() + " v" + c.version() + " " + c.kind() + " " + c.name() + " " + c.manager() + " "
                    + c.portrait() + " " + c.contacts() + " " + c.info() + " " + c.createdAt());
            s.interactions().ofClient(c.id()).forEach(x -> lines.add("  interaction " + x.id() + " v" + x.version() + " "
                    + x.type() + " " + x.status() + " " + x.manager() + " " + x.interest() + " " + x.plannedStart() + ".."
                    + x.plannedEnd() + " " + x.completedAt() + " " + x.subject() + " " + x.description() + " " + x.result()));
            s.letters().ofClient(c.id()).forEach(l -> lines.add("  letter " + l));
        }
        s.interests().inScope(everyone).forEach(i -> lines.add("interest " + i.id() + " v" + i.version() + " " + i.client()
                + " " + i.manager() + " " + i.status() + " " + i.currentStage() + " " + i.amount() + " " + i.lossReason()
                + " " + i.closedAt() + " " + i.history()));
        s.inquiries().pendingInScope(everyone).forEach(q -> lines.add("pending " + q));
        s.outbox().all().forEach(o -> lines.add("outbox " + o));
        s.letters().quarantined().forEach(q -> lines.add("quarantined " + q));
        s.products().groups().forEach(g -> lines.add("group " + g));
        s.products().products().forEach(p -> lines.add("product " + p));
        s.products().priceTypes().forEach(p -> lines.add("priceType " + p));
        s.products().prices().forEach(p -> lines.add("price " + p));
        return String.join("\n", lines);
    }
}
