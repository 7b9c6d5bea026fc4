package io.crmkit.bench;

import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.InteractionType;
import io.crmkit.catalog.PortraitField;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.client.PhoneNormalizer;
import io.crmkit.org.ManagerId;
import io.crmkit.product.ProductId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The baselines of the report, lookup and screen benchmarks: hand-written SQL over the crmkit
 * tables (as crm-persistence-jpa's Flyway migrations create them) that computes the same numbers
 * the library shows, with aggregation ({@code GROUP BY}) in the database and nothing else. Works on
 * H2 and PostgreSQL. One instance per connection; not thread-safe.
 */
public final class SqlBaseline {
    private final Connection c;
    private final SalesFunnel funnel;
    private final ZoneId zone;
    private final Map<String, Integer> points = new HashMap<>();
    private final List<String> requiredPortrait = new ArrayList<>();
    private final PhoneNormalizer phones;
    private final String stageIndex;
    private final String pointsCase;

    public SqlBaseline(Connection connection, CrmSettings settings) {
        this.c = connection;
        this.funnel = settings.defaultFunnel();
        this.zone = settings.zone();
        for (InteractionType t : settings.interactionTypes()) {
            points.put(t.code(), t.points());
        }
        for (PortraitField f : settings.portraitFields()) {
            if (f.required()) {
                requiredPortrait.add(f.key());
            }
        }
        this.phones = new PhoneNormalizer(settings.defaultPhoneRegion());
        StringBuilder si = new StringBuilder("case s.stage");
        for (int i = 0; i < funnel.stages().size(); i++) {
            si.append(" when '").append(funnel.stages().get(i).code()).append("' then ").append(i);
        }
        this.stageIndex = si.append(" else -1 end").toString();
        StringBuilder pc = new StringBuilder("case type");
        points.forEach((type, p) -> pc.append(" when '").append(type).append("' then ").append(p));
        this.pointsCase = pc.append(" else 0 end").toString();
        postgresql(); // on PostgreSQL: custom plans for every baseline statement, as the library's reports ask
    }

    private static OffsetDateTime ts(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private Instant startOf(LocalDate d) {
        return d.atStartOfDay(zone).toInstant();
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            ps.setObject(i + 1, a instanceof Instant at ? ts(at) : a);
        }
        return ps;
    }

    @FunctionalInterface
    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Rows rows, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.row(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline query failed: " + sql, e);
        }
    }

    // ------------------------------------------------------------------ reports

    /** The company's sales funnel with the cohort created in {@code from..to}. */
    public ReportNumbers.Funnel funnel(LocalDate from, LocalDate to) {
        return funnel(from, to, null);
    }

    /**
     * Informational, not the baseline of the ratio target: the funnel as hand-written SQL that also
     * reads what the report lists besides the numbers: the id of every active interest (the report's
     * {@code activeInterests} per stage) and of every cohort member (the drill-down behind each
     * cell), one row per interest, grouped in Java; the stage times stay one {@code GROUP BY}.
     */
    public ReportNumbers.Funnel funnelListed(LocalDate from, LocalDate to, List<String> listed) {
        return funnel(from, to, listed);
    }

    private ReportNumbers.Funnel funnel(LocalDate from, LocalDate to, List<String> listed) {
        int n = funnel.stages().size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(funnel.stages().get(i).code(), i);
        }
        long[] activeCount = new long[n];
        List<Map<String, BigDecimal>> amount = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            amount.add(new TreeMap<>());
        }
        boolean perInterest = listed != null;
        query(perInterest
                ? "select stage, currency, 1, amount, id from crm_interest where funnel = ? and status = 'ACTIVE'"
                : "select stage, currency, count(*), sum(amount) from crm_interest where funnel = ? and status = 'ACTIVE'"
                + " group by stage, currency", rs -> {
                    Integer s = index.get(rs.getString(1));
                    if (s != null) {
                        activeCount[s] += rs.getLong(3);
                        if (rs.getString(2) != null) {
                            amount.get(s).merge(rs.getString(2), rs.getBigDecimal(4), BigDecimal::add);
                        }
                        if (perInterest) {
                            listed.add(rs.getString(5));
                        }
                    }
                }, funnel.code());
        Instant cf = startOf(from);
        Instant ct = startOf(to.plusDays(1));
        long[] reached = new long[n];
        long[] lostAt = new long[n];
        long[] wonLost = new long[2];
        String perMember = "select i.id, i.status, i.stage, max(" + stageIndex
                + ") as furthest from crm_interest i join crm_interest_stage s on s.interest_id = i.id"
                + " where i.funnel = ? and i.created_at >= ? and i.created_at < ? group by i.id, i.status, i.stage";
        query(perInterest ? "select f.status, f.stage, f.furthest, 1, f.id from (" + perMember + ") f"
                : "select f.status, f.stage, f.furthest, count(*) from (" + perMember + ") f"
                + " group by f.status, f.stage, f.furthest", rs -> {
                    String status = rs.getString(1);
                    int furthest = status.equals("WON") ? n - 1 : rs.getInt(3);
                    long count = rs.getLong(4);
                    for (int s = 0; s <= furthest; s++) {
                        reached[s] += count;
                    }
                    if (status.equals("WON")) {
                        wonLost[0] += count;
                    } else if (status.equals("LOST")) {
                        wonLost[1] += count;
                        Integer at = index.get(rs.getString(2));
                        if (at != null) {
                            lostAt[at] += count;
                        }
                    }
                    if (perInterest) {
                        listed.add(rs.getString(5));
                    }
                }, funnel.code(), cf, ct);
        Map<String, BigDecimal> meanDays = new HashMap<>();
        query("select s.stage, count(*), sum(extract(epoch from coalesce(n.entered_at, i.closed_at))"
                + " - extract(epoch from s.entered_at)) from crm_interest i"
                + " join crm_interest_stage s on s.interest_id = i.id"
                + " left join crm_interest_stage n on n.interest_id = s.interest_id and n.idx = s.idx + 1"
                + " where i.funnel = ? and i.created_at >= ? and i.created_at < ?"
                + " and (n.interest_id is not null or i.closed_at is not null) group by s.stage", rs -> {
                    long millis = rs.getBigDecimal(3).movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP)
                            .longValueExact();
                    meanDays.put(rs.getString(1), ReportNumbers.meanDays(rs.getLong(2), millis));
                }, funnel.code(), cf, ct);
        List<ReportNumbers.StageNumbers> stages = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Stage st = funnel.stages().get(s);
            Map<String, BigDecimal> weighted = new TreeMap<>();
            amount.get(s).forEach((cur, a) -> weighted.put(cur, a.multiply(BigDecimal.valueOf(st.probability()))
                    .divide(BigDecimal.valueOf(100))));
            stages.add(new ReportNumbers.StageNumbers(st.code(), activeCount[s], amount.get(s), weighted, reached[s],
                    lostAt[s], meanDays.get(st.code())));
        }
        return new ReportNumbers.Funnel(stages, wonLost[0], wonLost[1]);
    }

    /** The company's automotivator rows over {@code from..to}. */
    public ReportNumbers.Automotivator automotivator(LocalDate from, LocalDate to) {
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        String day = "cast(%s at time zone '" + zone.getId() + "' as date)";
        List<ReportNumbers.DayRow> rows = new ArrayList<>();
        query("select manager_id, d, sum(pl), sum(ea) from ("
                + " select manager_id, " + day.formatted("planned_start") + " as d, " + pointsCase + " as pl, 0 as ea"
                + " from crm_interaction where status <> 'CANCELLED' and planned_start >= ? and planned_start < ?"
                + " union all"
                + " select manager_id, " + day.formatted("completed_at") + " as d, 0 as pl, " + pointsCase + " as ea"
                + " from crm_interaction where status = 'COMPLETED' and completed_at >= ? and completed_at < ?"
                + ") t group by manager_id, d", rs -> rows.add(new ReportNumbers.DayRow(ManagerId.of(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4))), start, end, start, end);
        return new ReportNumbers.Automotivator(rows);
    }

    /** The company's traffic light at {@code now}: per manager the clients of each colour. */
    public ReportNumbers.TrafficLight trafficLight(Instant now) {
        Map<ManagerId, long[]> acc = new TreeMap<>();
        query("select id from crm_manager", rs -> acc.put(ManagerId.of(rs.getString(1)), new long[3]));
        String ok = "a.client_id is not null and o.client_id is null";
        String filled = "p.client_id is not null and k.client_id is not null";
        query("select c.manager_id,"
                + " sum(case when " + ok + " then 0 else 1 end),"
                + " sum(case when " + ok + " and not (" + filled + ") then 1 else 0 end),"
                + " sum(case when " + ok + " and " + filled + " then 1 else 0 end)"
                + clientFactsJoins()
                + " group by c.manager_id", rs -> {
                    long[] a = acc.computeIfAbsent(ManagerId.of(rs.getString(1)), m -> new long[3]);
                    a[0] += rs.getLong(2);
                    a[1] += rs.getLong(3);
                    a[2] += rs.getLong(4);
                }, now);
        return ReportNumbers.TrafficLight.of(acc);
    }

    /**
     * The traffic light's facts per client as left joins of grouped sets (aliases: {@code a} has an
     * active interest, {@code o} an overdue planned interaction, {@code p} every required portrait
     * field, {@code k} every contact with a phone or an e-mail), one parameter: now.
     */
    private String clientFactsJoins() {
        String keys = String.join(", ", requiredPortrait.stream().map(k -> "'" + k.replace("'", "''") + "'").toList());
        return " from crm_client c"
                + " left join (select distinct client_id from crm_interest where status = 'ACTIVE') a on a.client_id = c.id"
                + " left join (select distinct client_id from crm_interaction where status = 'PLANNED' and planned_end < ?) o"
                + " on o.client_id = c.id"
                + " left join (select client_id from crm_client_portrait where field_key in (" + keys + ")"
                + " group by client_id having count(*) = " + requiredPortrait.size() + ") p on p.client_id = c.id"
                + " left join (select t.client_id from crm_client_contact t"
                + " left join (select distinct client_id, contact_id from crm_client_phone) ph"
                + " on ph.client_id = t.client_id and ph.contact_id = t.contact_id"
                + " left join (select distinct client_id, contact_id from crm_client_email) em"
                + " on em.client_id = t.client_id and em.contact_id = t.contact_id"
                + " group by t.client_id having sum(case when ph.client_id is null and em.client_id is null then 1 else 0 end) = 0) k"
                + " on k.client_id = c.id";
    }

    /** A client as the traffic light lists it: its id, name, manager and colour (0 red, 1 yellow, 2 green). */
    public record ListedClient(String id, String name, String manager, int colour) {
    }

    /**
     * Informational, not the baseline of the ratio target: the traffic light as hand-written SQL
     * that also lists every client with its name, manager and colour (what the report shows, see
     * SCENARIO.md), sorted by id, and counts per manager in Java from those rows. The same joins as
     * {@link #trafficLight} without the {@code GROUP BY}; {@code listed} receives the rows.
     */
    public ReportNumbers.TrafficLight trafficLightListed(Instant now, List<ListedClient> listed) {
        Map<ManagerId, long[]> acc = new TreeMap<>();
        query("select id from crm_manager", rs -> acc.put(ManagerId.of(rs.getString(1)), new long[3]));
        String ok = "a.client_id is not null and o.client_id is null";
        String filled = "p.client_id is not null and k.client_id is not null";
        query("select c.id, c.name, c.manager_id,"
                + " case when " + ok + " then case when " + filled + " then 2 else 1 end else 0 end"
                + clientFactsJoins()
                + " order by c.id", rs -> {
                    ListedClient c = new ListedClient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                    listed.add(c);
                    acc.computeIfAbsent(ManagerId.of(c.manager()), m -> new long[3])[c.colour()]++;
                }, now);
        return ReportNumbers.TrafficLight.of(acc);
    }

    /**
     * Joins products ({@code p}) to their current price ({@code pr}): the latest {@code valid_from} on
     * or before the date, per product; parameters: price type, date, price type.
     */
    private static final String CURRENT_PRICES = " join (select product_id, max(valid_from) as vf from crm_price"
            + " where price_type = ? and valid_from <= ? group by product_id) m on m.product_id = p.id"
            + " join crm_price pr on pr.product_id = m.product_id and pr.price_type = ? and pr.valid_from = m.vf";

    /** A product as the price list lists it. */
    public record ListedPrice(String product, String name, String unit, String group, BigDecimal price) {
    }

    /**
     * Informational, not the baseline of the ratio target: the price list as hand-written SQL that
     * also reads what the report shows besides the prices: the price type's name and currency,
     * every group's name and parent, and each product's name, unit and group (three statements).
     */
    public ReportNumbers.PriceList priceListListed(String priceType, LocalDate date, List<ListedPrice> listed,
                                                   List<String[]> groups) {
        query("select name, currency from crm_price_type where code = ?", rs -> groups.add(new String[] {rs.getString(1),
                rs.getString(2)}), priceType);
        query("select id, name, parent_id from crm_product_group",
                rs -> groups.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
        Map<ProductId, BigDecimal> prices = new TreeMap<>();
        query("select p.id, p.name, p.unit, p.group_id, pr.amount from crm_product p"
                + CURRENT_PRICES,
                rs -> {
                    ListedPrice l = new ListedPrice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5));
                    listed.add(l);
                    prices.put(ProductId.of(l.product()), l.price());
                }, priceType, date, priceType);
        return new ReportNumbers.PriceList(prices);
    }

    /** The current price of every product for {@code priceType} on {@code date}. */
    public ReportNumbers.PriceList priceList(String priceType, LocalDate date) {
        Map<ProductId, BigDecimal> prices = new TreeMap<>();
        query("select p.id, pr.amount from crm_product p"
                + CURRENT_PRICES,
                rs -> prices.put(ProductId.of(rs.getString(1)), rs.getBigDecimal(2)), priceType, date, priceType);
        return new ReportNumbers.PriceList(prices);
    }

    // ------------------------------------------------------------------ client lookup

    /** Clients having this phone (as written), with what accept inquiry shows of them. */
    public ScreenNumbers.Lookup lookupByPhone(String written) {
        Optional<String> key = phones.key(written);
        if (key.isEmpty()) {
            return new ScreenNumbers.Lookup(List.of());
        }
        return matches("select client_id, contact_id from crm_client_phone where phone_key = ? order by client_id",
                "PHONE", key.get());
    }

    /** Clients having this e-mail (case-insensitively). */
    public ScreenNumbers.Lookup lookupByEmail(String email) {
        return matches("select client_id, contact_id from crm_client_email where email_key = ? order by client_id",
                "EMAIL", email.strip().toLowerCase(Locale.ROOT));
    }

    /** The first 50 clients by id whose name or a contact's name contains {@code fragment}, case-insensitively. */
    public ScreenNumbers.Lookup lookupByName(String fragment, int limit) {
        String like = "%" + fragment.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> ids = new ArrayList<>();
        if (postgresql()) {
            // the fastest form found on PostgreSQL (trigram indexes of migration V2): the first `limit` by id of
            // each way to match, then the first `limit` of both; planned for the pattern given, not generically
            query("select id from (select n.id from crm_client n where n.name_key like ? escape '\\' order by n.id limit "
                    + limit + ") a union select id from (select distinct k.client_id as id from crm_client_contact k"
                    + " where lower(k.name) like ? escape '\\' order by 1 limit " + limit + ") b order by 1 limit " + limit,
                    rs -> ids.add(rs.getString(1)), like, like);
        } else {
            query("select c.id from crm_client c where c.name_key like ? escape '\\' or exists (select 1 from"
                    + " crm_client_contact k where k.client_id = c.id and lower(k.name) like ? escape '\\')"
                    + " order by c.id limit " + limit, rs -> ids.add(rs.getString(1)), like, like);
        }
        if (ids.isEmpty()) {
            return new ScreenNumbers.Lookup(List.of());
        }
        Map<String, String> contact = new HashMap<>();
        query("select client_id, min(contact_id) from crm_client_contact where client_id in (" + marks(ids.size())
                + ") and lower(name) like ? escape '\\' group by client_id",
                rs -> contact.put(rs.getString(1), rs.getString(2)), concat(ids, like));
        Map<String, String> found = new LinkedHashMap<>();
        for (String id : ids) {
            found.put(id, contact.get(id));
        }
        return describe(found, "NAME");
    }

    private Boolean postgresql;

    /**
     * True on PostgreSQL, where the baseline's connection is also told to plan every statement for its
     * parameters ({@code plan_cache_mode = force_custom_plan}): the driver prepares a statement on the
     * server from its fifth use, and a generic plan for {@code like ?} ignores the trigram indexes and
     * one for a period's bounds may walk an index and sort (the library's reports and name search ask
     * for custom plans the same way, so both sides are planned alike).
     */
    private boolean postgresql() {
        if (postgresql == null) {
            try {
                postgresql = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
                if (postgresql) {
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("set plan_cache_mode = force_custom_plan");
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database of the baseline's connection", e);
            }
        }
        return postgresql;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Object[] concat(List<String> ids, Object... more) {
        List<Object> out = new ArrayList<>(ids);
        out.addAll(List.of(more));
        return out.toArray();
    }

    private ScreenNumbers.Lookup matches(String sql, String kind, String key) {
        Map<String, String> found = new LinkedHashMap<>();
        query(sql, rs -> {
            String client = rs.getString(1);
            String contact = rs.getString(2);
            String had = found.get(client);
            if (!found.containsKey(client) || had == null || contact != null && contact.compareTo(had) < 0) {
                found.put(client, contact == null ? had : contact); // the first contact by id with the key
            }
        }, key);
        return describe(found, kind);
    }

    /** Adds each found client's active interests and planned interactions, two queries for all of them. */
    private ScreenNumbers.Lookup describe(Map<String, String> found, String kind) {
        if (found.isEmpty()) {
            return new ScreenNumbers.Lookup(List.of());
        }
        List<String> ids = new ArrayList<>(found.keySet());
        Map<String, List<String>> active = new HashMap<>();
        query("select client_id, id from crm_interest where client_id in (" + marks(ids.size())
                + ") and status = 'ACTIVE' order by id",
                rs -> active.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)), ids.toArray());
        Map<String, List<String>> planned = new HashMap<>();
        query("select client_id, id from crm_interaction where client_id in (" + marks(ids.size())
                + ") and status = 'PLANNED' order by planned_start, id",
                rs -> planned.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)), ids.toArray());
        List<ScreenNumbers.Match> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new ScreenNumbers.Match(id, found.get(id), kind, active.getOrDefault(id, List.of()),
                    planned.getOrDefault(id, List.of())));
        }
        return new ScreenNumbers.Lookup(out);
    }

    // ------------------------------------------------------------------ per-person screens

    /** Reads every column of a row, as the library must to show it. */
    private static Object[] columns(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Object[] out = new Object[md.getColumnCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rs.getObject(i + 1);
        }
        return out;
    }

    /** My tasks of a manager at {@code now}. */
    public ScreenNumbers.Tasks myTasks(ManagerId manager, Instant now) {
        Instant tomorrow = startOf(now.atZone(zone).toLocalDate().plusDays(1));
        List<String> overdue = new ArrayList<>();
        List<String> today = new ArrayList<>();
        List<String> upcoming = new ArrayList<>();
        query("select * from crm_interaction where manager_id = ? and status = 'PLANNED' order by planned_start, id", rs -> {
            columns(rs);
            String id = rs.getString("id");
            Instant start = rs.getObject("planned_start", OffsetDateTime.class).toInstant();
            Instant end = rs.getObject("planned_end", OffsetDateTime.class).toInstant();
            (end.isBefore(now) ? overdue : start.isBefore(tomorrow) ? today : upcoming).add(id);
        }, manager.value());
        List<String> pending = new ArrayList<>();
        query("select * from crm_inquiry where manager_id = ? and status = 'PENDING' order by received_at, id", rs -> {
            columns(rs);
            pending.add(rs.getString("id"));
        }, manager.value());
        return new ScreenNumbers.Tasks(overdue, today, upcoming, pending);
    }

    /** My sales of a manager over the default funnel. */
    public ScreenNumbers.Sales mySales(ManagerId manager) {
        Map<String, List<ScreenNumbers.Card>> byStage = new HashMap<>();
        Map<String, String[]> cards = new LinkedHashMap<>();
        query("select i.*, c.name as client_name from crm_interest i join crm_client c on c.id = i.client_id"
                + " where i.manager_id = ? and i.status = 'ACTIVE' and i.funnel = ? order by i.id", rs -> {
                    columns(rs);
                    cards.put(rs.getString("id"), new String[] {rs.getString("stage"), rs.getString("client_name"), null});
                }, manager.value(), funnel.code());
        query("select x.interest_id, x.id from crm_interaction x join crm_interest i on i.id = x.interest_id"
                + " where i.manager_id = ? and i.status = 'ACTIVE' and i.funnel = ? and x.status = 'PLANNED'"
                + " order by x.interest_id, x.planned_start, x.id", rs -> {
                    String[] card = cards.get(rs.getString(1));
                    if (card != null && card[2] == null) {
                        card[2] = rs.getString(2);
                    }
                }, manager.value(), funnel.code());
        List<String> without = new ArrayList<>();
        cards.forEach((id, card) -> {
            byStage.computeIfAbsent(card[0], s -> new ArrayList<>()).add(new ScreenNumbers.Card(id, card[1], card[2]));
            if (card[2] == null) {
                without.add(id);
            }
        });
        List<List<ScreenNumbers.Card>> stages = new ArrayList<>();
        for (Stage s : funnel.stages()) {
            stages.add(byStage.getOrDefault(s.code(), List.of()));
        }
        return new ScreenNumbers.Sales(stages, without);
    }

    /** One manager's calendar over the dates {@code from..to}. */
    public ScreenNumbers.Calendar calendar(ManagerId manager, LocalDate from, LocalDate to) {
        Map<LocalDate, List<String>> ids = new TreeMap<>();
        Map<LocalDate, long[]> sums = new HashMap<>();
        query("select * from crm_interaction where manager_id = ? and status <> 'CANCELLED' and planned_start >= ?"
                + " and planned_start < ? order by planned_start, id", rs -> {
                    columns(rs);
                    Instant start = rs.getObject("planned_start", OffsetDateTime.class).toInstant();
                    Instant end = rs.getObject("planned_end", OffsetDateTime.class).toInstant();
                    LocalDate d = start.atZone(zone).toLocalDate();
                    ids.computeIfAbsent(d, k -> new ArrayList<>()).add(rs.getString("id"));
                    long[] s = sums.computeIfAbsent(d, k -> new long[2]);
                    s[0] += points.getOrDefault(rs.getString("type"), 0);
                    s[1] += Duration.between(start, end).toMinutes();
                }, manager.value(), startOf(from), startOf(to.plusDays(1)));
        List<ScreenNumbers.Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long[] s = sums.getOrDefault(d, new long[2]);
            days.add(new ScreenNumbers.Day(d, ids.getOrDefault(d, List.of()), s[0], s[1]));
        }
        return new ScreenNumbers.Calendar(days);
    }
}
