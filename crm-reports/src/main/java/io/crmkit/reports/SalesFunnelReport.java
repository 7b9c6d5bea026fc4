package io.crmkit.reports;

import io.crmkit.InvalidInputException;
import io.crmkit.catalog.Stage;
import io.crmkit.interest.InterestId;
import io.crmkit.money.MoneySum;
import io.crmkit.org.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The sales funnel report of one funnel for a scope and a period (SCENARIO.md SALES_FUNNEL).
 *
 * @param cohort the interests in scope created in {@code from..to}, by id
 * @param won    the WON cohort members, by id
 * @param lost   the LOST cohort members, by id
 */
public record SalesFunnelReport(String funnel, Scope scope, LocalDate from, LocalDate to, List<StageRow> stages,
                                List<InterestId> cohort, List<InterestId> won, List<InterestId> lost) {
    public SalesFunnelReport {
        stages = List.copyOf(stages);
        cohort = List.copyOf(cohort);
        won = List.copyOf(won);
        lost = List.copyOf(lost);
    }

    /**
     * One stage of the funnel.
     *
     * @param activeInterests  ACTIVE interests in scope now at this stage (any creation date), by id
     * @param activeAmount     the sum of their amounts by currency
     * @param weightedAmount   the sum of amount × probability ÷ 100, exact until rounded for output
     * @param reachedInterests cohort members whose history holds this stage or a later one, or that are WON, by id
     * @param convertedInterests cohort members that reached the next stage (for the last stage: WON ones), by id
     * @param conversionToNext converted ÷ reached, 4 decimals, {@code null} when none reached
     * @param lostAtInterests  cohort members LOST at this stage, by id
     * @param leftEntries      how many history entries of this stage the cohort left
     * @param meanDaysInStage  the mean days of those entries, 2 decimals, {@code null} when none
     */
    public record StageRow(Stage stage, List<InterestId> activeInterests, MoneySum activeAmount, MoneySum weightedAmount,
                           List<InterestId> reachedInterests, List<InterestId> convertedInterests,
                           BigDecimal conversionToNext, List<InterestId> lostAtInterests, long leftEntries,
                           BigDecimal meanDaysInStage) {
        public StageRow {
            activeInterests = List.copyOf(activeInterests);
            reachedInterests = List.copyOf(reachedInterests);
            convertedInterests = List.copyOf(convertedInterests);
            lostAtInterests = List.copyOf(lostAtInterests);
        }

        public String code() {
            return stage.code();
        }

        public int activeCount() {
            return activeInterests.size();
        }

        public int reached() {
            return reachedInterests.size();
        }

        public int lostAt() {
            return lostAtInterests.size();
        }
    }

    /**
     * The stage row with this code.
     *
     * @throws InvalidInputException when the funnel has no such stage
     */
    public StageRow stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("stage", code, "is not a stage of funnel " + funnel));
    }

    /**
     * The ids behind a cell that the report holds itself: every cell but {@link FunnelCell#TIME_IN_STAGE}
     * (which needs the interests' history; use {@link Reports#drillDown}).
     *
     * @param stage the stage code; ignored for {@link FunnelCell#WON} and {@link FunnelCell#LOST}
     * @throws InvalidInputException for an unknown stage or for {@link FunnelCell#TIME_IN_STAGE}
     */
    public List<InterestId> idsBehind(String stage, FunnelCell cell) {
        if (cell == null) {
            throw new InvalidInputException("cell", null, "is required");
        }
        return switch (cell) {
            case WON -> won;
            case LOST -> lost;
            case ACTIVE -> stage(stage).activeInterests();
            case REACHED -> stage(stage).reachedInterests();
            case CONVERTED -> stage(stage).convertedInterests();
            case LOST_AT -> stage(stage).lostAtInterests();
            case TIME_IN_STAGE -> throw new InvalidInputException("cell", cell,
                    "needs the interests' history: use Reports.drillDown");
        };
    }

    /** The number of WON cohort members. */
    public int wonCount() {
        return won.size();
    }

    /** The number of LOST cohort members. */
    public int lostCount() {
        return lost.size();
    }
}
