package io.crmkit.it.scope;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.AccessDeniedException;
import io.crmkit.agenda.CalendarView;
import io.crmkit.agenda.MySales;
import io.crmkit.agenda.MyTasks;
import io.crmkit.catalog.InteractionType;
import io.crmkit.inquiry.ClientMatch;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.inquiry.Inquiry;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.InterestStatus;
import io.crmkit.it.support.World;
import io.crmkit.it.support.World.MClient;
import io.crmkit.it.support.World.MInteraction;
import io.crmkit.it.support.World.MInterest;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import io.crmkit.org.Scope;
import io.crmkit.report.ReportQueries;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks every public query of crm-core and every {@link ReportQueries} answer for one scope
 * against the oracle computed from the {@link World}'s own model: nothing outside the scope, and
 * everything inside it (with the right values where the oracle knows them).
 *
 * <p>Two kinds of answers exist, as SPEC.md and SCENARIO.md define them. Record lists (clients,
 * interests, interactions, the funnel, the automotivator, interaction and interest counts) hold
 * the records whose own responsible manager is in scope. Client facts (the traffic light, touches,
 * warm clients, and the active interests and planned interactions a search match lists) are about
 * the clients in scope and look at all of each such client's interests and interactions, whoever
 * manages them; they never name a client outside the scope.
 */
final class ScopeChecks {
    private static final Comparator<MInteraction> BY_START =
            Comparator.comparing((MInteraction x) -> x.start).thenComparing(x -> x.id);

    private final World w;
    private final Random r;
    private final ReportChecks reports;
    private final boolean withReports;
    private final boolean allProbes;

    /**
     * @param withReports whether to check the reports of crm-reports too (the costlier part)
     * @param allProbes   whether to run every search probe, or a random third of them
     */
    ScopeChecks(World w, Random r, boolean withReports, boolean allProbes) {
        this.w = w;
        this.r = r;
        this.reports = new ReportChecks(w);
        this.withReports = withReports;
        this.allProbes = allProbes;
    }

    /** Runs every check for one scope; the caller wraps failures with the seed. */
    void check(Scope scope) {
        Set<String> in = w.managersIn(scope);
        Predicate<String> inScope = in::contains;
        Instant now = World.NOW;

        // --- the org chart itself
        assertThat(ids(w.crm.org().managersIn(scope))).as("managersIn").isEqualTo(new TreeSet<>(in));

        // --- clients, interests, interactions
        assertThat(w.crm.clients().inScope(scope).stream().map(c -> c.id().value()).toList()).as("clients().inScope")
                .isEqualTo(sorted(w.clients.values().stream().filter(c -> inScope.test(c.manager)).map(c -> c.id)));
        assertThat(w.crm.interests().inScope(scope).stream().map(i -> i.id().value()).toList()).as("interests().inScope")
                .isEqualTo(sorted(w.interests.values().stream().filter(i -> inScope.test(i.manager)).map(i -> i.id)));
        assertThat(w.crm.interests().activeIn(scope).stream().map(i -> i.id().value()).toList()).as("interests().activeIn")
                .isEqualTo(sorted(w.interests.values().stream().filter(i -> inScope.test(i.manager) && i.status == InterestStatus.ACTIVE)
                        .map(i -> i.id)));
        List<MInteraction> planned = w.interactions.values().stream()
                .filter(x -> inScope.test(x.manager) && x.status == InteractionStatus.PLANNED).sorted(BY_START).toList();
        assertThat(xids(w.crm.interactions().planned(scope))).as("interactions().planned").isEqualTo(mids(planned));
        assertThat(xids(w.crm.interactions().overdue(scope))).as("interactions().overdue")
                .isEqualTo(mids(planned.stream().filter(x -> x.overdue(now)).toList()));

        // --- calendar of the scope over a random period
        LocalDate from = LocalDate.ofInstant(now, World.ZONE).plusDays(r.nextInt(30) - 20);
        LocalDate to = from.plusDays(r.nextInt(25));
        checkCalendar("agenda().calendar(scope)", w.crm.agenda().calendar(scope, from, to), inScope, from, to);

        // --- search
        checkSearch(scope, inScope);

        // --- report facts
        checkReportQueries(scope, inScope, from, to);

        // --- every report of crm-reports
        if (withReports) {
            reports.check(scope, from, to);
        }

        // --- one manager's own views
        if (scope instanceof Scope.Own own) {
            checkOwn(own.manager(), from, to);
        }
    }

    private void checkCalendar(String what, CalendarView view, Predicate<String> inScope, LocalDate from, LocalDate to) {
        Map<LocalDate, List<String>> expected = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            expected.put(d, new ArrayList<>());
        }
        w.interactions.values().stream()
                .filter(x -> inScope.test(x.manager) && x.status != InteractionStatus.CANCELLED)
                .sorted(BY_START)
                .forEach(x -> {
                    List<String> day = expected.get(LocalDate.ofInstant(x.start, World.ZONE));
                    if (day != null) {
                        day.add(x.id);
                    }
                });
        Map<LocalDate, List<String>> actual = new TreeMap<>();
        for (CalendarView.Day d : view.days()) {
            actual.put(d.date(), xids(d.interactions()));
        }
        assertThat(actual).as(what + " " + from + ".." + to).isEqualTo(expected);
    }

    private void checkSearch(Scope scope, Predicate<String> inScope) {
        List<ClientSearch> probes = new ArrayList<>();
        for (String key : World.PHONE_KEYS) {
            probes.add(ClientSearch.byPhone(key));
        }
        for (String e : World.EMAILS) {
            probes.add(ClientSearch.byEmail(r.nextBoolean() ? e : e.toUpperCase(Locale.ROOT)));
        }
        for (String n : World.NAME_PROBES) {
            probes.add(ClientSearch.byName(n));
        }
        probes.add(new ClientSearch(World.PHONE_KEYS.get(r.nextInt(World.PHONE_KEYS.size())),
                World.EMAILS.get(r.nextInt(World.EMAILS.size())), World.NAME_PROBES.get(r.nextInt(World.NAME_PROBES.size()))));
        for (ClientSearch s : probes) {
            if (!allProbes && r.nextInt(3) > 0) {
                continue;
            }
            List<ClientMatch> found = w.crm.inquiries().search(s, scope);
            List<String> expected = new ArrayList<>();
            Map<String, String> kind = new HashMap<>();
            if (s.phone() != null) {
                addMatches(expected, kind, c -> c.phoneKeys.contains(s.phone()), inScope, "PHONE");
            }
            if (s.email() != null) {
                addMatches(expected, kind, c -> c.emailKeys.contains(s.email().toLowerCase(Locale.ROOT)), inScope, "EMAIL");
            }
            if (s.nameLike() != null) {
                String f = s.nameLike().toLowerCase(Locale.ROOT);
                addMatches(expected, kind, c -> c.names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(f)), inScope, "NAME");
            }
            assertThat(found.stream().map(m -> m.client().value()).toList()).as("inquiries().search " + s).isEqualTo(expected);
            for (ClientMatch m : found) {
                String c = m.client().value();
                assertThat(m.matchedBy().name()).as("matchedBy of " + c + " in " + s).isEqualTo(kind.get(c));
                assertThat(m.activeInterests().stream().map(i -> i.value()).toList()).as("activeInterests of match " + c)
                        .isEqualTo(sorted(w.interests.values().stream()
                                .filter(i -> i.client.equals(c) && i.status == InterestStatus.ACTIVE).map(i -> i.id)));
                assertThat(m.plannedInteractions().stream().map(x -> x.value()).toList()).as("plannedInteractions of match " + c)
                        .isEqualTo(mids(w.interactions.values().stream()
                                .filter(x -> x.client.equals(c) && x.status == InteractionStatus.PLANNED).sorted(BY_START).toList()));
            }
        }
    }

    private void addMatches(List<String> out, Map<String, String> kind, Predicate<MClient> match, Predicate<String> inScope, String k) {
        w.clients.values().stream().filter(c -> inScope.test(c.manager) && match.test(c)).map(c -> c.id).sorted()
                .filter(id -> !kind.containsKey(id)).forEach(id -> {
                    out.add(id);
                    kind.put(id, k);
                });
    }

    private void checkReportQueries(Scope scope, Predicate<String> inScope, LocalDate from, LocalDate to) {
        ReportQueries q = w.storage.reportQueries();
        ResolvedScope rs = w.crm.context().resolve(scope);
        Instant now = World.NOW;
        Instant cohortFrom = from.atStartOfDay(World.ZONE).toInstant();
        Instant cohortTo = to.plusDays(1).atStartOfDay(World.ZONE).toInstant();

        ReportQueries.FunnelFacts funnel = q.funnelFacts(rs, w.funnel, cohortFrom, cohortTo);
        assertThat(funnel.active().stream().map(a -> a.interest().value() + "@" + a.stage()).sorted().toList()).as("funnelFacts.active")
                .isEqualTo(w.interests.values().stream().filter(i -> inScope.test(i.manager) && i.status == InterestStatus.ACTIVE)
                        .map(i -> i.id + "@" + i.stage).sorted().toList());
        assertThat(funnel.cohort().stream().map(c -> c.interest().value() + ":" + c.status() + "@" + c.lastStage()).sorted().toList())
                .as("funnelFacts.cohort " + cohortFrom + ".." + cohortTo)
                .isEqualTo(w.interests.values().stream().filter(i -> inScope.test(i.manager)
                                && !i.createdAt.isBefore(cohortFrom) && i.createdAt.isBefore(cohortTo))
                        .map(i -> i.id + ":" + i.status + "@" + i.stage).sorted().toList());

        Map<String, Integer> points = new HashMap<>();
        for (InteractionType t : w.settings.interactionTypes()) {
            points.put(t.code(), t.points());
        }
        Map<String, long[]> dayPoints = new TreeMap<>();
        Instant pStart = cohortFrom;
        Instant pEnd = cohortTo;
        for (MInteraction x : w.interactions.values()) {
            if (!inScope.test(x.manager)) {
                continue;
            }
            if (x.status != InteractionStatus.CANCELLED && within(x.start, pStart, pEnd)) {
                dayPoints.computeIfAbsent(x.manager + " " + LocalDate.ofInstant(x.start, World.ZONE), k -> new long[2])[0] += points.get(x.type);
            }
            if (x.status == InteractionStatus.COMPLETED && within(x.completedAt, pStart, pEnd)) {
                dayPoints.computeIfAbsent(x.manager + " " + LocalDate.ofInstant(x.completedAt, World.ZONE), k -> new long[2])[1] += points.get(x.type);
            }
        }
        assertThat(q.dailyPoints(rs, from, to, World.ZONE, points).stream()
                .map(d -> d.manager().value() + " " + d.date() + " " + d.planned() + "/" + d.earned()).sorted().toList())
                .as("dailyPoints " + from + ".." + to)
                .isEqualTo(dayPoints.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).sorted().toList());

        List<String> clientsIn = sorted(w.clients.values().stream().filter(c -> inScope.test(c.manager)).map(c -> c.id));
        Set<String> required = Set.of("industry", "size", "region", "source");
        List<ReportQueries.ClientFacts> facts = q.clientFacts(rs, now, required);
        assertThat(facts.stream().map(f -> f.client().value()).sorted().toList()).as("clientFacts clients").isEqualTo(clientsIn);
        for (ReportQueries.ClientFacts f : facts) {
            String c = f.client().value();
            assertThat(f.manager().value()).as("clientFacts.manager of " + c).isEqualTo(w.clients.get(c).manager);
            assertThat(f.hasActiveInterest()).as("clientFacts.hasActiveInterest of " + c)
                    .isEqualTo(w.interests.values().stream().anyMatch(i -> i.client.equals(c) && i.status == InterestStatus.ACTIVE));
            assertThat(f.overdue()).as("clientFacts.overdue of " + c)
                    .isEqualTo((int) w.interactions.values().stream().filter(x -> x.client.equals(c) && x.overdue(now)).count());
        }

        Map<String, Long> touches = new TreeMap<>();
        w.interactions.values().stream().filter(x -> x.status == InteractionStatus.COMPLETED && clientsIn.contains(x.client)
                && within(x.completedAt, pStart, pEnd)).forEach(x -> touches.merge(x.client, 1L, Long::sum));
        Map<String, Long> actualTouches = new TreeMap<>();
        q.touches(rs, pStart, pEnd).forEach((k, v) -> actualTouches.put(k.value(), v));
        assertThat(actualTouches).as("touches").isEqualTo(touches);

        Instant since = now.minus(Duration.ofDays(w.settings.warmDays()));
        Set<String> warm = new TreeSet<>();
        w.interests.values().stream().filter(i -> i.status == InterestStatus.ACTIVE && clientsIn.contains(i.client)).forEach(i -> warm.add(i.client));
        w.interactions.values().stream().filter(x -> x.status == InteractionStatus.COMPLETED && clientsIn.contains(x.client)
                && !x.completedAt.isBefore(since) && !x.completedAt.isAfter(now)).forEach(x -> warm.add(x.client));
        assertThat(q.warmClients(rs, now, since).stream().map(c -> c.value()).toList()).as("warmClients").isEqualTo(new ArrayList<>(warm));

        Map<String, long[]> counts = new TreeMap<>();
        for (MInteraction x : w.interactions.values()) {
            if (!inScope.test(x.manager)) {
                continue;
            }
            if (within(x.start, pStart, pEnd)) {
                long[] a = counts.computeIfAbsent(x.manager, k -> new long[5]);
                a[0]++;
                a[1] += x.status == InteractionStatus.COMPLETED ? 1 : 0;
                a[2] += x.status == InteractionStatus.CANCELLED ? 1 : 0;
                a[3] += x.overdue(now) ? 1 : 0;
            }
            if (x.status == InteractionStatus.COMPLETED && within(x.completedAt, pStart, pEnd)) {
                counts.computeIfAbsent(x.manager, k -> new long[5])[4] += points.get(x.type);
            }
        }
        assertThat(q.interactionCounts(rs, pStart, pEnd, now, points).stream()
                .map(c -> c.manager().value() + " " + c.planned() + "/" + c.completed() + "/" + c.cancelled() + "/" + c.overdue() + "/" + c.points())
                .sorted().toList()).as("interactionCounts")
                .isEqualTo(counts.entrySet().stream().map(e -> {
                    long[] a = e.getValue();
                    return e.getKey() + " " + a[0] + "/" + a[1] + "/" + a[2] + "/" + a[3] + "/" + a[4];
                }).sorted().toList());

        Map<String, Long> interestCounts = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> interestAmounts = new TreeMap<>();
        for (MInterest i : w.interests.values()) {
            if (inScope.test(i.manager)) {
                String k = i.manager + " " + i.status;
                interestCounts.merge(k, 1L, Long::sum);
                Map<String, BigDecimal> a = interestAmounts.computeIfAbsent(k, x -> new TreeMap<>());
                if (i.amount != null) {
                    a.merge(i.amount.currency().getCurrencyCode(), i.amount.amount(), BigDecimal::add);
                }
            }
        }
        List<ReportQueries.InterestCounts> ic = q.interestCounts(rs);
        assertThat(ic.stream().map(c -> c.manager().value() + " " + c.status() + " " + c.count()).sorted().toList()).as("interestCounts")
                .isEqualTo(interestCounts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).sorted().toList());
        for (ReportQueries.InterestCounts c : ic) {
            Map<String, BigDecimal> expected = interestAmounts.get(c.manager().value() + " " + c.status());
            Map<String, BigDecimal> actual = new TreeMap<>();
            c.amount().forEach((cur, v) -> actual.put(cur, v));
            assertThat(actual.keySet()).as("interestCounts currencies of " + c.manager() + " " + c.status()).isEqualTo(expected.keySet());
            actual.forEach((cur, v) -> assertThat(v).as("interestCounts amount " + cur).isEqualByComparingTo(expected.get(cur)));
        }
    }

    private void checkOwn(ManagerId manager, LocalDate from, LocalDate to) {
        String m = manager.value();
        Instant now = World.NOW;
        Instant tomorrow = LocalDate.ofInstant(now, World.ZONE).plusDays(1).atStartOfDay(World.ZONE).toInstant();
        List<MInteraction> planned = w.interactions.values().stream()
                .filter(x -> x.manager.equals(m) && x.status == InteractionStatus.PLANNED).sorted(BY_START).toList();
        MyTasks tasks = w.crm.agenda().myTasks(manager);
        assertThat(xids(tasks.overdue())).as("myTasks.overdue").isEqualTo(mids(planned.stream().filter(x -> x.overdue(now)).toList()));
        assertThat(xids(tasks.today())).as("myTasks.today")
                .isEqualTo(mids(planned.stream().filter(x -> !x.overdue(now) && x.start.isBefore(tomorrow)).toList()));
        assertThat(xids(tasks.upcoming())).as("myTasks.upcoming")
                .isEqualTo(mids(planned.stream().filter(x -> !x.overdue(now) && !x.start.isBefore(tomorrow)).toList()));
        assertThat(tasks.pendingInquiries().stream().map(Inquiry::id).map(i -> i.value()).sorted().toList()).as("myTasks.pendingInquiries")
                .isEqualTo(sorted(w.pending.values().stream().filter(p -> p.manager().equals(m)).map(World.MInquiry::id)));

        MySales sales = w.crm.agenda().mySales(manager);
        List<String> cards = new ArrayList<>();
        for (MySales.Column col : sales.stages()) {
            for (MySales.Card card : col.interests()) {
                Interaction next = card.next();
                cards.add(card.interest().id().value() + "@" + col.stage().code() + "→" + (next == null ? "-" : next.id().value()));
            }
        }
        List<String> expectedCards = new ArrayList<>();
        for (io.crmkit.catalog.Stage s : w.funnel.stages()) {
            w.interests.values().stream().filter(i -> i.manager.equals(m) && i.status == InterestStatus.ACTIVE && i.stage.equals(s.code()))
                    .sorted(Comparator.comparing(i -> i.id)).forEach(i -> {
                        String next = w.interactions.values().stream()
                                .filter(x -> i.id.equals(x.interest) && x.status == InteractionStatus.PLANNED)
                                .min(BY_START).map(x -> x.id).orElse("-");
                        expectedCards.add(i.id + "@" + s.code() + "→" + next);
                    });
        }
        assertThat(cards).as("mySales cards (interest@stage→next)").isEqualTo(expectedCards);

        checkCalendar("agenda().calendar(manager)", w.crm.agenda().calendar(manager, from, to), x -> x.equals(m), from, to);
    }

    /** OrgService.authorize / OrgChart.mayView for one caller against every scope, and the caller's widest scope. */
    void checkAuthorization(String caller) {
        ManagerId c = ManagerId.of(caller);
        var chart = w.crm.org().chart();
        for (Scope s : w.allScopes()) {
            boolean expected = w.mayView(caller, s);
            assertThat(chart.mayView(c, s)).as("mayView(" + caller + ", " + s + ")").isEqualTo(expected);
            if (expected) {
                assertThat(w.crm.org().authorize(c, s)).isEqualTo(s);
            } else {
                try {
                    w.crm.org().authorize(c, s);
                    throw new AssertionError("authorize(" + caller + ", " + s + ") let a caller see beyond what they head");
                } catch (AccessDeniedException e) {
                    assertThat(e.code()).isEqualTo("ACCESS_DENIED");
                    assertThat(e.field()).isEqualTo("scope");
                }
            }
        }
        if (withReports) {
            reports.checkCaller(caller, w.allScopes());
        }
        Scope widest = w.crm.org().widestScopeOf(c);
        assertThat(w.crm.org().authorize(c, widest)).as("the widest scope of " + caller + " is viewable").isEqualTo(widest);
        Set<String> headed = w.headedBy(caller);
        Set<String> roots = w.deptParent.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        if (headed.isEmpty()) {
            assertThat(widest).as("a manager who heads nothing sees only their own records").isEqualTo(Scope.own(c));
        } else if (headed.containsAll(roots) && roots.stream().allMatch(d -> caller.equals(w.deptHead.get(d)))) {
            assertThat(widest).as("a director (head of every top-level department) sees the company").isEqualTo(Scope.company());
        } else {
            assertThat(widest).as("a head sees a department they head").isInstanceOf(Scope.OfDepartment.class);
            String d = ((Scope.OfDepartment) widest).department().value();
            assertThat(headed).contains(d);
            // no headed department lies above the chosen one's top: it is one of the topmost headed
            Set<String> direct = w.deptHead.entrySet().stream().filter(e -> caller.equals(e.getValue())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            Set<String> tops = direct.stream().filter(h -> direct.stream().noneMatch(o -> !o.equals(h) && w.subtree(o).contains(h)))
                    .collect(Collectors.toSet());
            assertThat(tops).as("topmost departments headed by " + caller).contains(d);
            if (tops.size() == 1) {
                assertThat(w.managersIn(widest)).as("a head of one branch sees exactly that branch")
                        .isEqualTo(managersUnder(w.subtree(d)));
            }
        }
    }

    private Set<String> managersUnder(Set<String> depts) {
        return w.managerDept.entrySet().stream().filter(e -> depts.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean within(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    private static List<String> sorted(java.util.stream.Stream<String> s) {
        return s.sorted().toList();
    }

    private static Set<String> ids(Set<ManagerId> ms) {
        return ms.stream().map(ManagerId::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> xids(List<Interaction> xs) {
        return xs.stream().map(x -> x.id().value()).toList();
    }

    private static List<String> mids(List<MInteraction> xs) {
        return xs.stream().map(x -> x.id).toList();
    }
}
