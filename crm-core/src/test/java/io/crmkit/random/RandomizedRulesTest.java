package io.crmkit.random;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.CoreTestBase;
import io.crmkit.InvalidStateException;
import io.crmkit.agenda.MyTasks;
import io.crmkit.client.ClientId;
import io.crmkit.client.PhoneNormalizer;
import io.crmkit.interaction.Interaction;
import io.crmkit.interaction.InteractionId;
import io.crmkit.interaction.InteractionStatus;
import io.crmkit.interaction.NewInteraction;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomized checks of three rules against an independent model. Each test uses a fixed seed and
 * prints it, so a failure replays exactly.
 */
class RandomizedRulesTest extends CoreTestBase {
    private static Random random(String test, long seed) {
        System.out.println(test + ": seed " + seed);
        return new Random(seed);
    }

    @Test
    void everyWayOfWritingARussianMobileNumberGivesItsKey() {
        long seed = 20260313L;
        Random r = random("phones", seed);
        PhoneNormalizer ru = new PhoneNormalizer("RU");
        for (int n = 0; n < 300; n++) {
            String digits = "9" + String.format("%09d", r.nextInt(1_000_000_000));
            String a = digits.substring(0, 3);
            String b = digits.substring(3, 6);
            String c = digits.substring(6, 8);
            String d = digits.substring(8);
            String[] sep = {" ", "-", "", " - "};
            String s1 = sep[r.nextInt(sep.length)];
            String s2 = sep[r.nextInt(sep.length)];
            String written = switch (r.nextInt(5)) {
                case 0 -> "+7 (" + a + ") " + b + s1 + c + s2 + d;
                case 1 -> "8 " + a + " " + b + s1 + c + s2 + d;
                case 2 -> a + b + c + d;
                case 3 -> "+7" + s1 + a + s2 + b + c + d;
                default -> "8(" + a + ")" + b + s1 + c + d;
            };
            if (r.nextBoolean()) {
                written = "  " + written + " ";
            }
            assertThat(ru.key(written)).as("seed %d, written %s", seed, written).contains("+7" + digits);
        }
    }

    private enum Op { MOVE, SUSPEND, RESUME, WIN, LOSE, REOPEN }

    @Test
    void randomWalksThroughTheInterestLifecycleFollowTheRules() {
        long seed = 7_734_221L;
        Random r = random("interest lifecycle", seed);
        List<String> stages = List.of("INQUIRY", "OFFER", "AGREEMENT", "CONTRACT", "FULFILMENT");
        ClientId c = newClient("c1", ANNA, "Romashka").id();
        for (int walk = 0; walk < 20; walk++) {
            Interest i = open(c, ANNA);
            InterestStatus status = InterestStatus.ACTIVE;
            String stage = "INQUIRY";
            int historySize = 1;
            for (int step = 0; step < 40; step++) {
                clock.advance(Duration.ofMinutes(1 + r.nextInt(600)));
                Op op = Op.values()[r.nextInt(Op.values().length)];
                String target = stages.get(r.nextInt(stages.size()));
                boolean allowed = switch (op) {
                    case MOVE -> status == InterestStatus.ACTIVE && !target.equals(stage);
                    case SUSPEND -> status == InterestStatus.ACTIVE;
                    case RESUME -> status == InterestStatus.SUSPENDED;
                    case WIN, LOSE -> status == InterestStatus.ACTIVE || status == InterestStatus.SUSPENDED;
                    case REOPEN -> status == InterestStatus.WON || status == InterestStatus.LOST;
                };
                String what = String.format("seed %d, walk %d, step %d: %s %s from %s/%s", seed, walk, step, op, target, status, stage);
                try {
                    Interest after = switch (op) {
                        case MOVE -> crm.interests().moveTo(i.id(), target, BORIS);
                        case SUSPEND -> crm.interests().suspend(i.id(), BORIS);
                        case RESUME -> crm.interests().resume(i.id(), BORIS);
                        case WIN -> crm.interests().win(i.id(), BORIS);
                        case LOSE -> crm.interests().lose(i.id(), "No budget", BORIS);
                        case REOPEN -> crm.interests().reopen(i.id(), BORIS);
                    };
                    assertThat(allowed).as(what + " succeeded").isTrue();
                    switch (op) {
                        case MOVE -> {
                            stage = target;
                            historySize++;
                        }
                        case SUSPEND -> status = InterestStatus.SUSPENDED;
                        case RESUME, REOPEN -> status = InterestStatus.ACTIVE;
                        case WIN -> status = InterestStatus.WON;
                        case LOSE -> status = InterestStatus.LOST;
                    }
                    assertThat(after.status()).as(what).isEqualTo(status);
                } catch (InvalidStateException e) {
                    assertThat(allowed).as(what + " was refused: " + e.getMessage()).isFalse();
                }
                Interest stored = crm.interests().get(i.id());
                assertThat(stored.status()).as(what).isEqualTo(status);
                assertThat(stored.currentStage()).as(what).isEqualTo(stage);
                assertThat(stored.history()).as(what).hasSize(historySize);
                assertThat(stored.closedAt() != null).as(what).isEqualTo(status.closed());
                assertThat(stored.lossReason() != null).as(what).isEqualTo(status == InterestStatus.LOST);
                for (int k = 1; k < stored.history().size(); k++) {
                    assertThat(stored.history().get(k).at()).as(what).isAfterOrEqualTo(stored.history().get(k - 1).at());
                }
            }
        }
    }

    @Test
    void myTasksPutsEveryPlannedInteractionInExactlyOneListByTheRule() {
        long seed = 42_4242L;
        Random r = random("my tasks", seed);
        ClientId c = newClient("c1", ANNA, "Romashka").id();
        Instant now = clock.instant();
        Instant tomorrow = now.atZone(MOSCOW).toLocalDate().plusDays(1).atStartOfDay(MOSCOW).toInstant();
        Map<InteractionId, String> expected = new HashMap<>();
        for (int n = 0; n < 150; n++) {
            Instant start = now.plusSeconds(r.nextInt(4 * 86_400) - 2 * 86_400);
            Instant end = start.plusSeconds(r.nextInt(4) == 0 ? 0 : r.nextInt(8 * 3600));
            Interaction x = crm.interactions().plan(NewInteraction.of("TASK", c, start, end).withId(InteractionId.of(String.format("x%03d", n))));
            int fate = r.nextInt(6);
            if (fate == 0) {
                crm.interactions().complete(x.id(), "done");
            } else if (fate == 1) {
                crm.interactions().cancel(x.id(), null);
            } else if (end.isBefore(now)) {
                expected.put(x.id(), "overdue");
            } else if (start.isBefore(tomorrow)) {
                expected.put(x.id(), "today");
            } else {
                expected.put(x.id(), "upcoming");
            }
        }
        MyTasks t = crm.agenda().myTasks(ANNA);
        Map<InteractionId, String> actual = new HashMap<>();
        put(actual, t.overdue(), "overdue");
        put(actual, t.today(), "today");
        put(actual, t.upcoming(), "upcoming");
        assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        for (List<Interaction> list : List.of(t.overdue(), t.today(), t.upcoming())) {
            List<Interaction> sorted = new ArrayList<>(list);
            sorted.sort(java.util.Comparator.comparing(Interaction::plannedStart).thenComparing(Interaction::id));
            assertThat(list).as("seed %d: by planned start then id", seed).isEqualTo(sorted);
            assertThat(list).allMatch(x -> x.status() == InteractionStatus.PLANNED);
        }
    }

    private static void put(Map<InteractionId, String> into, List<Interaction> xs, String where) {
        for (Interaction x : xs) {
            assertThat(into.put(x.id(), where)).as(x.id() + " listed twice").isNull();
        }
    }
}
