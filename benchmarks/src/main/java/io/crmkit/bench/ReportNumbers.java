package io.crmkit.bench;

import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.interest.InterestStatus;
import io.crmkit.org.ManagerId;
import io.crmkit.product.ProductId;
import io.crmkit.report.ReportQueries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers of each benchmarked report in one comparable shape, whoever computed them: the
 * library (through its reports), a hand-written SQL baseline or a plain Java loop. Two results
 * are the same report when their numbers are {@code equals}; amounts are compared exactly after
 * stripping trailing zeros, mean days rounded half-up to two decimals as the report prints them.
 */
public final class ReportNumbers {
    private ReportNumbers() {
    }

    /** Normalizes an exact amount so that 1.50 and 1.5000 compare equal. */
    static BigDecimal norm(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    }

    static Map<String, BigDecimal> norm(Map<String, BigDecimal> byCurrency) {
        Map<String, BigDecimal> out = new TreeMap<>();
        byCurrency.forEach((c, v) -> out.merge(c, v, BigDecimal::add));
        out.replaceAll((c, v) -> norm(v));
        return out;
    }

    /** Mean days from a count and total milliseconds, rounded as the report prints it; {@code null} for none. */
    static BigDecimal meanDays(long count, long totalMillis) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(totalMillis).divide(BigDecimal.valueOf(count * 86_400_000L), 2, RoundingMode.HALF_UP);
    }

    /** The figures of one funnel stage. */
    public record StageNumbers(String stage, long activeCount, Map<String, BigDecimal> activeAmount,
                               Map<String, BigDecimal> weightedAmount, long reached, long lostAt,
                               BigDecimal meanDaysInStage) {
        public StageNumbers {
            activeAmount = norm(activeAmount);
            weightedAmount = norm(weightedAmount);
            meanDaysInStage = meanDaysInStage == null ? null : norm(meanDaysInStage);
        }
    }

    /** The sales funnel report's numbers: one row per stage of the funnel, and the cohort's won and lost. */
    public record Funnel(List<StageNumbers> stages, long won, long lost) {
        public Funnel {
            stages = List.copyOf(stages);
        }

        /** The numbers of a funnel from the library's aggregate facts (what every storage answers). */
        public static Funnel fromFacts(SalesFunnel funnel, ReportQueries.FunnelFacts facts) {
            int n = funnel.stages().size();
            long[] activeCount = new long[n];
            List<Map<String, BigDecimal>> amount = new ArrayList<>();
            List<Map<String, BigDecimal>> weighted = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                amount.add(new TreeMap<>());
                weighted.add(new TreeMap<>());
            }
            for (ReportQueries.ActiveInterestRow row : facts.active()) {
                int s = funnel.indexOf(row.stage());
                if (s < 0) {
                    continue;
                }
                activeCount[s]++;
                if (row.amount() != null) {
                    String c = row.amount().currency().getCurrencyCode();
                    amount.get(s).merge(c, row.amount().amount(), BigDecimal::add);
                    weighted.get(s).merge(c, row.amount().amount()
                            .multiply(BigDecimal.valueOf(funnel.stages().get(s).probability()))
                            .divide(BigDecimal.valueOf(100)), BigDecimal::add);
                }
            }
            long[] reached = new long[n];
            long[] lostAt = new long[n];
            long won = 0;
            long lost = 0;
            for (ReportQueries.CohortRow row : facts.cohort()) {
                int furthest = row.status() == InterestStatus.WON ? n - 1 : row.furthestStage();
                for (int s = 0; s <= furthest && s < n; s++) {
                    reached[s]++;
                }
                if (row.status() == InterestStatus.WON) {
                    won++;
                }
                if (row.status() == InterestStatus.LOST) {
                    lost++;
                    int at = funnel.indexOf(row.lastStage());
                    if (at >= 0) {
                        lostAt[at]++;
                    }
                }
            }
            Map<String, ReportQueries.StageTime> times = new TreeMap<>();
            for (ReportQueries.StageTime t : facts.stageTimes()) {
                times.put(t.stage(), t);
            }
            List<StageNumbers> stages = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                Stage st = funnel.stages().get(s);
                ReportQueries.StageTime t = times.get(st.code());
                stages.add(new StageNumbers(st.code(), activeCount[s], amount.get(s), weighted.get(s), reached[s],
                        lostAt[s], t == null ? null : meanDays(t.leftEntries(), t.totalMillis())));
            }
            return new Funnel(stages, won, lost);
        }
    }

    /** One manager's points on one date (only dates with a non-zero figure). */
    public record DayRow(ManagerId manager, LocalDate date, long planned, long earned) {
    }

    /** The automotivator's numbers: every non-zero (manager, date) row, by manager then date. */
    public record Automotivator(List<DayRow> rows) {
        public Automotivator {
            rows = rows.stream().filter(r -> r.planned() != 0 || r.earned() != 0)
                    .sorted(java.util.Comparator.comparing(DayRow::manager).thenComparing(DayRow::date)).toList();
        }

        public static Automotivator fromFacts(Collection<ReportQueries.DayPoints> points) {
            return new Automotivator(points.stream()
                    .map(p -> new DayRow(p.manager(), p.date(), p.planned(), p.earned())).toList());
        }

        /** The points earned over the period, all managers together. */
        public long earned() {
            return rows.stream().mapToLong(DayRow::earned).sum();
        }
    }

    /** One manager's clients by colour. */
    public record Colours(long red, long yellow, long green) {
    }

    /** The traffic light's numbers: per manager in scope (every one, even with no clients) the clients of each colour. */
    public record TrafficLight(Map<ManagerId, Colours> managers, Colours totals) {
        public TrafficLight {
            managers = java.util.Collections.unmodifiableMap(new TreeMap<>(managers));
        }

        /** Colours the facts by the default severities of SPEC.md. */
        public static TrafficLight fromFacts(Collection<ManagerId> managersInScope, List<ReportQueries.ClientFacts> facts) {
            Map<ManagerId, long[]> acc = new TreeMap<>();
            for (ManagerId m : managersInScope) {
                acc.put(m, new long[3]);
            }
            for (ReportQueries.ClientFacts f : facts) {
                acc.computeIfAbsent(f.manager(), k -> new long[3])[colour(f.hasActiveInterest(), f.overdue(),
                        f.portraitFilled(), f.contactInfoFilled())]++;
            }
            return of(acc);
        }

        /** 0 red, 1 yellow, 2 green. */
        static int colour(boolean hasActive, long overdue, boolean portrait, boolean contactInfo) {
            if (!hasActive || overdue > 0) {
                return 0;
            }
            return portrait && contactInfo ? 2 : 1;
        }

        static TrafficLight of(Map<ManagerId, long[]> acc) {
            Map<ManagerId, Colours> out = new TreeMap<>();
            long r = 0;
            long y = 0;
            long g = 0;
            for (Map.Entry<ManagerId, long[]> e : acc.entrySet()) {
                long[] c = e.getValue();
                out.put(e.getKey(), new Colours(c[0], c[1], c[2]));
                r += c[0];
                y += c[1];
                g += c[2];
            }
            return new TrafficLight(out, new Colours(r, y, g));
        }
    }

    /** The price list's numbers: the current price of every listed product. */
    public record PriceList(Map<ProductId, BigDecimal> prices) {
        public PriceList {
            Map<ProductId, BigDecimal> m = new TreeMap<>();
            prices.forEach((p, v) -> m.put(p, norm(v)));
            prices = java.util.Collections.unmodifiableMap(m);
        }

        public static PriceList fromFacts(List<ReportQueries.PriceRow> rows) {
            Map<ProductId, BigDecimal> m = new TreeMap<>();
            for (ReportQueries.PriceRow r : rows) {
                m.put(r.product(), r.price());
            }
            return new PriceList(m);
        }
    }
}
