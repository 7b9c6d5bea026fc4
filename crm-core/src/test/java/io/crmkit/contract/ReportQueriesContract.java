package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Storage;
import io.crmkit.catalog.CrmSettings;
import io.crmkit.catalog.InteractionType;
import io.crmkit.client.ClientId;
import io.crmkit.client.Contact;
import io.crmkit.client.ContactId;
import io.crmkit.client.ContactInfo;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestStatus;
import io.crmkit.org.ManagerId;
import io.crmkit.product.Price;
import io.crmkit.product.PriceType;
import io.crmkit.product.Product;
import io.crmkit.product.ProductGroup;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import io.crmkit.report.ReportQueries;
import io.crmkit.report.ReportQueries.ClientFacts;
import io.crmkit.report.ReportQueries.CohortRow;
import io.crmkit.report.ReportQueries.DayPoints;
import io.crmkit.report.ReportQueries.FunnelFacts;
import io.crmkit.report.ReportQueries.InteractionCounts;
import io.crmkit.report.ReportQueries.StageTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ReportQueries}: each aggregate question on a small hand-made data set whose
 * answers are worked out in the comments, with scope filtering and the boundaries of every period.
 */
public abstract class ReportQueriesContract extends ContractSupport {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Map<String, Integer> POINTS = points();
    private static final Set<String> REQUIRED = Set.of("industry", "size", "region", "source");
    private static final Map<String, String> FULL_PORTRAIT = Map.of("industry", "Retail", "size", "50-100",
            "region", "Moscow", "source", "Conference");

    @Override
    protected abstract Storage newStorage();

    private ReportQueries q() {
        return storage.reportQueries();
    }

    private static Map<String, Integer> points() {
        Map<String, Integer> m = new HashMap<>();
        for (InteractionType t : CrmSettings.defaultInteractionTypes()) {
            m.put(t.code(), t.points());
        }
        return m;
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static Instant day(int dayOfMarch, int hourUtc) {
        return Instant.parse(String.format("2026-03-%02dT%02d:00:00Z", dayOfMarch, hourUtc));
    }

    @BeforeEach
    void clients() {
        seedOrg();
        saveClient(client("c1", ANNA, "Romashka", contact("p1", "Ivan", "9123456789", null)).withPortrait(FULL_PORTRAIT));
        saveClient(client("c2", BORIS, "Vasilek").withPortrait(Map.of("industry", "IT", "size", "5", "region", "Tver")));
        saveClient(client("c3", CLARA, "Lotos", contact("p3", "Lena", null, "lena@lotos.example")).withPortrait(FULL_PORTRAIT));
        saveClient(client("c4", ANNA, "Kamysh").addContact(new Contact(ContactId.of("p4"), "Silent", null, ContactInfo.empty())));
    }

    private Interaction done(String id, String type, String client, ManagerId m, Instant start, Instant completed) {
        Interaction x = saveInteraction(planned(id, type, client, m, start, start));
        return tx(() -> storage.interactions().save(x.complete("ok", completed)));
    }

    private Interaction cancelled(String id, String type, String client, ManagerId m, Instant start) {
        Interaction x = saveInteraction(planned(id, type, client, m, start, start));
        return tx(() -> storage.interactions().save(x.cancel("no")));
    }

    // ---- funnel facts -------------------------------------------------------------------------

    @Test
    void funnelFactsSplitActiveRowsCohortAndStageTimes() {
        // i1: ANNA, created at the cohort start, INQUIRY 2 days then OFFER, active, 100 RUB
        Interest i1 = saveInterest(interest("i1", "c1", ANNA, day(2, 10), "100.00"));
        tx(() -> storage.interests().save(i1.moveTo(FUNNEL, "OFFER", ANNA, day(4, 10))));
        // i2: BORIS (sub-department), INQUIRY 2 days then lost there
        Interest i2 = saveInterest(interest("i2", "c2", BORIS, day(3, 10), "50.00"));
        tx(() -> storage.interests().save(i2.lose("No budget", day(5, 10))));
        // i3: CLARA, outside the TOP scope
        saveInterest(interest("i3", "c3", CLARA, day(2, 10), "30.00"));
        // i4: ANNA, created before the cohort, now at AGREEMENT, no amount
        Interest i4 = saveInterest(interest("i4", "c1", ANNA, Instant.parse("2026-02-20T10:00:00Z")));
        tx(() -> storage.interests().save(i4.moveTo(FUNNEL, "AGREEMENT", ANNA, day(3, 10))));
        // i5: ANNA, INQUIRY 1 day, OFFER 3 days, won
        Interest i5 = saveInterest(interest("i5", "c4", ANNA, day(2, 10), "70.00"));
        tx(() -> storage.interests().save(i5.moveTo(FUNNEL, "OFFER", ANNA, day(3, 10)).win(day(6, 10))));
        // i6: ANNA, created exactly at the cohort end: active, but not in the cohort
        saveInterest(interest("i6", "c1", ANNA, Instant.parse("2026-04-01T00:00:00Z")));

        FunnelFacts f = q().funnelFacts(department(TOP), FUNNEL, day(2, 10), Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(f.active()).extracting(r -> r.interest().value() + "@" + r.stage()).containsExactly("i1@OFFER", "i4@AGREEMENT", "i6@INQUIRY");
        assertThat(f.active().get(0).amount().amount()).isEqualByComparingTo("100");
        assertThat(f.active().get(0).amount().currency().getCurrencyCode()).isEqualTo("RUB");
        assertThat(f.active().get(1).amount()).isNull();
        assertThat(f.cohort()).extracting(CohortRow::interest, CohortRow::status, CohortRow::furthestStage, CohortRow::lastStage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(io.crmkit.interest.InterestId.of("i1"), InterestStatus.ACTIVE, 1, "OFFER"),
                        org.assertj.core.groups.Tuple.tuple(io.crmkit.interest.InterestId.of("i2"), InterestStatus.LOST, 0, "INQUIRY"),
                        org.assertj.core.groups.Tuple.tuple(io.crmkit.interest.InterestId.of("i5"), InterestStatus.WON, 1, "OFFER"));
        long day = Duration.ofDays(1).toMillis();
        assertThat(f.stageTimes()).containsExactly(new StageTime("INQUIRY", 3, 5 * day), new StageTime("OFFER", 1, 3 * day));
    }

    @Test
    void funnelFactsOfAnotherFunnelAndAnEmptyScope() {
        saveInterest(interest("i1", "c1", ANNA, day(2, 10)));
        io.crmkit.catalog.SalesFunnel other = new io.crmkit.catalog.SalesFunnel("B2G", "Tenders",
                List.of(new io.crmkit.catalog.Stage("TENDER", "Tender", 20)));
        FunnelFacts f = q().funnelFacts(company(), other, day(1, 0), day(31, 0));
        assertThat(f.active()).isEmpty();
        assertThat(f.cohort()).isEmpty();
        assertThat(f.stageTimes()).isEmpty();
        FunnelFacts mine = q().funnelFacts(own(CLARA), FUNNEL, day(1, 0), day(31, 0));
        assertThat(mine.active()).isEmpty();
        assertThat(mine.cohort()).isEmpty();
    }

    // ---- daily points -------------------------------------------------------------------------

    @Test
    void dailyPointsTakeDatesInTheZoneAcrossTheDaylightSavingChange() {
        // Europe/Berlin moves from +01:00 to +02:00 on 2026-03-29.
        saveInteraction(planned("xa", "MEETING", "c1", ANNA, at("2026-03-28T23:30:00+01:00"), at("2026-03-28T23:45:00+01:00")));
        done("xb", "OUTGOING_CALL", "c1", ANNA, at("2026-03-29T00:30:00+01:00"), at("2026-03-29T23:30:00+02:00"));
        cancelled("xc", "TASK", "c1", ANNA, at("2026-03-30T00:00:00+02:00"));
        done("xd", "INCOMING_CALL", "c1", ANNA, at("2026-03-30T00:30:00+02:00"), at("2026-03-30T00:30:00+02:00"));
        done("xg", "MEETING", "c1", ANNA, at("2026-03-27T10:00:00+01:00"), at("2026-03-28T10:00:00+01:00"));
        saveInteraction(planned("xh", "MEETING", "c1", ANNA, at("2026-03-27T23:59:59+01:00"), at("2026-03-27T23:59:59+01:00")));
        saveInteraction(planned("xi", "MEETING", "c1", ANNA, at("2026-03-31T00:00:00+02:00"), at("2026-03-31T01:00:00+02:00")));
        saveInteraction(planned("xj", "NOTE", "c1", ANNA, at("2026-03-29T12:00:00+02:00"), at("2026-03-29T12:00:00+02:00")));
        saveInteraction(planned("xe", "OUTGOING_CALL", "c2", BORIS, at("2026-03-29T12:00:00+02:00"), at("2026-03-29T12:30:00+02:00")));
        saveInteraction(planned("xf", "MEETING", "c3", CLARA, at("2026-03-29T12:00:00+02:00"), at("2026-03-29T13:00:00+02:00")));

        List<DayPoints> rows = q().dailyPoints(department(TOP), LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30), BERLIN, POINTS);

        assertThat(rows).containsExactly(
                new DayPoints(ANNA, LocalDate.of(2026, 3, 28), 8, 8),
                new DayPoints(ANNA, LocalDate.of(2026, 3, 29), 2, 2),
                new DayPoints(ANNA, LocalDate.of(2026, 3, 30), 1, 1),
                new DayPoints(BORIS, LocalDate.of(2026, 3, 29), 2, 0));
        assertThat(q().dailyPoints(own(CLARA), LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30), BERLIN, POINTS))
                .containsExactly(new DayPoints(CLARA, LocalDate.of(2026, 3, 29), 8, 0));
        // the same moments read in UTC fall on other dates
        assertThat(q().dailyPoints(own(ANNA), LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 28), ZoneId.of("UTC"), POINTS))
                .containsExactly(new DayPoints(ANNA, LocalDate.of(2026, 3, 28), 8 + 2, 8));
    }

    // ---- client facts, touches, warm clients --------------------------------------------------

    @Test
    void clientFactsLookAtEveryInterestAndInteractionOfTheClient() {
        Instant now = day(13, 14);
        saveInterest(interest("i1", "c1", ANNA, day(2, 10)));
        Interest lost = saveInterest(interest("i2", "c2", BORIS, day(2, 10)));
        tx(() -> storage.interests().save(lost.lose("No budget", day(3, 10))));
        saveInterest(interest("i3", "c2", CLARA, day(2, 10)));
        saveInteraction(planned("x1", "TASK", "c1", ANNA, now.minusSeconds(7200), now.minusSeconds(1)));
        saveInteraction(planned("x2", "TASK", "c1", CLARA, now.minusSeconds(7200), now.minusSeconds(3600)));
        saveInteraction(planned("x3", "TASK", "c1", ANNA, now.minusSeconds(600), now));
        cancelled("x4", "TASK", "c1", ANNA, now.minusSeconds(7200));
        done("x5", "TASK", "c1", ANNA, now.minusSeconds(7200), now.minusSeconds(7000));

        List<ClientFacts> facts = q().clientFacts(department(TOP), now, REQUIRED);

        assertThat(facts).containsExactly(
                new ClientFacts(ClientId.of("c1"), "Romashka", ANNA, true, 2, true, true),
                new ClientFacts(ClientId.of("c2"), "Vasilek", BORIS, true, 0, false, false),
                new ClientFacts(ClientId.of("c4"), "Kamysh", ANNA, false, 0, false, false));
        assertThat(q().clientFacts(own(CLARA), now, Set.of())).containsExactly(
                new ClientFacts(ClientId.of("c3"), "Lotos", CLARA, false, 0, true, true));
    }

    @Test
    void clientFactsNeedEveryContactReachableAndCountEachContactOnce() {
        saveClient(client("c5", BORIS, "Both", contact("p5a", "Two ways", "9123450001", "a@both.example"),
                contact("p5b", "Phone", "9123450002", null)).withPortrait(FULL_PORTRAIT));
        saveClient(client("c6", BORIS, "Half", contact("p6a", "Two ways", "9123450003", "a@half.example"),
                new Contact(ContactId.of("p6b"), "Silent", null, ContactInfo.empty())));
        saveInterest(interest("i5a", "c5", BORIS, day(2, 10)));
        saveInterest(interest("i5b", "c5", BORIS, day(2, 11)));

        // c5: both contacts have a phone or an e-mail, two active interests still make one flag;
        // c6: one of its two contacts can be reached by nothing.
        assertThat(q().clientFacts(own(BORIS), day(13, 14), REQUIRED)).containsExactly(
                new ClientFacts(ClientId.of("c2"), "Vasilek", BORIS, false, 0, false, false),
                new ClientFacts(ClientId.of("c5"), "Both", BORIS, true, 0, true, true),
                new ClientFacts(ClientId.of("c6"), "Half", BORIS, false, 0, false, false));
    }

    @Test
    void touchesCountCompletedInteractionsOfClientsInScopeInAHalfOpenPeriod() {
        Instant from = day(2, 0);
        Instant to = day(9, 0);
        done("x1", "OUTGOING_CALL", "c1", ANNA, day(1, 10), from);
        done("x2", "MEETING", "c1", CLARA, day(3, 10), day(3, 11));
        done("x3", "TASK", "c1", ANNA, day(3, 10), to);
        done("x4", "TASK", "c2", BORIS, day(1, 10), from.minusSeconds(1));
        done("x5", "TASK", "c3", CLARA, day(3, 10), day(3, 10));
        saveInteraction(planned("x6", "TASK", "c4", ANNA, day(3, 10), day(3, 11)));
        cancelled("x7", "TASK", "c4", ANNA, day(3, 10));
        assertThat(q().touches(department(TOP), from, to)).containsExactlyInAnyOrderEntriesOf(Map.of(ClientId.of("c1"), 2L));
        assertThat(q().touches(company(), from, to)).containsExactlyInAnyOrderEntriesOf(
                Map.of(ClientId.of("c1"), 2L, ClientId.of("c3"), 1L));
    }

    @Test
    void warmClientsHaveAnActiveInterestOrATouchInTheClosedWindow() {
        Instant now = day(31, 12);
        Instant since = now.minus(Duration.ofDays(30));
        Interest lost = saveInterest(interest("i2", "c2", BORIS, day(1, 10)));
        tx(() -> storage.interests().save(lost.lose("No budget", day(1, 11))));
        saveInterest(interest("i1", "c1", CLARA, day(2, 10)));
        done("x2", "TASK", "c2", BORIS, day(1, 10), since);
        done("x4", "TASK", "c4", ANNA, day(1, 10), now.plusSeconds(1));
        done("x3", "TASK", "c3", CLARA, day(1, 10), now);
        assertThat(q().warmClients(department(TOP), now, since)).containsExactly(ClientId.of("c1"), ClientId.of("c2"));
        assertThat(q().warmClients(company(), now, since)).containsExactly(ClientId.of("c1"), ClientId.of("c2"), ClientId.of("c3"));
        assertThat(q().warmClients(department(TOP), now, since.plusSeconds(1))).containsExactly(ClientId.of("c1"));
    }

    // ---- interaction and interest counts ------------------------------------------------------

    @Test
    void interactionCountsPerManagerInScope() {
        Instant from = day(2, 0);
        Instant to = day(9, 0);
        Instant now = day(5, 12);
        saveInteraction(planned("x1", "MEETING", "c1", ANNA, day(4, 10), day(4, 11)));   // overdue
        saveInteraction(planned("x2", "MEETING", "c1", ANNA, day(6, 10), day(6, 11)));   // not yet due
        done("x3", "OUTGOING_CALL", "c1", ANNA, day(3, 10), day(3, 10));                  // planned+completed, 2 points
        done("x4", "MEETING", "c1", ANNA, day(1, 10), day(2, 10));                        // planned before, completed in: 8 points
        cancelled("x5", "TASK", "c1", ANNA, day(3, 10));
        saveInteraction(planned("x6", "TASK", "c1", ANNA, to, to));                       // starts at the end: outside
        saveInteraction(planned("x7", "TASK", "c2", BORIS, from, from));                  // at the start: inside, overdue
        saveInteraction(planned("x8", "TASK", "c3", CLARA, day(3, 10), day(3, 10)));
        List<InteractionCounts> rows = q().interactionCounts(department(TOP), from, to, now, POINTS);
        assertThat(rows).containsExactly(
                new InteractionCounts(ANNA, 4, 1, 1, 1, 10),
                new InteractionCounts(BORIS, 1, 0, 0, 1, 0));
        assertThat(q().interactionCounts(own(ANNA), day(20, 0), day(21, 0), now, POINTS)).isEmpty();
    }

    @Test
    void interestCountsPerManagerAndStatusWithAmountsByCurrency() {
        saveInterest(interest("i1", "c1", ANNA, day(2, 10), "100.50"));
        saveInterest(interest("i2", "c1", ANNA, day(2, 10), "0.25"));
        saveInterest(Interest.open(io.crmkit.interest.InterestId.of("i3"), ClientId.of("c1"), null, ANNA, FUNNEL, "OFFER",
                io.crmkit.money.Money.of("10", "EUR"), null, null, day(2, 10), ANNA));
        saveInterest(interest("i4", "c1", ANNA, day(2, 10)));
        Interest w = saveInterest(interest("i5", "c2", BORIS, day(2, 10), "7"));
        tx(() -> storage.interests().save(w.win(day(3, 10))));
        saveInterest(interest("i6", "c3", CLARA, day(2, 10), "1"));
        List<ReportQueries.InterestCounts> rows = q().interestCounts(department(TOP)).stream()
                .sorted(Comparator.comparing((ReportQueries.InterestCounts r) -> r.manager()).thenComparing(r -> r.status()))
                .toList();
        assertThat(rows).extracting(r -> r.manager().value() + "/" + r.status() + "/" + r.count() + "/" + plain(r.amount()))
                .containsExactly("m-anna/ACTIVE/4/{EUR=10, RUB=100.75}", "m-boris/WON/1/{RUB=7}");
    }

    // ---- current prices -----------------------------------------------------------------------

    @Test
    void currentPricesAreTheLatestValidFromNotAfterTheDateByProductId() {
        txRun(() -> {
            storage.products().saveGroup(new ProductGroup(ProductGroupId.of("g1"), "Software", null));
            storage.products().saveProduct(new Product(ProductId.of("pr2"), "ERP", ProductGroupId.of("g1"), "pcs"));
            storage.products().saveProduct(new Product(ProductId.of("pr1"), "CRM", ProductGroupId.of("g1"), null));
            storage.products().saveProduct(new Product(ProductId.of("pr3"), "Future", null, "h"));
            storage.products().savePriceType(new PriceType("RETAIL", "Retail", Currency.getInstance("RUB")));
            storage.products().savePriceType(new PriceType("DEALER", "Dealer", Currency.getInstance("RUB")));
            storage.products().savePrice(new Price(ProductId.of("pr1"), "RETAIL", new BigDecimal("1000.00"), LocalDate.of(2026, 1, 1)));
            storage.products().savePrice(new Price(ProductId.of("pr1"), "RETAIL", new BigDecimal("1200.00"), LocalDate.of(2026, 3, 13)));
            storage.products().savePrice(new Price(ProductId.of("pr1"), "RETAIL", new BigDecimal("1500.00"), LocalDate.of(2026, 3, 14)));
            storage.products().savePrice(new Price(ProductId.of("pr2"), "RETAIL", new BigDecimal("5000"), LocalDate.of(2025, 1, 1)));
            storage.products().savePrice(new Price(ProductId.of("pr2"), "DEALER", new BigDecimal("4000"), LocalDate.of(2026, 3, 1)));
            storage.products().savePrice(new Price(ProductId.of("pr3"), "RETAIL", new BigDecimal("1"), LocalDate.of(2026, 3, 14)));
        });
        List<ReportQueries.PriceRow> rows = q().currentPrices("RETAIL", LocalDate.of(2026, 3, 13));
        assertThat(rows).extracting(r -> r.product().value() + "|" + r.name() + "|" + r.group() + "|" + r.unit() + "|"
                        + r.price().stripTrailingZeros().toPlainString())
                .containsExactly("pr1|CRM|g1|null|1200", "pr2|ERP|g1|pcs|5000");
        assertThat(q().currentPrices("DEALER", LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(q().currentPrices("NONE", LocalDate.of(2026, 3, 13))).isEmpty();
    }

    @Test
    void priceListFactsAreTheTypeEveryGroupByIdAndTheCurrentPrices() {
        txRun(() -> {
            storage.products().saveGroup(new ProductGroup(ProductGroupId.of("g2"), "Services", null));
            storage.products().saveGroup(new ProductGroup(ProductGroupId.of("g1"), "Software", null));
            storage.products().saveGroup(new ProductGroup(ProductGroupId.of("g3"), "ERP", ProductGroupId.of("g1")));
            storage.products().saveProduct(new Product(ProductId.of("pr2"), "ERP", ProductGroupId.of("g3"), "pcs"));
            storage.products().saveProduct(new Product(ProductId.of("pr1"), "CRM", ProductGroupId.of("g1"), null));
            storage.products().savePriceType(new PriceType("RETAIL", "Retail", Currency.getInstance("RUB")));
            storage.products().savePriceType(new PriceType("DEALER", "Dealer", Currency.getInstance("EUR")));
            storage.products().savePrice(new Price(ProductId.of("pr1"), "RETAIL", new BigDecimal("1000.00"), LocalDate.of(2026, 1, 1)));
            storage.products().savePrice(new Price(ProductId.of("pr1"), "RETAIL", new BigDecimal("1200.00"), LocalDate.of(2026, 3, 14)));
            storage.products().savePrice(new Price(ProductId.of("pr2"), "RETAIL", new BigDecimal("5000"), LocalDate.of(2025, 1, 1)));
        });
        ReportQueries.PriceListFacts f = q().priceListFacts("RETAIL", LocalDate.of(2026, 3, 13));
        assertThat(f.priceType()).isEqualTo(new PriceType("RETAIL", "Retail", Currency.getInstance("RUB")));
        assertThat(f.groups()).containsExactly(new ProductGroup(ProductGroupId.of("g1"), "Software", null),
                new ProductGroup(ProductGroupId.of("g2"), "Services", null),
                new ProductGroup(ProductGroupId.of("g3"), "ERP", ProductGroupId.of("g1")));
        assertThat(f.prices()).isEqualTo(q().currentPrices("RETAIL", LocalDate.of(2026, 3, 13)));
        assertThat(f.prices()).extracting(r -> r.product().value() + "|" + r.price().stripTrailingZeros().toPlainString())
                .containsExactly("pr1|1000", "pr2|5000");
        ReportQueries.PriceListFacts dealer = q().priceListFacts("DEALER", LocalDate.of(2026, 3, 13));
        assertThat(dealer.priceType().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(dealer.groups()).hasSize(3);
        assertThat(dealer.prices()).isEmpty();
        ReportQueries.PriceListFacts none = q().priceListFacts("NONE", LocalDate.of(2026, 3, 13));
        assertThat(none.priceType()).isNull();
        assertThat(none.groups()).isEmpty();
        assertThat(none.prices()).isEmpty();
    }
}
