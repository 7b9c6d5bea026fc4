package io.crmkit.memory;

import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import io.crmkit.product.Price;
import io.crmkit.product.Product;
import io.crmkit.report.ReportQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@link ReportQueries} answered by loops over the in-memory tables. */
final class MemoryReportQueries implements ReportQueries {
    private final InMemoryStorage s;

    MemoryReportQueries(InMemoryStorage storage) {
        this.s = storage;
    }

    @Override
    public FunnelFacts funnelFacts(ResolvedScope scope, SalesFunnel funnel, Instant cohortFrom, Instant cohortTo) {
        List<ActiveInterestRow> active = new ArrayList<>();
        List<CohortRow> cohort = new ArrayList<>();
        Map<String, long[]> times = new LinkedHashMap<>();
        for (Interest i : s.interests.values()) {
            if (!i.funnel().equals(funnel.code()) || !scope.contains(i.manager())) {
                continue;
            }
            if (i.status() == InterestStatus.ACTIVE) {
                active.add(new ActiveInterestRow(i.id(), i.currentStage(), i.amount()));
            }
            Instant created = i.createdAt();
            if (created.isBefore(cohortFrom) || !created.isBefore(cohortTo)) {
                continue;
            }
            int furthest = -1;
            List<StageEntry> h = i.history();
            for (int k = 0; k < h.size(); k++) {
                StageEntry e = h.get(k);
                furthest = Math.max(furthest, funnel.indexOf(e.stage()));
                Instant left = k + 1 < h.size() ? h.get(k + 1).at() : i.closedAt();
                if (left != null) {
                    long[] t = times.computeIfAbsent(e.stage(), x -> new long[2]);
                    t[0]++;
                    t[1] += left.toEpochMilli() - e.at().toEpochMilli();
                }
            }
            cohort.add(new CohortRow(i.id(), i.status(), furthest, i.currentStage()));
        }
        List<StageTime> stageTimes = new ArrayList<>();
        times.forEach((stage, t) -> stageTimes.add(new StageTime(stage, t[0], t[1])));
        stageTimes.sort(java.util.Comparator.comparing(StageTime::stage));
        return new FunnelFacts(active, cohort, stageTimes);
    }

    @Override
    public List<DayPoints> dailyPoints(ResolvedScope scope, LocalDate from, LocalDate to, ZoneId zone,
                                       Map<String, Integer> pointsByType) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        TreeMap<ManagerId, TreeMap<LocalDate, long[]>> acc = new TreeMap<>();
        for (Interaction x : s.interactions.values()) {
            if (!scope.contains(x.manager())) {
                continue;
            }
            int points = pointsByType.getOrDefault(x.type(), 0);
            if (points == 0) {
                continue;
            }
            if (x.status() != InteractionStatus.CANCELLED && within(x.plannedStart(), start, end)) {
                LocalDate d = x.plannedStart().atZone(zone).toLocalDate();
                acc.computeIfAbsent(x.manager(), k -> new TreeMap<>()).computeIfAbsent(d, k -> new long[2])[0] += points;
            }
            if (x.status() == InteractionStatus.COMPLETED && within(x.completedAt(), start, end)) {
                LocalDate d = x.completedAt().atZone(zone).toLocalDate();
                acc.computeIfAbsent(x.manager(), k -> new TreeMap<>()).computeIfAbsent(d, k -> new long[2])[1] += points;
            }
        }
        List<DayPoints> out = new ArrayList<>();
        acc.forEach((m, days) -> days.forEach((d, p) -> out.add(new DayPoints(m, d, p[0], p[1]))));
        return out;
    }

    private static boolean within(Instant t, Instant start, Instant end) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    @Override
    public List<ClientFacts> clientFacts(ResolvedScope scope, Instant now, Set<String> requiredPortraitKeys) {
        Set<ClientId> withActive = new HashSet<>();
        for (Interest i : s.interests.values()) {
            if (i.isActive()) {
                withActive.add(i.client());
            }
        }
        Map<ClientId, Integer> overdue = new HashMap<>();
        for (Interaction x : s.interactions.values()) {
            if (x.isOverdue(now)) {
                overdue.merge(x.client(), 1, Integer::sum);
            }
        }
        List<ClientFacts> out = new ArrayList<>();
        for (Client c : s.clients.values()) {
            if (!scope.contains(c.manager())) {
                continue;
            }
            boolean portrait = requiredPortraitKeys.stream().allMatch(k -> c.portrait().containsKey(k));
            out.add(new ClientFacts(c.id(), c.name(), c.manager(), withActive.contains(c.id()),
                    overdue.getOrDefault(c.id(), 0), portrait, c.contactInfoFilled()));
        }
        return out;
    }

    @Override
    public Map<ClientId, Long> touches(ResolvedScope scope, Instant from, Instant to) {
        Set<ClientId> inScope = clientsInScope(scope);
        Map<ClientId, Long> out = new TreeMap<>();
        for (Interaction x : s.interactions.values()) {
            if (x.status() == InteractionStatus.COMPLETED && inScope.contains(x.client()) && within(x.completedAt(), from, to)) {
                out.merge(x.client(), 1L, Long::sum);
            }
        }
        return out;
    }

    private Set<ClientId> clientsInScope(ResolvedScope scope) {
        Set<ClientId> out = new HashSet<>();
        for (Client c : s.clients.values()) {
            if (scope.contains(c.manager())) {
                out.add(c.id());
            }
        }
        return out;
    }

    @Override
    public List<ClientId> warmClients(ResolvedScope scope, Instant now, Instant since) {
        Set<ClientId> inScope = clientsInScope(scope);
        Set<ClientId> warm = new java.util.TreeSet<>();
        for (Interest i : s.interests.values()) {
            if (i.isActive() && inScope.contains(i.client())) {
                warm.add(i.client());
            }
        }
        for (Interaction x : s.interactions.values()) {
            if (x.status() == InteractionStatus.COMPLETED && inScope.contains(x.client())
                    && !x.completedAt().isBefore(since) && !x.completedAt().isAfter(now)) {
                warm.add(x.client());
            }
        }
        return List.copyOf(warm);
    }

    @Override
    public List<InteractionCounts> interactionCounts(ResolvedScope scope, Instant from, Instant to, Instant now,
                                                     Map<String, Integer> pointsByType) {
        TreeMap<ManagerId, long[]> acc = new TreeMap<>();
        for (Interaction x : s.interactions.values()) {
            if (!scope.contains(x.manager())) {
                continue;
            }
            if (within(x.plannedStart(), from, to)) {
                long[] a = acc.computeIfAbsent(x.manager(), k -> new long[5]);
                a[0]++;
                if (x.status() == InteractionStatus.COMPLETED) {
                    a[1]++;
                }
                if (x.status() == InteractionStatus.CANCELLED) {
                    a[2]++;
                }
                if (x.isOverdue(now)) {
                    a[3]++;
                }
            }
            if (x.status() == InteractionStatus.COMPLETED && within(x.completedAt(), from, to)) {
                acc.computeIfAbsent(x.manager(), k -> new long[5])[4] += pointsByType.getOrDefault(x.type(), 0);
            }
        }
        List<InteractionCounts> out = new ArrayList<>();
        acc.forEach((m, a) -> out.add(new InteractionCounts(m, a[0], a[1], a[2], a[3], a[4])));
        return out;
    }

    private static final class Tally {
        long count;
        final Map<String, BigDecimal> amounts = new TreeMap<>();
    }

    @Override
    public List<InterestCounts> interestCounts(ResolvedScope scope) {
        TreeMap<ManagerId, TreeMap<InterestStatus, Tally>> acc = new TreeMap<>();
        for (Interest i : s.interests.values()) {
            if (!scope.contains(i.manager())) {
                continue;
            }
            Tally t = acc.computeIfAbsent(i.manager(), k -> new TreeMap<>()).computeIfAbsent(i.status(), k -> new Tally());
            t.count++;
            if (i.amount() != null) {
                t.amounts.merge(i.amount().currency().getCurrencyCode(), i.amount().amount(), BigDecimal::add);
            }
        }
        List<InterestCounts> out = new ArrayList<>();
        acc.forEach((m, byStatus) -> byStatus.forEach((st, t) -> out.add(new InterestCounts(m, st, t.count, t.amounts))));
        return out;
    }

    @Override
    public List<PriceRow> currentPrices(String priceType, LocalDate date) {
        Map<io.crmkit.product.ProductId, Price> best = new HashMap<>();
        for (Price p : s.prices.values()) {
            if (p.priceType().equals(priceType) && !p.validFrom().isAfter(date)) {
                best.merge(p.product(), p, (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
            }
        }
        List<PriceRow> out = new ArrayList<>();
        for (Product pr : s.products.values()) {
            Price p = best.get(pr.id());
            if (p != null) {
                out.add(new PriceRow(pr.id(), pr.name(), pr.group(), pr.unit(), p.amount()));
            }
        }
        return out;
    }

    @Override
    public PriceListFacts priceListFacts(String priceType, LocalDate date) {
        io.crmkit.product.PriceType type = s.products().findPriceType(priceType).orElse(null);
        if (type == null) {
            return new PriceListFacts(null, List.of(), List.of());
        }
        List<io.crmkit.product.ProductGroup> groups = new ArrayList<>(s.products().groups());
        groups.sort(java.util.Comparator.comparing(io.crmkit.product.ProductGroup::id));
        return new PriceListFacts(type, groups, currentPrices(priceType, date));
    }
}
