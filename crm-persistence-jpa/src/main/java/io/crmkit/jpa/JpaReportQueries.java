package io.crmkit.jpa;

import static io.crmkit.jpa.NativeSql.decimal;
import static io.crmkit.jpa.NativeSql.num;
import static io.crmkit.jpa.NativeSql.str;

import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.ClientId;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.internal.Check;
import io.crmkit.money.Money;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import io.crmkit.product.PriceType;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.report.ReportQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report facts computed by aggregate SQL in the database: every method issues a fixed number
 * of statements (GROUP BY, correlated subqueries, a window function for the time spent in a stage)
 * and reads back only aggregated rows, never every entity. Each is limited to its scope in SQL.
 */
final class JpaReportQueries implements ReportQueries {
    /** Days per statement of {@link #dailyPoints}, keeping the bound parameters well under every database's limit. */
    static final int DAYS_PER_STATEMENT = 2000;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final Jpa jpa;

    JpaReportQueries(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public FunnelFacts funnelFacts(ResolvedScope scope, SalesFunnel funnel, Instant cohortFrom, Instant cohortTo) {
        Check.notNull("scope", scope);
        Check.notNull("funnel", funnel);
        Check.notNull("cohortFrom", cohortFrom);
        Check.notNull("cohortTo", cohortTo);
        if (Jpa.nobody(scope)) {
            return new FunnelFacts(List.of(), List.of(), List.of());
        }
        return jpa.call("report.funnelFacts", em -> {
            jpa.customPlans(em);
            List<ActiveInterestRow> active = new ArrayList<>();
            NativeSql a = new NativeSql().sql("select i.id, i.stage, i.amount, i.amount_scale, i.currency from crm_interest i"
                    + " where i.funnel = ? and i.status = 'ACTIVE' and ", funnel.code()).scope("i.manager_id", scope); // sorted below
            for (Object[] r : a.rows(em)) {
                BigDecimal amount = decimal(r[2]);
                Money money = amount == null ? null
                        : new Money(amount.setScale((int) num(r[3])), Currency.getInstance(str(r[4])));
                active.add(new ActiveInterestRow(InterestId.of(str(r[0])), str(r[1]), money));
            }
            active.sort(Comparator.comparing(ActiveInterestRow::interest));

            List<CohortRow> cohort = new ArrayList<>();
            NativeSql c = new NativeSql().sql("select i.id, i.status, i.stage, max(case s.stage");
            for (int k = 0; k < funnel.stages().size(); k++) {
                c.sql(" when ? then " + k, funnel.stages().get(k).code());
            }
            c.sql(" else -1 end) from crm_interest i join crm_interest_stage s on s.interest_id = i.id where ");
            cohortFilter(c, scope, funnel, cohortFrom, cohortTo);
            c.sql(" group by i.id, i.status, i.stage"); // sorted below, in Java's order of ids
            for (Object[] r : c.rows(em)) {
                cohort.add(new CohortRow(InterestId.of(str(r[0])), InterestStatus.valueOf(str(r[1])), (int) num(r[3]), str(r[2])));
            }
            cohort.sort(Comparator.comparing(CohortRow::interest));

            List<StageTime> times = new ArrayList<>();
            // an entry is left when the next entry (idx + 1: the history's order column has no gaps) exists, or at the
            // close; a hash join to the next entry costs less than a window over the sorted history
            NativeSql t = new NativeSql().sql("select s.stage, count(*), sum("
                    + jpa.dialect.millisBetween("s.entered_at", "coalesce(n.entered_at, i.closed_at)")
                    + ") from crm_interest i join crm_interest_stage s on s.interest_id = i.id"
                    + " left join crm_interest_stage n on n.interest_id = s.interest_id and n.idx = s.idx + 1 where ");
            cohortFilter(t, scope, funnel, cohortFrom, cohortTo);
            t.sql(" and (n.interest_id is not null or i.closed_at is not null) group by s.stage");
            for (Object[] r : t.rows(em)) {
                times.add(new StageTime(str(r[0]), num(r[1]), num(r[2])));
            }
            times.sort(Comparator.comparing(StageTime::stage));
            return new FunnelFacts(active, cohort, times);
        });
    }

    private static void cohortFilter(NativeSql q, ResolvedScope scope, SalesFunnel funnel, Instant from, Instant to) {
        q.sql("i.funnel = ? and ", funnel.code()).scope("i.manager_id", scope)
                .sql(" and i.created_at >= ? and i.created_at < ?", from, to);
    }

    @Override
    public List<DayPoints> dailyPoints(ResolvedScope scope, LocalDate from, LocalDate to, ZoneId zone,
                                       Map<String, Integer> pointsByType) {
        Check.notNull("scope", scope);
        Check.notNull("from", from);
        Check.notNull("to", to);
        Check.notNull("zone", zone);
        Check.notNull("pointsByType", pointsByType);
        Map<String, Integer> points = new TreeMap<>();
        pointsByType.forEach((type, p) -> {
            if (p != null && p != 0) {
                points.put(type, p);
            }
        });
        if (Jpa.nobody(scope) || points.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        return jpa.call("report.dailyPoints", em -> {
            jpa.customPlans(em);
            List<DayPoints> out = new ArrayList<>();
            for (LocalDate chunk = from; !chunk.isAfter(to); chunk = chunk.plusDays(DAYS_PER_STATEMENT)) {
                LocalDate last = chunk.plusDays(DAYS_PER_STATEMENT - 1L);
                if (last.isAfter(to)) {
                    last = to;
                }
                out.addAll(dailyPoints(em, scope, chunk, last, zone, points));
            }
            out.sort(Comparator.comparing(DayPoints::manager).thenComparing(DayPoints::date));
            return out;
        });
    }

    /**
     * One statement for the days {@code from..to}. The period is cut at the zone's offset changes
     * (daylight saving); within each piece the offset is constant, so an instant's local day number
     * is {@code floor((millis since the piece's start + a constant) / 86,400,000)}: the database
     * groups by that number (an equality) instead of range-joining a table of days.
     */
    private List<DayPoints> dailyPoints(jakarta.persistence.EntityManager em, ResolvedScope scope, LocalDate from, LocalDate to,
                                        ZoneId zone, Map<String, Integer> points) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        String ts = jpa.dialect.timestampParam();
        NativeSql q = new NativeSql().sql("select t.manager_id, t.day_no, sum(t.planned), sum(t.earned) from (");
        boolean first = true;
        for (Instant pieceStart = start; pieceStart.isBefore(end); ) {
            java.time.zone.ZoneOffsetTransition next = zone.getRules().nextTransition(pieceStart);
            Instant pieceEnd = next == null || !next.getInstant().isBefore(end) ? end : next.getInstant();
            long offsetMillis = zone.getRules().getOffset(pieceStart).getTotalSeconds() * 1000L;
            long constant = pieceStart.toEpochMilli() + offsetMillis - from.toEpochDay() * MILLIS_PER_DAY;
            for (String column : List.of("planned_start", "completed_at")) {
                boolean planned = column.equals("planned_start");
                q.sql((first ? "" : " union all ") + "select x.manager_id as manager_id, ");
                if (jpa.dialect == SqlDialect.POSTGRESQL) {
                    // Date arithmetic on the shifted UTC timestamp: PostgreSQL's extract(epoch) is a
                    // numeric, several times dearer per row than a cast to date (the baseline's cost).
                    q.sql("(cast((x." + column + " at time zone 'UTC') + interval '" + offsetMillis / 1000
                            + " seconds' as date) - date '" + from + "')");
                } else {
                    q.sql("floor((" + jpa.dialect.millisBetween(ts, "x." + column) + " + " + constant + ") / "
                            + MILLIS_PER_DAY + ".0)", pieceStart);
                }
                q.sql(" as day_no, ");
                if (planned) {
                    pointsCase(q, points);
                    q.sql(" as planned, 0 as earned from crm_interaction x where x.status <> 'CANCELLED' and ");
                } else {
                    q.sql("0 as planned, ");
                    pointsCase(q, points);
                    q.sql(" as earned from crm_interaction x where x.status = 'COMPLETED' and ");
                }
                q.scope("x.manager_id", scope).sql(" and ").in("x.type", points.keySet())
                        .sql(" and x." + column + " >= ? and x." + column + " < ?", pieceStart, pieceEnd);
                first = false;
            }
            pieceStart = pieceEnd;
        }
        q.sql(") t group by t.manager_id, t.day_no");
        List<DayPoints> out = new ArrayList<>();
        for (Object[] r : q.rows(em)) {
            out.add(new DayPoints(ManagerId.of(str(r[0])), from.plusDays(num(r[1])), num(r[2]), num(r[3])));
        }
        return out;
    }

    /** {@code case x.type when ? then <points> … else 0 end}; points are integers from the catalog, inlined. */
    private static void pointsCase(NativeSql q, Map<String, Integer> points) {
        if (points.isEmpty()) {
            q.sql("0");
            return;
        }
        q.sql("case x.type");
        points.forEach((type, p) -> q.sql(" when ? then " + p.intValue(), type));
        q.sql(" else 0 end");
    }

    @Override
    public List<ClientFacts> clientFacts(ResolvedScope scope, Instant now, Set<String> requiredPortraitKeys) {
        Check.notNull("scope", scope);
        Check.notNull("now", now);
        Check.notNull("requiredPortraitKeys", requiredPortraitKeys);
        if (Jpa.nobody(scope)) {
            return List.of();
        }
        return jpa.call("report.clientFacts", em -> {
            jpa.customPlans(em);
            // Each fact is one grouped set left-joined once, not a subquery evaluated per client; for a
            // scope narrower than the company each set is cut to the scope's clients before grouping.
            NativeSql q = new NativeSql().sql("select c.id, c.name, c.manager_id,"
                    + " case when a.client_id is null then 0 else 1 end, coalesce(o.n, 0), coalesce(pt.n, 0),"
                    + " coalesce(k.n, 0), coalesce(k.bare, 0) from crm_client c"
                    + " left join (select i.client_id as client_id from crm_interest i where i.status = 'ACTIVE'");
            clientsIn(q, "i.client_id", scope);
            q.sql(" group by i.client_id) a on a.client_id = c.id"
                    + " left join (select x.client_id as client_id, count(*) as n from crm_interaction x"
                    + " where x.status = 'PLANNED' and x.planned_end < ?", now);
            clientsIn(q, "x.client_id", scope);
            q.sql(" group by x.client_id) o on o.client_id = c.id");
            if (requiredPortraitKeys.isEmpty()) {
                q.sql(" left join (select c0.id as client_id, 0 as n from crm_client c0 where 1=0) pt on pt.client_id = c.id");
            } else {
                q.sql(" left join (select p.client_id as client_id, count(*) as n from crm_client_portrait p where ")
                        .in("p.field_key", requiredPortraitKeys);
                clientsIn(q, "p.client_id", scope);
                q.sql(" group by p.client_id) pt on pt.client_id = c.id");
            }
            q.sql(" left join (select kc.client_id as client_id, count(*) as n,"
                    + " sum(case when ph.contact_id is null and em.contact_id is null then 1 else 0 end) as bare"
                    + " from crm_client_contact kc"
                    + " left join (select h.client_id as client_id, h.contact_id as contact_id from crm_client_phone h"
                    + " where h.contact_id is not null group by h.client_id, h.contact_id) ph"
                    + " on ph.client_id = kc.client_id and ph.contact_id = kc.contact_id"
                    + " left join (select e.client_id as client_id, e.contact_id as contact_id from crm_client_email e"
                    + " where e.contact_id is not null group by e.client_id, e.contact_id) em"
                    + " on em.client_id = kc.client_id and em.contact_id = kc.contact_id where 1=1");
            clientsIn(q, "kc.client_id", scope);
            q.sql(" group by kc.client_id) k on k.client_id = c.id where ").scope("c.manager_id", scope).sql(" order by c.id");
            List<Object[]> rows = q.rows(em);
            List<ClientFacts> out = new ArrayList<>(rows.size());
            Map<String, ManagerId> managers = new java.util.HashMap<>(); // a few managers over many clients: parse each once
            for (Object[] r : rows) {
                boolean portrait = num(r[5]) == requiredPortraitKeys.size();
                boolean contacts = num(r[6]) > 0 && num(r[7]) == 0;
                out.add(new ClientFacts(ClientId.of(str(r[0])), str(r[1]), managers.computeIfAbsent(str(r[2]), ManagerId::of),
                        num(r[3]) == 1, (int) num(r[4]), portrait, contacts));
            }
            out.sort(Comparator.comparing(ClientFacts::client));
            return out;
        });
    }

    /** {@code and <column> in (the scope's clients)}, nothing for the whole company. */
    private static void clientsIn(NativeSql q, String column, ResolvedScope scope) {
        if (!scope.everyone()) {
            q.sql(" and " + column + " in (select s.id from crm_client s where ").scope("s.manager_id", scope).sql(")");
        }
    }

    @Override
    public Map<ClientId, Long> touches(ResolvedScope scope, Instant from, Instant to) {
        Check.notNull("scope", scope);
        Check.notNull("from", from);
        Check.notNull("to", to);
        Map<ClientId, Long> out = new TreeMap<>();
        if (Jpa.nobody(scope)) {
            return out;
        }
        return jpa.call("report.touches", em -> {
            NativeSql q = new NativeSql().sql("select x.client_id, count(*) from crm_interaction x join crm_client c on c.id = x.client_id"
                    + " where x.status = 'COMPLETED' and x.completed_at >= ? and x.completed_at < ? and ", from, to)
                    .scope("c.manager_id", scope).sql(" group by x.client_id");
            for (Object[] r : q.rows(em)) {
                out.put(ClientId.of(str(r[0])), num(r[1]));
            }
            return out;
        });
    }

    @Override
    public List<ClientId> warmClients(ResolvedScope scope, Instant now, Instant since) {
        Check.notNull("scope", scope);
        Check.notNull("now", now);
        Check.notNull("since", since);
        if (Jpa.nobody(scope)) {
            return List.of();
        }
        return jpa.call("report.warmClients", em -> {
            NativeSql q = new NativeSql().sql("select c.id from crm_client c where ").scope("c.manager_id", scope)
                    .sql(" and (exists (select 1 from crm_interest i where i.client_id = c.id and i.status = 'ACTIVE')"
                            + " or exists (select 1 from crm_interaction x where x.client_id = c.id and x.status = 'COMPLETED'"
                            + " and x.completed_at >= ? and x.completed_at <= ?))", since, now);
            return q.rows(em).stream().map(r -> ClientId.of(str(r[0]))).sorted().toList();
        });
    }

    @Override
    public List<InteractionCounts> interactionCounts(ResolvedScope scope, Instant from, Instant to, Instant now,
                                                     Map<String, Integer> pointsByType) {
        Check.notNull("scope", scope);
        Check.notNull("from", from);
        Check.notNull("to", to);
        Check.notNull("now", now);
        Check.notNull("pointsByType", pointsByType);
        if (Jpa.nobody(scope)) {
            return List.of();
        }
        Map<String, Integer> points = new TreeMap<>();
        pointsByType.forEach((type, p) -> {
            if (p != null && p != 0) {
                points.put(type, p);
            }
        });
        return jpa.call("report.interactionCounts", em -> {
            NativeSql q = new NativeSql().sql("select t.manager_id, sum(t.planned), sum(t.completed), sum(t.cancelled), sum(t.overdue),"
                    + " sum(t.points) from (select x.manager_id as manager_id, 1 as planned,"
                    + " case when x.status = 'COMPLETED' then 1 else 0 end as completed,"
                    + " case when x.status = 'CANCELLED' then 1 else 0 end as cancelled,"
                    + " case when x.status = 'PLANNED' and x.planned_end < ? then 1 else 0 end as overdue, 0 as points"
                    + " from crm_interaction x where x.planned_start >= ? and x.planned_start < ? and ", now, from, to)
                    .scope("x.manager_id", scope)
                    .sql(" union all select x.manager_id, 0, 0, 0, 0, ");
            pointsCase(q, points);
            q.sql(" from crm_interaction x where x.status = 'COMPLETED' and x.completed_at >= ? and x.completed_at < ? and ", from, to)
                    .scope("x.manager_id", scope).sql(") t group by t.manager_id");
            List<InteractionCounts> out = new ArrayList<>();
            for (Object[] r : q.rows(em)) {
                out.add(new InteractionCounts(ManagerId.of(str(r[0])), num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5])));
            }
            out.sort(Comparator.comparing(InteractionCounts::manager));
            return out;
        });
    }

    @Override
    public List<InterestCounts> interestCounts(ResolvedScope scope) {
        Check.notNull("scope", scope);
        if (Jpa.nobody(scope)) {
            return List.of();
        }
        return jpa.call("report.interestCounts", em -> {
            NativeSql q = new NativeSql().sql("select i.manager_id, i.status, i.currency, count(*), sum(i.amount), max(i.amount_scale)"
                    + " from crm_interest i where ").scope("i.manager_id", scope).sql(" group by i.manager_id, i.status, i.currency");
            TreeMap<ManagerId, TreeMap<InterestStatus, Object[]>> acc = new TreeMap<>();
            for (Object[] r : q.rows(em)) {
                Object[] tally = acc.computeIfAbsent(ManagerId.of(str(r[0])), k -> new TreeMap<>())
                        .computeIfAbsent(InterestStatus.valueOf(str(r[1])), k -> new Object[] {0L, new TreeMap<String, BigDecimal>()});
                tally[0] = (Long) tally[0] + num(r[3]);
                if (r[2] != null && r[4] != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, BigDecimal> amounts = (Map<String, BigDecimal>) tally[1];
                    amounts.put(str(r[2]), decimal(r[4]).setScale((int) num(r[5])));
                }
            }
            List<InterestCounts> out = new ArrayList<>();
            acc.forEach((m, byStatus) -> byStatus.forEach((st, t) -> {
                @SuppressWarnings("unchecked")
                Map<String, BigDecimal> amounts = (Map<String, BigDecimal>) t[1];
                out.add(new InterestCounts(m, st, (Long) t[0], amounts));
            }));
            return out;
        });
    }

    @Override
    public List<PriceRow> currentPrices(String priceType, LocalDate date) {
        Check.notNull("priceType", priceType);
        Check.notNull("date", date);
        return jpa.call("report.currentPrices", em -> {
            // One grouped set of each product's latest valid-from on or before the date, joined once
            // (the primary key (product_id, price_type, valid_from) picks a single price row).
            NativeSql q = new NativeSql().sql("select p.id, p.name, p.group_id, p.unit, pr.amount, pr.amount_scale from crm_price pr"
                    + " join (select q.product_id as product_id, max(q.valid_from) as valid_from from crm_price q"
                    + " where q.price_type = ? and q.valid_from <= ? group by q.product_id) m"
                    + " on m.product_id = pr.product_id and m.valid_from = pr.valid_from"
                    + " join crm_product p on p.id = pr.product_id where pr.price_type = ? order by p.id", priceType, date, priceType);
            List<PriceRow> out = new ArrayList<>();
            for (Object[] r : q.rows(em)) {
                out.add(new PriceRow(ProductId.of(str(r[0])), str(r[1]), r[2] == null ? null : ProductGroupId.of(str(r[2])), str(r[3]),
                        decimal(r[4]).setScale((int) num(r[5]))));
            }
            out.sort(Comparator.comparing(PriceRow::product));
            return out;
        });
    }

    @Override
    public PriceListFacts priceListFacts(String priceType, LocalDate date) {
        Check.notNull("priceType", priceType);
        Check.notNull("date", date);
        // One statement, one round trip: the current prices (as currentPrices), then a row for the
        // price type and one per group, told apart by the first column (P, T, G).
        NativeSql q = new NativeSql().sql("select 'P', p.id, p.name, p.group_id, p.unit, pr.amount, pr.amount_scale from crm_price pr"
                + " join (select q.product_id as product_id, max(q.valid_from) as valid_from from crm_price q"
                + " where q.price_type = ? and q.valid_from <= ? group by q.product_id) m"
                + " on m.product_id = pr.product_id and m.valid_from = pr.valid_from"
                + " join crm_product p on p.id = pr.product_id where pr.price_type = ?"
                + " union all select 'T', t.code, t.name, t.currency, null, null, null from crm_price_type t where t.code = ?"
                + " union all select 'G', g.id, g.name, g.parent_id, null, null, null from crm_product_group g",
                priceType, date, priceType, priceType);
        return jpa.call("report.priceListFacts", em -> {
            PriceType type = null;
            List<ProductGroup> groups = new ArrayList<>();
            List<PriceRow> prices = new ArrayList<>();
            for (Object[] r : q.rows(em)) {
                switch (str(r[0])) {
                    case "P" -> prices.add(new PriceRow(ProductId.of(str(r[1])), str(r[2]), r[3] == null ? null
                            : ProductGroupId.of(str(r[3])), str(r[4]), decimal(r[5]).setScale((int) num(r[6]))));
                    case "T" -> type = new PriceType(str(r[1]), str(r[2]), Currency.getInstance(str(r[3])));
                    default -> groups.add(new ProductGroup(ProductGroupId.of(str(r[1])), str(r[2]),
                            r[3] == null ? null : ProductGroupId.of(str(r[3]))));
                }
            }
            if (type == null) {
                return new PriceListFacts(null, List.of(), List.of());
            }
            groups.sort(Comparator.comparing(ProductGroup::id));
            prices.sort(Comparator.comparing(PriceRow::product));
            return new PriceListFacts(type, groups, prices);
        });
    }
}
