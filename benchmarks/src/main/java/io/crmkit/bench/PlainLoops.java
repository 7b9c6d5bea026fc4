package io.crmkit.bench;

import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.org.ManagerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory baseline: the funnel and the automotivator computed by one plain loop over plain
 * lists, the least work a Java program can do for these numbers. The in-memory benchmark puts the
 * library's in-memory storage beside it, over the same objects.
 */
public final class PlainLoops {
    private PlainLoops() {
    }

    /**
     * The funnel numbers of the interests of the managers in {@code scope} ({@code null} for the
     * company), cohort created in {@code [from, to)}.
     */
    public static ReportNumbers.Funnel funnel(List<Interest> interests, Set<ManagerId> scope, SalesFunnel funnel,
                                              Instant from, Instant to) {
        int n = funnel.stages().size();
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < n; s++) {
            index.put(funnel.stages().get(s).code(), s);
        }
        long[] activeCount = new long[n];
        List<Map<String, BigDecimal>> amount = new ArrayList<>();
        List<Map<String, BigDecimal>> weighted = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            amount.add(new TreeMap<>());
            weighted.add(new TreeMap<>());
        }
        long[] reached = new long[n];
        long[] lostAt = new long[n];
        long[] left = new long[n];
        long[] millis = new long[n];
        long won = 0;
        long lost = 0;
        for (Interest i : interests) {
            if (!i.funnel().equals(funnel.code()) || scope != null && !scope.contains(i.manager())) {
                continue;
            }
            List<StageEntry> h = i.history();
            Integer current = index.get(h.get(h.size() - 1).stage());
            if (i.status() == InterestStatus.ACTIVE && current != null) {
                activeCount[current]++;
                if (i.amount() != null) {
                    String c = i.amount().currency().getCurrencyCode();
                    BigDecimal a = i.amount().amount();
                    amount.get(current).merge(c, a, BigDecimal::add);
                    weighted.get(current).merge(c, a.multiply(BigDecimal.valueOf(funnel.stages().get(current).probability()))
                            .divide(BigDecimal.valueOf(100)), BigDecimal::add);
                }
            }
            Instant created = h.get(0).at();
            if (created.isBefore(from) || !created.isBefore(to)) {
                continue;
            }
            int furthest = -1;
            for (int k = 0; k < h.size(); k++) {
                StageEntry e = h.get(k);
                Integer s = index.get(e.stage());
                if (s == null) {
                    continue;
                }
                furthest = Math.max(furthest, s);
                Instant leftAt = k + 1 < h.size() ? h.get(k + 1).at() : i.closedAt();
                if (leftAt != null) {
                    left[s]++;
                    millis[s] += leftAt.toEpochMilli() - e.at().toEpochMilli();
                }
            }
            if (i.status() == InterestStatus.WON) {
                furthest = n - 1;
                won++;
            }
            for (int s = 0; s <= furthest; s++) {
                reached[s]++;
            }
            if (i.status() == InterestStatus.LOST) {
                lost++;
                if (current != null) {
                    lostAt[current]++;
                }
            }
        }
        List<ReportNumbers.StageNumbers> stages = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Stage st = funnel.stages().get(s);
            stages.add(new ReportNumbers.StageNumbers(st.code(), activeCount[s], amount.get(s), weighted.get(s),
                    reached[s], lostAt[s], ReportNumbers.meanDays(left[s], millis[s])));
        }
        return new ReportNumbers.Funnel(stages, won, lost);
    }

    /**
     * The automotivator rows of the managers in {@code scope} ({@code null} for the company) over the
     * dates {@code from..to} in {@code zone}.
     */
    public static ReportNumbers.Automotivator automotivator(List<Interaction> interactions, Set<ManagerId> scope,
                                                            LocalDate from, LocalDate to, ZoneId zone,
                                                            Map<String, Integer> points) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<ManagerId, Map<LocalDate, long[]>> acc = new HashMap<>();
        for (Interaction x : interactions) {
            if (scope != null && !scope.contains(x.manager())) {
                continue;
            }
            Integer p = points.get(x.type());
            if (p == null || p == 0) {
                continue;
            }
            Instant ps = x.plannedStart();
            if (x.status() != InteractionStatus.CANCELLED && !ps.isBefore(start) && ps.isBefore(end)) {
                acc.computeIfAbsent(x.manager(), k -> new HashMap<>())
                        .computeIfAbsent(ps.atZone(zone).toLocalDate(), k -> new long[2])[0] += p;
            }
            Instant c = x.completedAt();
            if (x.status() == InteractionStatus.COMPLETED && !c.isBefore(start) && c.isBefore(end)) {
                acc.computeIfAbsent(x.manager(), k -> new HashMap<>())
                        .computeIfAbsent(c.atZone(zone).toLocalDate(), k -> new long[2])[1] += p;
            }
        }
        List<ReportNumbers.DayRow> rows = new ArrayList<>();
        acc.forEach((m, days) -> days.forEach((d, v) -> rows.add(new ReportNumbers.DayRow(m, d, v[0], v[1]))));
        return new ReportNumbers.Automotivator(rows);
    }
}
