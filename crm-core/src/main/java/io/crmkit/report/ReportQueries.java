package io.crmkit.report;

import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.ClientId;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestStatus;
import io.crmkit.money.Money;
import io.crmkit.org.ManagerId;
import io.crmkit.org.ResolvedScope;
import io.crmkit.product.PriceType;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The aggregate questions reports ask of a storage. The in-memory storage answers them with loops
 * over its maps; the JPA storage with aggregate SQL. Each answer is already limited to the scope
 * given. Reports (crm-reports) assemble these facts into the report shapes of SCENARIO.md.
 */
public interface ReportQueries {

    /** An ACTIVE interest of the funnel in scope: where it is now and its amount ({@code null} for none). */
    record ActiveInterestRow(InterestId interest, String stage, Money amount) {
    }

    /**
     * A cohort member of the funnel report: an interest in scope created (first history entry) in the
     * period. {@code furthestStage} is the index in the funnel of the furthest stage in its history
     * (-1 when none of its stages is in the funnel); {@code lastStage} the code of its current stage.
     */
    record CohortRow(InterestId interest, InterestStatus status, int furthestStage, String lastStage) {
    }

    /**
     * Time spent in one stage by the cohort: over the history entries of that stage that were left
     * (a later entry exists, or the interest was closed), how many and the total milliseconds.
     */
    record StageTime(String stage, long leftEntries, long totalMillis) {
    }

    /** The facts of a sales funnel report. Rows are sorted by interest id. */
    record FunnelFacts(List<ActiveInterestRow> active, List<CohortRow> cohort, List<StageTime> stageTimes) {
        public FunnelFacts {
            active = List.copyOf(active);
            cohort = List.copyOf(cohort);
            stageTimes = List.copyOf(stageTimes);
        }
    }

    /**
     * Facts for the sales funnel report of {@code funnel} over interests in scope; the cohort is
     * those created in {@code [cohortFrom, cohortTo)}.
     */
    FunnelFacts funnelFacts(ResolvedScope scope, SalesFunnel funnel, Instant cohortFrom, Instant cohortTo);

    /** Points one manager planned and earned on one date. */
    record DayPoints(ManagerId manager, LocalDate date, long planned, long earned) {
    }

    /**
     * Automotivator facts: per manager in scope and date in {@code from..to} (in {@code zone}), the
     * points of interactions not CANCELLED whose planned start falls on the date and of COMPLETED
     * interactions whose completed-at falls on it. Only rows with a non-zero figure, by manager then date.
     *
     * @param pointsByType the points of each interaction type code; other types count 0
     */
    List<DayPoints> dailyPoints(ResolvedScope scope, LocalDate from, LocalDate to, ZoneId zone,
                                Map<String, Integer> pointsByType);

    /**
     * The facts the traffic light needs of one client. A client's interests and interactions count
     * whoever manages them.
     */
    record ClientFacts(ClientId client, String name, ManagerId manager, boolean hasActiveInterest, int overdue,
                       boolean portraitFilled, boolean contactInfoFilled) {
    }

    /**
     * Facts of every client in scope at moment {@code now}, by client id.
     *
     * @param requiredPortraitKeys the portrait fields that must be filled
     */
    List<ClientFacts> clientFacts(ResolvedScope scope, Instant now, Set<String> requiredPortraitKeys);

    /** COMPLETED interactions per client in scope whose completed-at is in {@code [from, to)}; clients with none are absent. */
    Map<ClientId, Long> touches(ResolvedScope scope, Instant from, Instant to);

    /**
     * Clients in scope that are warm at {@code now}: with an ACTIVE interest, or a touch whose
     * completed-at is in {@code [since, now]}. By id.
     */
    List<ClientId> warmClients(ResolvedScope scope, Instant now, Instant since);

    /** Interaction counts of one manager over a period, for the "by interactions" control variant. */
    record InteractionCounts(ManagerId manager, long planned, long completed, long cancelled, long overdue, long points) {
    }

    /**
     * Per manager in scope: interactions planned to start in {@code [from, to)} (any status), of them
     * completed, cancelled, and still planned but overdue at {@code now}; and the points earned by
     * interactions completed in the period. Managers with no interactions are absent.
     */
    List<InteractionCounts> interactionCounts(ResolvedScope scope, Instant from, Instant to, Instant now,
                                              Map<String, Integer> pointsByType);

    /** Interest counts and amounts of one manager by status, for the "by interests" control variant. */
    record InterestCounts(ManagerId manager, InterestStatus status, long count, Map<String, BigDecimal> amount) {
    }

    /** Per manager in scope and status: the number of interests and their amounts by currency. */
    List<InterestCounts> interestCounts(ResolvedScope scope);

    /** One row of a price list: a product with a current price. */
    record PriceRow(ProductId product, String name, ProductGroupId group, String unit, BigDecimal price) {
    }

    /**
     * Every product that has a current price of {@code priceType} on {@code date} (the price with the
     * latest valid-from not after it), by product id.
     */
    List<PriceRow> currentPrices(String priceType, LocalDate date);

    /**
     * Everything a price list reads, read together (one transaction in a database): the price type
     * ({@code null} when there is none of that code), every product group by id, and the
     * {@link #currentPrices current prices} of the type on the date (empty for an unknown type).
     */
    record PriceListFacts(PriceType priceType, List<ProductGroup> groups, List<PriceRow> prices) {
        public PriceListFacts {
            groups = List.copyOf(groups);
            prices = List.copyOf(prices);
        }
    }

    /** The {@link PriceListFacts} of {@code priceType} on {@code date}. */
    PriceListFacts priceListFacts(String priceType, LocalDate date);
}
