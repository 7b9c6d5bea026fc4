package io.crmkit.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.Crm;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.agenda.CalendarView;
import io.crmkit.agenda.MySales;
import io.crmkit.agenda.MyTasks;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.InteractionType;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.catalog.Stage;
import io.crmkit.catalog.WorkingCalendar;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ContactId;
import io.crmkit.inquiry.ClientSearch;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.interest.StageEntry;
import io.crmkit.internal.Check;
import io.crmkit.mail.OutgoingLetter;
import io.crmkit.money.MoneySum;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import io.crmkit.org.OrgChart;
import io.crmkit.org.ResolvedScope;
import io.crmkit.org.Scope;
import io.crmkit.product.PriceType;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.report.ReportQueries;
import io.crmkit.report.ReportQueries.ActiveInterestRow;
import io.crmkit.report.ReportQueries.ClientFacts;
import io.crmkit.report.ReportQueries.CohortRow;
import io.crmkit.report.ReportQueries.DayPoints;
import io.crmkit.report.ReportQueries.FunnelFacts;
import io.crmkit.report.ReportQueries.StageTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports of crmkit, computed through the storage's {@link ReportQueries} and the agenda:
 *
 * <pre>{@code
 * Reports reports = Reports.of(crm);
 * SalesFunnelReport f = reports.salesFunnel(Scope.department(sales), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
 * JsonNode json = ReportJson.render(f);
 * }</pre>
 *
 * <p>Every report takes a {@link Scope}. {@link #as(ManagerId)} gives a view that first checks
 * that the calling manager may see the scope ({@link io.crmkit.org.OrgService#authorize}): a
 * manager their own records, a department head their department, a director the company.
 * Dates are read in the zone of the crm's settings and "now" is the crm's clock. Immutable and
 * thread-safe when the storage is.
 */
public final class Reports {
    /** The longest period a report covers at once, in days. */
    public static final int MAX_PERIOD_DAYS = 366;
    private static final Logger LOG = LoggerFactory.getLogger(Reports.class);

    private final Crm crm;
    private final ManagerId caller;
    private final List<ControlRule> rules;

    private Reports(Crm crm, ManagerId caller, List<ControlRule> rules) {
        this.crm = crm;
        this.caller = caller;
        this.rules = rules;
    }

    /**
     * The reports of a crm, unrestricted (the host checks access) and with the default traffic-light rules.
     *
     * @throws InvalidInputException when {@code crm} is null
     */
    public static Reports of(Crm crm) {
        return new Reports(Check.notNull("crm", crm), null, ControlRule.DEFAULTS);
    }

    /**
     * The same reports for a calling manager: every scope asked for is checked first, and a scope
     * beyond what the caller may view fails with {@link io.crmkit.AccessDeniedException}.
     *
     * @throws io.crmkit.NotFoundException for an unknown manager
     */
    public Reports as(ManagerId callingManager) {
        crm.org().manager(Check.notNull("caller", callingManager));
        return new Reports(crm, callingManager, rules);
    }

    /**
     * The same reports with other traffic-light rules (indicators and the colour each gives when failed).
     *
     * @throws InvalidInputException for an empty list, a null entry or an indicator listed twice
     */
    public Reports withControlRules(List<ControlRule> controlRules) {
        return new Reports(crm, caller, ControlRule.checked(controlRules));
    }

    /** The traffic-light rules in use. */
    public List<ControlRule> controlRules() {
        return rules;
    }

    /** The crm the reports read. */
    public Crm crm() {
        return crm;
    }

    /** The widest scope the calling manager may view ({@link io.crmkit.org.OrgService#widestScopeOf}); the company when unrestricted. */
    public Scope widestScope() {
        return caller == null ? Scope.company() : crm.org().widestScopeOf(caller);
    }

    // ----------------------------------------------------------------------------------------------
    // Sales funnel

    /** The sales funnel report of the default funnel. */
    public SalesFunnelReport salesFunnel(Scope scope, LocalDate from, LocalDate to) {
        return salesFunnel(scope, from, to, null);
    }

    /**
     * The sales funnel report of one funnel: active interests at each stage now; over the cohort
     * (interests in scope created in {@code from..to}) reached, conversion, lost and mean days per stage.
     *
     * @param funnelCode the funnel, {@code null} for the default funnel
     * @throws InvalidInputException for an unknown funnel, a missing date, {@code to} before {@code from}
     *         or a period longer than {@value #MAX_PERIOD_DAYS} days
     * @throws io.crmkit.NotFoundException for a scope naming an unknown manager or department
     * @throws io.crmkit.AccessDeniedException when the caller may not view the scope
     */
    public SalesFunnelReport salesFunnel(Scope scope, LocalDate from, LocalDate to, String funnelCode) {
        CrmSettings settings = crm.settings();
        SalesFunnel funnel = funnelCode == null ? settings.defaultFunnel() : settings.funnel("funnel", funnelCode);
        checkPeriod(from, to);
        ResolvedScope rs = resolve(scope);
        ZoneId zone = settings.zone();
        FunnelFacts facts = queries().funnelFacts(rs, funnel, start(from, zone), start(to.plusDays(1), zone));
        List<ActiveInterestRow> active = facts.active().stream().sorted(Comparator.comparing(ActiveInterestRow::interest)).toList();
        List<CohortRow> cohort = facts.cohort().stream().sorted(Comparator.comparing(CohortRow::interest)).toList();
        Map<String, StageTime> times = new HashMap<>();
        for (StageTime t : facts.stageTimes()) {
            times.put(t.stage(), t);
        }
        List<Stage> stages = funnel.stages();
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int k = 0; k < stages.size(); k++) {
            stageIndex.put(stages.get(k).code(), k);
        }
        // one pass over each list (the cells keep the id order of the sorted lists)
        List<List<InterestId>> activeAt = new ArrayList<>();
        List<Map<String, BigDecimal>> amountAt = new ArrayList<>();
        List<List<InterestId>> reached = new ArrayList<>();
        List<List<InterestId>> lostAtStage = new ArrayList<>();
        for (int k = 0; k < stages.size(); k++) {
            activeAt.add(new ArrayList<>());
            amountAt.add(new HashMap<>());
            reached.add(new ArrayList<>());
            lostAtStage.add(new ArrayList<>());
        }
        for (ActiveInterestRow a : active) {
            Integer k = stageIndex.get(a.stage());
            if (k != null) {
                activeAt.get(k).add(a.interest());
                if (a.amount() != null) {
                    amountAt.get(k).merge(a.amount().currency().getCurrencyCode(), a.amount().amount(), BigDecimal::add);
                }
            }
        }
        List<InterestId> won = new ArrayList<>();
        List<InterestId> lost = new ArrayList<>();
        for (CohortRow c : cohort) {
            int furthest = c.status() == InterestStatus.WON ? stages.size() - 1 : Math.min(c.furthestStage(), stages.size() - 1);
            for (int k = 0; k <= furthest; k++) {
                reached.get(k).add(c.interest());
            }
            if (c.status() == InterestStatus.WON) {
                won.add(c.interest());
            } else if (c.status() == InterestStatus.LOST) {
                lost.add(c.interest());
                Integer k = stageIndex.get(c.lastStage());
                if (k != null) {
                    lostAtStage.get(k).add(c.interest());
                }
            }
        }
        List<SalesFunnelReport.StageRow> rows = new ArrayList<>();
        for (int k = 0; k < stages.size(); k++) {
            Stage stage = stages.get(k);
            // Σ amount × factor = (Σ amount) × factor exactly (BigDecimal, same scale)
            MoneySum amount = MoneySum.of(amountAt.get(k));
            Map<String, BigDecimal> weightedSums = new HashMap<>();
            amountAt.get(k).forEach((currency, sum) -> weightedSums.put(currency, sum.multiply(stage.factor())));
            MoneySum weighted = MoneySum.of(weightedSums);
            List<InterestId> converted = k + 1 < stages.size() ? reached.get(k + 1) : won;
            StageTime t = times.get(stage.code());
            long left = t == null ? 0 : t.leftEntries();
            rows.add(new SalesFunnelReport.StageRow(stage, List.copyOf(activeAt.get(k)), amount, weighted,
                    List.copyOf(reached.get(k)), List.copyOf(converted),
                    Ratios.ratio(converted.size(), reached.get(k).size()), List.copyOf(lostAtStage.get(k)), left,
                    t == null ? null : Ratios.meanDays(t.totalMillis(), t.leftEntries())));
        }
        won = List.copyOf(won);
        lost = List.copyOf(lost);
        LOG.debug("sales funnel {} for {} {}..{}: cohort {}, active {}", funnel.code(), scope, from, to, cohort.size(), active.size());
        return new SalesFunnelReport(funnel.code(), scope, from, to, rows, cohort.stream().map(CohortRow::interest).toList(),
                won, lost);
    }

    /** The sales funnel report of every configured funnel, in settings order. */
    public List<SalesFunnelReport> salesFunnels(Scope scope, LocalDate from, LocalDate to) {
        return crm.settings().funnels().stream().map(f -> salesFunnel(scope, from, to, f.code())).toList();
    }

    /**
     * Drills a cell of a funnel report down ("расшифровка") to the interests behind it, by id.
     *
     * @param stage the stage code (ignored for {@link FunnelCell#WON} and {@link FunnelCell#LOST})
     * @throws InvalidInputException for an unknown stage or a null report or cell
     */
    public List<Interest> drillDown(SalesFunnelReport report, String stage, FunnelCell cell) {
        Check.notNull("report", report);
        Check.notNull("cell", cell);
        if (cell != FunnelCell.TIME_IN_STAGE) {
            return report.idsBehind(stage, cell).stream().map(id -> crm.interests().get(id)).toList();
        }
        String code = report.stage(stage).code();
        List<Interest> out = new ArrayList<>();
        for (InterestId id : report.cohort()) {
            Interest i = crm.interests().get(id);
            List<StageEntry> h = i.history();
            for (int k = 0; k < h.size(); k++) {
                if (h.get(k).stage().equals(code) && (k + 1 < h.size() || i.closedAt() != null)) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------------
    // Automotivator

    /**
     * The automotivator: per manager in scope and day, planned and earned points against the norm,
     * with period totals and stability. Working days come from the settings' calendar.
     *
     * @throws InvalidInputException for a missing date, {@code to} before {@code from} or a too long period
     * @throws io.crmkit.AccessDeniedException when the caller may not view the scope
     */
    public Automotivator automotivator(Scope scope, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        OrgChart chart = chartFor(scope);
        ResolvedScope rs = ResolvedScope.of(chart, scope);
        CrmSettings settings = crm.settings();
        WorkingCalendar cal = settings.calendar();
        Map<ManagerId, Map<LocalDate, DayPoints>> points = new HashMap<>();
        for (DayPoints p : queries().dailyPoints(rs, from, to, settings.zone(), pointsByType())) {
            points.computeIfAbsent(p.manager(), m -> new HashMap<>()).put(p.date(), p);
        }
        List<Automotivator.ManagerRow> rows = new ArrayList<>();
        for (ManagerId m : rs.managers()) {
            int norm = chart.normOf(m);
            Map<LocalDate, DayPoints> mine = points.getOrDefault(m, Map.of());
            List<Automotivator.Day> days = new ArrayList<>();
            long planned = 0;
            long earned = 0;
            int working = 0;
            int plannedOk = 0;
            int earnedOk = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                DayPoints p = mine.get(d);
                long pl = p == null ? 0 : p.planned();
                long ea = p == null ? 0 : p.earned();
                boolean workingDay = cal.isWorkingDay(d);
                if (!workingDay && pl == 0 && ea == 0) {
                    continue;
                }
                planned += pl;
                earned += ea;
                if (workingDay) {
                    working++;
                    plannedOk += pl >= norm ? 1 : 0;
                    earnedOk += ea >= norm ? 1 : 0;
                }
                days.add(new Automotivator.Day(d, workingDay, pl, ea, workingDay ? Ratios.ratio(ea, norm) : null));
            }
            long normTotal = (long) norm * working;
            rows.add(new Automotivator.ManagerRow(m, chart.manager(m).map(Manager::name).orElse(m.value()), norm, days,
                    planned, earned, working, normTotal, Ratios.ratio(earned, normTotal), Ratios.ratio(plannedOk, working),
                    Ratios.ratio(earnedOk, working)));
        }
        return new Automotivator(scope, from, to, rows);
    }

    private Map<String, Integer> pointsByType() {
        Map<String, Integer> out = new HashMap<>();
        for (InteractionType t : crm.settings().interactionTypes()) {
            out.put(t.code(), t.points());
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------------
    // Manager control

    /**
     * The traffic light now: every client in scope with its colour and failed indicators, counts
     * per manager in scope, per department in scope (sub-departments included) and in total.
     *
     * @throws io.crmkit.AccessDeniedException when the caller may not view the scope
     */
    public TrafficLight trafficLight(Scope scope) {
        OrgChart chart = chartFor(scope);
        ResolvedScope rs = ResolvedScope.of(chart, scope);
        Instant now = crm.clock().instant();
        List<ClientFacts> facts = clientFacts(rs, now);
        List<TrafficLight.ClientRow> clients = new ArrayList<>(facts.size());
        // Per manager the clients of each colour (red, yellow, green), counted in place.
        Map<ManagerId, int[]> tally = new HashMap<>();
        int[] total = new int[3];
        for (ClientFacts f : facts) {
            List<String> failed = List.of();
            Colour colour = Colour.GREEN;
            for (ControlRule r : rules) {
                if (!r.indicator().passes(f)) {
                    if (failed.isEmpty()) {
                        failed = new ArrayList<>(rules.size());
                    }
                    failed.add(r.indicator().code());
                    if (r.whenFailed().compareTo(colour) < 0) {
                        colour = r.whenFailed();
                    }
                }
            }
            clients.add(new TrafficLight.ClientRow(f.client(), f.name(), f.manager(), colour, failed, f.overdue()));
            int k = colour.ordinal(); // RED, YELLOW, GREEN
            tally.computeIfAbsent(f.manager(), m -> new int[3])[k]++;
            total[k]++;
        }
        Map<ManagerId, TrafficLight.Counts> byManager = new HashMap<>();
        tally.forEach((m, c) -> byManager.put(m, new TrafficLight.Counts(c[0], c[1], c[2])));
        TrafficLight.Counts totals = new TrafficLight.Counts(total[0], total[1], total[2]);
        List<TrafficLight.ManagerCounts> managers = rs.managers().stream()
                .map(m -> new TrafficLight.ManagerCounts(m, chart.manager(m).map(Manager::name).orElse(m.value()),
                        byManager.getOrDefault(m, TrafficLight.Counts.ZERO)))
                .toList();
        // Each department's own managers' counts once, then per department those of the departments under it.
        Map<DepartmentId, int[]> direct = new HashMap<>();
        tally.forEach((m, c) -> chart.manager(m).ifPresent(man -> {
            int[] d = direct.computeIfAbsent(man.department(), k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                d[i] += c[i];
            }
        }));
        List<TrafficLight.DepartmentCounts> departments = new ArrayList<>();
        for (DepartmentId d : chart.departmentsIn(scope)) {
            int[] c = new int[3];
            for (DepartmentId under : chart.departmentsUnder(d)) {
                int[] own = direct.get(under);
                if (own != null) {
                    for (int i = 0; i < 3; i++) {
                        c[i] += own[i];
                    }
                }
            }
            departments.add(new TrafficLight.DepartmentCounts(d, chart.department(d).map(x -> x.name()).orElse(d.value()),
                    new TrafficLight.Counts(c[0], c[1], c[2])));
        }
        return new TrafficLight(scope, now, clients, managers, departments, totals);
    }

    private List<ClientFacts> clientFacts(ResolvedScope rs, Instant now) {
        Set<String> required = crm.settings().portraitFields().stream().filter(f -> f.required()).map(f -> f.key())
                .collect(Collectors.toCollection(TreeSet::new));
        return queries().clientFacts(rs, now, required).stream().sorted(Comparator.comparing(ClientFacts::client)).toList();
    }

    /**
     * Touches per client: every client in scope with its COMPLETED interactions completed in
     * {@code from..to}, and the mean over those clients.
     */
    public ManagerControl.Touches touchesPerClient(Scope scope, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        ResolvedScope rs = resolve(scope);
        ZoneId zone = crm.settings().zone();
        Map<ClientId, Long> touches = queries().touches(rs, start(from, zone), start(to.plusDays(1), zone));
        List<ManagerControl.ClientTouches> rows = new ArrayList<>();
        long total = 0;
        for (Client c : crm.storage().clients().inScope(rs).stream().sorted(Comparator.comparing(Client::id)).toList()) {
            long n = touches.getOrDefault(c.id(), 0L);
            total += n;
            rows.add(new ManagerControl.ClientTouches(c.id(), c.name(), c.manager(), n));
        }
        return new ManagerControl.Touches(scope, from, to, rows, Ratios.mean(total, rows.size()));
    }

    /** The clients in scope that are warm now: with an ACTIVE interest, or a touch in the last {@code warmDays} × 24 hours. */
    public ManagerControl.WarmClients warmClients(Scope scope) {
        ResolvedScope rs = resolve(scope);
        Instant now = crm.clock().instant();
        int warmDays = crm.settings().warmDays();
        List<ClientId> warm = queries().warmClients(rs, now, now.minus(Duration.ofHours(24L * warmDays))).stream()
                .sorted().toList();
        return new ManagerControl.WarmClients(scope, now, warmDays, warm);
    }

    /** Per manager in scope: interactions planned in the period, completed, cancelled, overdue now, and points earned. */
    public ManagerControl.Interactions interactions(Scope scope, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        ResolvedScope rs = resolve(scope);
        ZoneId zone = crm.settings().zone();
        Instant now = crm.clock().instant();
        Map<ManagerId, ReportQueries.InteractionCounts> counts = new HashMap<>();
        for (ReportQueries.InteractionCounts c : queries().interactionCounts(rs, start(from, zone), start(to.plusDays(1), zone),
                now, pointsByType())) {
            counts.put(c.manager(), c);
        }
        List<ManagerControl.InteractionRow> rows = new ArrayList<>();
        long[] t = new long[5];
        for (ManagerId m : rs.managers()) {
            ReportQueries.InteractionCounts c = counts.getOrDefault(m, new ReportQueries.InteractionCounts(m, 0, 0, 0, 0, 0));
            rows.add(new ManagerControl.InteractionRow(m, c.planned(), c.completed(), c.cancelled(), c.overdue(), c.points(),
                    Ratios.ratio(c.completed(), c.planned())));
            t[0] += c.planned();
            t[1] += c.completed();
            t[2] += c.cancelled();
            t[3] += c.overdue();
            t[4] += c.points();
        }
        return new ManagerControl.Interactions(scope, from, to, now, rows,
                new ManagerControl.InteractionRow(null, t[0], t[1], t[2], t[3], t[4], Ratios.ratio(t[1], t[0])));
    }

    /** Per manager in scope: interests and their amounts by status, and the win rate. */
    public ManagerControl.Interests interests(Scope scope) {
        ResolvedScope rs = resolve(scope);
        Map<ManagerId, Map<InterestStatus, ManagerControl.StatusTally>> acc = new HashMap<>();
        for (ReportQueries.InterestCounts c : queries().interestCounts(rs)) {
            acc.computeIfAbsent(c.manager(), m -> new EnumMap<>(InterestStatus.class))
                    .merge(c.status(), new ManagerControl.StatusTally(c.count(), MoneySum.of(c.amount())),
                            ManagerControl.StatusTally::plus);
        }
        Map<InterestStatus, ManagerControl.StatusTally> totals = zeroTallies();
        List<ManagerControl.InterestRow> rows = new ArrayList<>();
        for (ManagerId m : rs.managers()) {
            Map<InterestStatus, ManagerControl.StatusTally> mine = zeroTallies();
            acc.getOrDefault(m, Map.of()).forEach((s, t) -> mine.merge(s, t, ManagerControl.StatusTally::plus));
            mine.forEach((s, t) -> totals.merge(s, t, ManagerControl.StatusTally::plus));
            rows.add(new ManagerControl.InterestRow(m, mine, winRate(mine)));
        }
        return new ManagerControl.Interests(scope, rows, totals, winRate(totals));
    }

    private static Map<InterestStatus, ManagerControl.StatusTally> zeroTallies() {
        Map<InterestStatus, ManagerControl.StatusTally> m = new EnumMap<>(InterestStatus.class);
        for (InterestStatus s : InterestStatus.values()) {
            m.put(s, ManagerControl.StatusTally.ZERO);
        }
        return m;
    }

    private static BigDecimal winRate(Map<InterestStatus, ManagerControl.StatusTally> m) {
        long won = m.get(InterestStatus.WON).count();
        return Ratios.ratio(won, won + m.get(InterestStatus.LOST).count());
    }

    /** Per manager in scope: clients, warm ones, ones with an active interest or an overdue interaction, filled portraits and contact info. */
    public ManagerControl.Clients clients(Scope scope) {
        ResolvedScope rs = resolve(scope);
        Instant now = crm.clock().instant();
        List<ClientFacts> facts = clientFacts(rs, now);
        Set<ClientId> warm = new HashSet<>(queries().warmClients(rs, now,
                now.minus(Duration.ofHours(24L * crm.settings().warmDays()))));
        Map<ManagerId, long[]> acc = new HashMap<>();
        for (ClientFacts f : facts) {
            long[] a = acc.computeIfAbsent(f.manager(), m -> new long[6]);
            a[0]++;
            a[1] += warm.contains(f.client()) ? 1 : 0;
            a[2] += f.hasActiveInterest() ? 1 : 0;
            a[3] += f.overdue() > 0 ? 1 : 0;
            a[4] += f.portraitFilled() ? 1 : 0;
            a[5] += f.contactInfoFilled() ? 1 : 0;
        }
        long[] t = new long[6];
        List<ManagerControl.ClientsRow> rows = new ArrayList<>();
        for (ManagerId m : rs.managers()) {
            long[] a = acc.getOrDefault(m, new long[6]);
            for (int i = 0; i < 6; i++) {
                t[i] += a[i];
            }
            rows.add(new ManagerControl.ClientsRow(m, a[0], a[1], a[2], a[3], a[4], a[5]));
        }
        return new ManagerControl.Clients(scope, now, rows, new ManagerControl.ClientsRow(null, t[0], t[1], t[2], t[3], t[4], t[5]));
    }

    /** Every client in scope with its interests in scope by status. */
    public ManagerControl.ClientsAndInterests clientsAndInterests(Scope scope) {
        ResolvedScope rs = resolve(scope);
        Map<ClientId, List<Interest>> byClient = new HashMap<>();
        for (Interest i : crm.storage().interests().inScope(rs)) {
            byClient.computeIfAbsent(i.client(), c -> new ArrayList<>()).add(i);
        }
        List<ManagerControl.ClientInterests> rows = new ArrayList<>();
        for (Client c : crm.storage().clients().inScope(rs).stream().sorted(Comparator.comparing(Client::id)).toList()) {
            List<Interest> is = byClient.getOrDefault(c.id(), List.of()).stream().sorted(Comparator.comparing(Interest::id)).toList();
            MoneySum activeAmount = MoneySum.empty();
            for (Interest i : is) {
                if (i.isActive()) {
                    activeAmount = activeAmount.plus(i.amount());
                }
            }
            rows.add(new ManagerControl.ClientInterests(c.id(), c.name(), c.manager(), byStatus(is, InterestStatus.ACTIVE),
                    byStatus(is, InterestStatus.SUSPENDED), byStatus(is, InterestStatus.WON), byStatus(is, InterestStatus.LOST),
                    activeAmount));
        }
        return new ManagerControl.ClientsAndInterests(scope, rows);
    }

    private static List<InterestId> byStatus(List<Interest> is, InterestStatus s) {
        return is.stream().filter(i -> i.status() == s).map(Interest::id).toList();
    }

    /** The sales funnel with every cell's interests listed (the FUNNEL_DRILLDOWN variant). */
    public ManagerControl.FunnelDrilldown funnelDrilldown(Scope scope, LocalDate from, LocalDate to, String funnelCode) {
        return new ManagerControl.FunnelDrilldown(salesFunnel(scope, from, to, funnelCode));
    }

    // ----------------------------------------------------------------------------------------------
    // Price list

    /**
     * The price list of a price type on a date: the products of the selected groups (with their
     * subgroups) and the selected products, or everything when neither is given; only products
     * with a current price; groups depth first, siblings by name then id; items by name then id;
     * products without a group last.
     *
     * @throws io.crmkit.NotFoundException for an unknown price type, group or product
     * @throws InvalidInputException for a missing date
     */
    public PriceList priceList(String priceType, LocalDate date, Collection<ProductGroupId> groups,
                               Collection<ProductId> products) {
        Check.id("priceType", priceType);
        Check.notNull("date", date);
        List<ProductGroupId> gs = groups == null ? List.of() : Check.list("groups", groups);
        List<ProductId> ps = products == null ? List.of() : Check.list("products", products);
        // The type, the groups and the prices in one read; the selection is checked against them.
        ReportQueries.PriceListFacts facts = queries().priceListFacts(priceType, date);
        PriceType type = facts.priceType();
        if (type == null) {
            throw new NotFoundException("priceType", priceType);
        }
        List<ProductGroup> all = facts.groups();
        Map<ProductGroupId, ProductGroup> byId = new HashMap<>();
        Map<ProductGroupId, List<ProductGroup>> children = new HashMap<>();
        List<ProductGroup> roots = new ArrayList<>();
        for (ProductGroup g : all) {
            byId.put(g.id(), g);
        }
        for (ProductGroup g : all) {
            if (g.parent() == null || !byId.containsKey(g.parent())) {
                roots.add(g);
            } else {
                children.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g);
            }
        }
        for (ProductGroupId g : gs) {
            if (!byId.containsKey(g)) {
                crm.products().group(g); // not among the groups read: fails as an unknown group
            }
        }
        ps.forEach(p -> crm.products().product(p));
        Set<ProductGroupId> selectedGroups = new HashSet<>();
        for (ProductGroupId g : gs) {
            collect(g, children, selectedGroups);
        }
        boolean everything = gs.isEmpty() && ps.isEmpty();
        Set<ProductId> selectedProducts = new HashSet<>(ps);
        Map<ProductGroupId, List<PriceList.Item>> items = new HashMap<>();
        List<PriceList.Item> ungrouped = new ArrayList<>();
        for (ReportQueries.PriceRow r : facts.prices()) {
            if (!everything && !selectedProducts.contains(r.product())
                    && (r.group() == null || !selectedGroups.contains(r.group()))) {
                continue;
            }
            PriceList.Item item = new PriceList.Item(r.product(), r.name(), r.unit(), r.price());
            if (r.group() == null || !byId.containsKey(r.group())) {
                ungrouped.add(item);
            } else {
                items.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(item);
            }
        }
        List<PriceList.Group> out = new ArrayList<>();
        Comparator<ProductGroup> groupOrder = Comparator.comparing(ProductGroup::name).thenComparing(ProductGroup::id);
        roots.sort(groupOrder);
        for (ProductGroup root : roots) {
            walk(root, 0, children, items, groupOrder, out, new HashSet<>());
        }
        if (!ungrouped.isEmpty()) {
            out.add(new PriceList.Group(null, null, 0, sortItems(ungrouped)));
        }
        return new PriceList(type.code(), type.name(), type.currency().getCurrencyCode(), date, out);
    }

    private static void collect(ProductGroupId g, Map<ProductGroupId, List<ProductGroup>> children, Set<ProductGroupId> out) {
        if (out.add(g)) {
            for (ProductGroup c : children.getOrDefault(g, List.of())) {
                collect(c.id(), children, out);
            }
        }
    }

    private static void walk(ProductGroup g, int depth, Map<ProductGroupId, List<ProductGroup>> children,
                             Map<ProductGroupId, List<PriceList.Item>> items, Comparator<ProductGroup> order,
                             List<PriceList.Group> out, Set<ProductGroupId> seen) {
        if (!seen.add(g.id())) {
            return;
        }
        List<PriceList.Item> own = items.getOrDefault(g.id(), List.of());
        if (!own.isEmpty()) {
            out.add(new PriceList.Group(g.id(), g.name(), depth, sortItems(own)));
        }
        List<ProductGroup> kids = new ArrayList<>(children.getOrDefault(g.id(), List.of()));
        kids.sort(order);
        for (ProductGroup k : kids) {
            walk(k, depth + 1, children, items, order, out, seen);
        }
    }

    private static List<PriceList.Item> sortItems(List<PriceList.Item> items) {
        return items.stream().sorted(Comparator.comparing(PriceList.Item::name).thenComparing(PriceList.Item::product)).toList();
    }

    /**
     * Sends a price list to a client by e-mail as a PDF attachment: the PDF is kept in the storage's
     * attachment store and the letter written to the outbox in one transaction, from the manager's
     * address to the contact's first e-mail (or, without a contact, the first e-mail of the client's
     * contacts by id, else the client's own). crm-mail's outbox relay sends it after the commit.
     *
     * @param contact the contact to write to, or {@code null}
     * @return the letter as queued
     * @throws io.crmkit.NotFoundException for an unknown client or manager
     * @throws InvalidInputException for a contact not of the client
     * @throws io.crmkit.InvalidStateException when there is no address to write to or from
     * @throws io.crmkit.AccessDeniedException when the caller may not view the client's manager's records
     */
    public OutgoingLetter sendPriceList(PriceList list, ClientId client, ContactId contact, ManagerId manager) {
        Check.notNull("client", client);
        if (caller != null) {
            crm.org().authorize(caller, Scope.own(crm.clients().get(client).manager()));
        }
        return PriceListMail.send(crm, list, client, contact, manager);
    }

    // ----------------------------------------------------------------------------------------------
    // Agenda reports

    /**
     * A manager's tasks now (overdue, today's, upcoming planned interactions and pending inquiries).
     *
     * @throws io.crmkit.NotFoundException for an unknown manager
     * @throws io.crmkit.AccessDeniedException when the caller may not view that manager's records
     */
    public MyTasks myTasks(ManagerId manager) {
        authorizeManager(manager);
        return crm.agenda().myTasks(manager);
    }

    /** A manager's board over the default funnel. */
    public MySales mySales(ManagerId manager) {
        authorizeManager(manager);
        return crm.agenda().mySales(manager);
    }

    /** A manager's calendar for {@code from..to}. */
    public CalendarView calendar(ManagerId manager, LocalDate from, LocalDate to) {
        authorizeManager(manager);
        return crm.agenda().calendar(manager, from, to);
    }

    /** The calendar of a scope (a manager or a department) for {@code from..to}. */
    public CalendarView calendar(Scope scope, LocalDate from, LocalDate to) {
        resolve(scope);
        return crm.agenda().calendar(scope, from, to);
    }

    /**
     * Finds clients in scope by phone key, then e-mail, then name fragment.
     *
     * @throws InvalidInputException when nothing to search by is given
     */
    public ClientMatches findClient(ClientSearch search, Scope scope) {
        Check.notNull("search", search);
        resolve(scope);
        return new ClientMatches(crm.inquiries().search(search, scope));
    }

    // ----------------------------------------------------------------------------------------------
    // Scenario entry point

    /**
     * Computes one scenario report request at {@code now} in {@code zone} and renders it as JSON in
     * the shape of SCENARIO.md. The crm's storage, settings and rules are used with a clock fixed at
     * {@code now} and dates read in {@code zone}.
     *
     * @throws InvalidInputException for a missing or malformed member, naming it
     * @throws io.crmkit.NotFoundException for an unknown manager, department, funnel, price type, group or product
     */
    public JsonNode run(ReportRequest request, Instant now, ZoneId zone) {
        return ReportJson.render(at(now, zone).build(request));
    }

    /**
     * These reports seen at another moment and zone (same storage, settings, caller and rules).
     *
     * @throws InvalidInputException for a null moment or zone
     */
    public Reports at(Instant now, ZoneId zone) {
        Check.notNull("now", now);
        Check.notNull("zone", zone);
        Crm view = Crm.builder().storage(crm.storage()).clock(Clock.fixed(now, zone))
                .settings(crm.settings().withZone(zone)).build();
        return new Reports(view, caller, rules);
    }

    /**
     * Computes the typed report a request asks for: a {@link SalesFunnelReport}, {@link Automotivator},
     * {@link TrafficLight} or one of {@link ManagerControl}'s shapes, {@link PriceList}, {@link MyTasks},
     * {@link MySales}, {@link CalendarView} or {@link ClientMatches}.
     *
     * @throws InvalidInputException for a missing member, naming it
     */
    public Object build(ReportRequest r) {
        Check.notNull("request", r);
        return switch (r.type()) {
            case SALES_FUNNEL -> salesFunnel(r.require("scope", r.scope()), r.require("from", r.from()),
                    r.require("to", r.to()), r.funnel());
            case AUTOMOTIVATOR -> automotivator(r.require("scope", r.scope()), r.require("from", r.from()),
                    r.require("to", r.to()));
            case MANAGER_CONTROL -> control(r);
            case PRICE_LIST -> priceList(r.require("priceType", r.priceType()), r.require("date", r.date()), r.groups(),
                    r.products());
            case MY_TASKS -> myTasks(r.require("manager", r.manager()));
            case MY_SALES -> mySales(r.require("manager", r.manager()));
            case CALENDAR -> calendar(r.require("manager", r.manager()), r.require("from", r.from()), r.require("to", r.to()));
            case FIND_CLIENT -> findClient(new ClientSearch(r.phone(), r.email(), r.nameLike()),
                    r.scope() == null ? widestScope() : r.scope());
        };
    }

    private Object control(ReportRequest r) {
        Scope scope = r.require("scope", r.scope());
        return switch (r.variantOrDefault()) {
            case TRAFFIC_LIGHT -> trafficLight(scope);
            case TOUCHES_PER_CLIENT -> touchesPerClient(scope, r.require("from", r.from()), r.require("to", r.to()));
            case WARM_CLIENTS -> warmClients(scope);
            case INTERACTIONS -> interactions(scope, r.require("from", r.from()), r.require("to", r.to()));
            case INTERESTS -> interests(scope);
            case CLIENTS -> clients(scope);
            case CLIENTS_AND_INTERESTS -> clientsAndInterests(scope);
            case FUNNEL_DRILLDOWN -> funnelDrilldown(scope, r.require("from", r.from()), r.require("to", r.to()), r.funnel());
        };
    }

    // ----------------------------------------------------------------------------------------------

    private ReportQueries queries() {
        return crm.storage().reportQueries();
    }

    private ResolvedScope resolve(Scope scope) {
        Check.notNull("scope", scope);
        if (caller != null) {
            crm.org().authorize(caller, scope);
        }
        return crm.context().resolve(scope);
    }

    /**
     * The org chart a report over {@code scope} resolves the scope with and names managers and
     * departments from: loaded once per report (after the caller's access check).
     */
    private OrgChart chartFor(Scope scope) {
        Check.notNull("scope", scope);
        if (caller != null) {
            crm.org().authorize(caller, scope);
        }
        return crm.org().chart();
    }

    private void authorizeManager(ManagerId manager) {
        crm.org().manager(Check.notNull("manager", manager));
        if (caller != null) {
            crm.org().authorize(caller, Scope.own(manager));
        }
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        Check.notNull("from", from);
        Check.notNull("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", to, "must not be before from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new InvalidInputException("to", to, "the period may be at most " + MAX_PERIOD_DAYS + " days");
        }
    }

    private static Instant start(LocalDate d, ZoneId zone) {
        return d.atStartOfDay(zone).toInstant();
    }

}
