package io.crmkit.it.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.AccessDeniedException;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.it.support.World;
import io.crmkit.it.support.World.MInteraction;
import io.crmkit.it.support.World.MInterest;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.reports.Automotivator;
import io.crmkit.reports.FunnelCell;
import io.crmkit.reports.ManagerControl;
import io.crmkit.reports.ReportJson;
import io.crmkit.reports.Reports;
import io.crmkit.reports.SalesFunnelReport;
import io.crmkit.reports.TrafficLight;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The scope property for every report of crm-reports (the sales funnel with its drill-down, the
 * automotivator, the traffic light and every manager-control variant), compared with the oracle of
 * the {@link World}'s model; and the rendered JSON of each report never names a manager, interest
 * or interaction outside the scope.
 */
final class ReportChecks {
    private final World w;
    private final Reports reports;

    ReportChecks(World w) {
        this.w = w;
        this.reports = Reports.of(w.crm);
    }

    void check(Scope scope, LocalDate from, LocalDate to) {
        Set<String> in = w.managersIn(scope);
        Predicate<String> inScope = in::contains;
        Instant now = World.NOW;
        Instant pStart = from.atStartOfDay(World.ZONE).toInstant();
        Instant pEnd = to.plusDays(1).atStartOfDay(World.ZONE).toInstant();
        List<String> clientsIn = w.clients.values().stream().filter(c -> inScope.test(c.manager)).map(c -> c.id).sorted().toList();
        List<String> managersIn = new ArrayList<>(new TreeSet<>(in));
        List<Object> rendered = new ArrayList<>();

        // --- sales funnel and its drill-down
        SalesFunnelReport funnel = reports.salesFunnel(scope, from, to);
        rendered.add(funnel);
        List<MInterest> cohort = w.interests.values().stream().filter(i -> inScope.test(i.manager)
                && !i.createdAt.isBefore(pStart) && i.createdAt.isBefore(pEnd)).toList();
        assertThat(ids(funnel.cohort())).as("funnel cohort").isEqualTo(sortedIds(cohort));
        assertThat(ids(funnel.won())).as("funnel won").isEqualTo(sortedIds(cohort.stream().filter(i -> i.status == InterestStatus.WON).toList()));
        assertThat(ids(funnel.lost())).as("funnel lost").isEqualTo(sortedIds(cohort.stream().filter(i -> i.status == InterestStatus.LOST).toList()));
        List<String> codes = w.funnel.stages().stream().map(s -> s.code()).toList();
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            int index = k;
            SalesFunnelReport.StageRow row = funnel.stage(code);
            assertThat(ids(row.activeInterests())).as("funnel %s active", code)
                    .isEqualTo(sortedIds(w.interests.values().stream().filter(i -> inScope.test(i.manager)
                            && i.status == InterestStatus.ACTIVE && i.stage.equals(code)).toList()));
            assertThat(ids(row.reachedInterests())).as("funnel %s reached", code)
                    .isEqualTo(sortedIds(cohort.stream().filter(i -> i.status == InterestStatus.WON
                            || i.stages.stream().mapToInt(codes::indexOf).max().orElse(-1) >= index).toList()));
            assertThat(ids(row.lostAtInterests())).as("funnel %s lost at", code)
                    .isEqualTo(sortedIds(cohort.stream().filter(i -> i.status == InterestStatus.LOST && i.stage.equals(code)).toList()));
            for (FunnelCell cell : List.of(FunnelCell.ACTIVE, FunnelCell.TIME_IN_STAGE)) {
                for (Interest i : reports.drillDown(funnel, code, cell)) {
                    assertThat(in).as("drill-down %s %s: manager of %s", code, cell, i.id()).contains(i.manager().value());
                }
            }
        }

        // --- automotivator
        Automotivator auto = reports.automotivator(scope, from, to);
        rendered.add(auto);
        assertThat(auto.managers().stream().map(m -> m.manager().value()).toList()).as("automotivator managers").isEqualTo(managersIn);
        Map<String, Integer> points = new HashMap<>();
        w.settings.interactionTypes().forEach(t -> points.put(t.code(), t.points()));
        Map<String, long[]> days = new TreeMap<>();
        for (MInteraction x : w.interactions.values()) {
            if (!inScope.test(x.manager)) {
                continue;
            }
            if (x.status != InteractionStatus.CANCELLED && within(x.start, pStart, pEnd)) {
                days.computeIfAbsent(x.manager + " " + LocalDate.ofInstant(x.start, World.ZONE), k -> new long[2])[0] += points.get(x.type);
            }
            if (x.status == InteractionStatus.COMPLETED && within(x.completedAt, pStart, pEnd)) {
                days.computeIfAbsent(x.manager + " " + LocalDate.ofInstant(x.completedAt, World.ZONE), k -> new long[2])[1] += points.get(x.type);
            }
        }
        List<String> actualDays = new ArrayList<>();
        for (Automotivator.ManagerRow m : auto.managers()) {
            for (Automotivator.Day d : m.days()) {
                if (d.planned() != 0 || d.earned() != 0) {
                    actualDays.add(m.manager().value() + " " + d.date() + " " + d.planned() + "/" + d.earned());
                }
            }
        }
        assertThat(actualDays).as("automotivator days with points")
                .isEqualTo(days.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList());

        // --- traffic light
        TrafficLight light = reports.trafficLight(scope);
        rendered.add(light);
        assertThat(light.clients().stream().map(c -> c.client().value()).toList()).as("traffic light clients").isEqualTo(clientsIn);
        assertThat(light.managers().stream().map(m -> m.manager().value()).toList()).as("traffic light managers").isEqualTo(managersIn);
        Set<String> deptsIn = scope instanceof Scope.OfDepartment d ? w.subtree(d.department().value())
                : scope instanceof Scope.Company ? new TreeSet<>(w.deptParent.keySet()) : Set.of();
        Set<String> lightDepts = new TreeSet<>();
        light.departments().forEach(d -> lightDepts.add(d.department().value()));
        assertThat(lightDepts).as("traffic light departments").isEqualTo(new TreeSet<>(deptsIn));
        for (TrafficLight.DepartmentCounts d : light.departments()) {
            Set<String> under = w.subtree(d.department().value());
            long expected = w.clients.values().stream().filter(c -> inScope.test(c.manager) && under.contains(w.managerDept.get(c.manager))).count();
            assertThat((long) d.counts().total()).as("traffic light clients counted for department %s", d.department()).isEqualTo(expected);
        }
        assertThat(light.totals().total()).as("traffic light total").isEqualTo(clientsIn.size());

        // --- manager control variants
        ManagerControl.Touches touches = reports.touchesPerClient(scope, from, to);
        rendered.add(touches);
        Map<String, Long> touchCount = new TreeMap<>();
        clientsIn.forEach(c -> touchCount.put(c, 0L));
        w.interactions.values().stream().filter(x -> x.status == InteractionStatus.COMPLETED && touchCount.containsKey(x.client)
                && within(x.completedAt, pStart, pEnd)).forEach(x -> touchCount.merge(x.client, 1L, Long::sum));
        Map<String, Long> actualTouches = new TreeMap<>();
        touches.clients().forEach(c -> actualTouches.put(c.client().value(), c.touches()));
        assertThat(actualTouches).as("touches per client").isEqualTo(touchCount);

        ManagerControl.WarmClients warm = reports.warmClients(scope);
        rendered.add(warm);
        Instant since = now.minus(Duration.ofHours(24L * w.settings.warmDays()));
        Set<String> warmIds = new TreeSet<>();
        w.interests.values().stream().filter(i -> i.status == InterestStatus.ACTIVE && clientsIn.contains(i.client)).forEach(i -> warmIds.add(i.client));
        w.interactions.values().stream().filter(x -> x.status == InteractionStatus.COMPLETED && clientsIn.contains(x.client)
                && !x.completedAt.isBefore(since) && !x.completedAt.isAfter(now)).forEach(x -> warmIds.add(x.client));
        assertThat(warm.clients().stream().map(c -> c.value()).toList()).as("warm clients").isEqualTo(new ArrayList<>(warmIds));

        ManagerControl.Interactions interactions = reports.interactions(scope, from, to);
        rendered.add(interactions);
        assertThat(interactions.managers().stream().map(m -> m.manager().value()).toList()).as("control by interactions: managers")
                .isEqualTo(managersIn);
        for (ManagerControl.InteractionRow row : interactions.managers()) {
            String m = row.manager().value();
            List<MInteraction> mine = w.interactions.values().stream().filter(x -> x.manager.equals(m) && within(x.start, pStart, pEnd)).toList();
            assertThat(row.planned()).as("interactions planned by %s", m).isEqualTo(mine.size());
            assertThat(row.overdue()).as("interactions overdue of %s", m).isEqualTo(mine.stream().filter(x -> x.overdue(now)).count());
        }

        ManagerControl.Interests interests = reports.interests(scope);
        rendered.add(interests);
        assertThat(interests.managers().stream().map(m -> m.manager().value()).toList()).as("control by interests: managers")
                .isEqualTo(managersIn);
        for (ManagerControl.InterestRow row : interests.managers()) {
            String m = row.manager().value();
            for (InterestStatus s : InterestStatus.values()) {
                assertThat(row.byStatus().get(s).count()).as("interests of %s %s", m, s)
                        .isEqualTo(w.interests.values().stream().filter(i -> i.manager.equals(m) && i.status == s).count());
            }
        }

        ManagerControl.Clients clients = reports.clients(scope);
        rendered.add(clients);
        assertThat(clients.managers().stream().map(m -> m.manager().value()).toList()).as("control by clients: managers").isEqualTo(managersIn);
        for (ManagerControl.ClientsRow row : clients.managers()) {
            String m = row.manager().value();
            assertThat(row.clients()).as("clients of %s", m).isEqualTo(w.clients.values().stream().filter(c -> c.manager.equals(m)).count());
        }

        ManagerControl.ClientsAndInterests ci = reports.clientsAndInterests(scope);
        rendered.add(ci);
        assertThat(ci.clients().stream().map(c -> c.client().value()).toList()).as("clients and interests: clients").isEqualTo(clientsIn);
        for (ManagerControl.ClientInterests row : ci.clients()) {
            String c = row.client().value();
            List<String> listed = new ArrayList<>();
            for (List<InterestId> l : List.of(row.active(), row.suspended(), row.won(), row.lost())) {
                listed.addAll(ids(l));
            }
            Set<String> expectedOfClient = new TreeSet<>();
            w.interests.values().stream().filter(i -> i.client.equals(c) && inScope.test(i.manager)).forEach(i -> expectedOfClient.add(i.id));
            assertThat(new TreeSet<>(listed)).as("clients and interests: interests of %s", c).isEqualTo(expectedOfClient);
        }

        rendered.add(reports.funnelDrilldown(scope, from, to, null));

        // --- nothing outside the scope in the rendered output
        Set<String> outside = new TreeSet<>();
        w.managerDept.keySet().stream().filter(inScope.negate()).forEach(outside::add);
        w.interests.values().stream().filter(i -> !inScope.test(i.manager)).forEach(i -> outside.add(i.id));
        w.interactions.values().stream().filter(x -> !inScope.test(x.manager)).forEach(x -> outside.add(x.id));
        for (Object report : rendered) {
            String json = ReportJson.write(report);
            for (String id : outside) {
                assertThat(json).as("%s rendered as JSON names %s, outside the scope", report.getClass().getSimpleName(), id)
                        .doesNotContain("\"" + id + "\"");
            }
        }
    }

    /** The reports seen by a calling manager refuse a scope beyond what the caller may view, before reading anything. */
    void checkCaller(String caller, List<Scope> scopes) {
        Reports mine = reports.as(ManagerId.of(caller));
        for (Scope s : scopes) {
            if (w.mayView(caller, s)) {
                assertThat(mine.trafficLight(s).clients()).allSatisfy(c -> assertThat(w.managersIn(s)).contains(c.manager().value()));
            } else {
                assertThatThrownBy(() -> mine.trafficLight(s)).as("Reports.as(%s).trafficLight(%s)", caller, s)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> mine.salesFunnel(s, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                        .as("Reports.as(%s).salesFunnel(%s)", caller, s).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    private static boolean within(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    private static List<String> ids(List<InterestId> ids) {
        return ids.stream().map(InterestId::value).toList();
    }

    private static List<String> sortedIds(List<MInterest> is) {
        return is.stream().map(i -> i.id).sorted().toList();
    }
}
