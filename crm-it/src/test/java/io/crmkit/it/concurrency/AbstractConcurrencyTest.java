package io.crmkit.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.ConflictException;
import io.crmkit.Crm;
import io.crmkit.InvalidStateException;
import io.crmkit.Storage;
import io.crmkit.inquiry.Channel;
import io.crmkit.inquiry.InquiryRequest;
import io.crmkit.inquiry.InquiryResult;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.interest.InterestService;
import io.crmkit.interest.NewInterest;
import io.crmkit.interest.StageEntry;
import io.crmkit.client.ClientId;
import io.crmkit.client.NewClient;
import io.crmkit.it.support.Seeds;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.tx.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrency on one storage, with real threads released together by a barrier: two callers
 * accepting the same inquiry key record it once; eight threads moving one interest lose no update
 * silently. Subclasses give the storage (in-memory, H2, PostgreSQL).
 */
abstract class AbstractConcurrencyTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final int THREADS = 8;

    protected Storage storage;
    protected Crm crm;
    private ExecutorService pool;

    protected abstract Storage newStorage();

    /** Rounds of the duplicate-inquiry race per run. */
    protected int inquiryRounds() {
        return 100;
    }

    /** Attempts per thread in the interest race. */
    protected int attemptsPerThread() {
        return 40;
    }

    @BeforeEach
    void setUp() {
        storage = newStorage();
        crm = Crm.builder().storage(storage).clock(Clock.fixed(Instant.parse("2026-03-13T09:00:00Z"), ZONE))
                .ids(IdGenerator.uuids()).build();
        crm.org().addDepartment(DepartmentId.of("sales"), "Sales", null, 48);
        for (int t = 0; t < THREADS; t++) {
            crm.org().addManager(ManagerId.of("m" + t), "Manager " + t, null, DepartmentId.of("sales"));
        }
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("worker threads ended").isTrue();
        storage.close();
    }

    @Test
    void twoCallersAcceptingTheSameInquiryKeyAtOnceRecordItOnce() throws Exception {
        long seed = Seeds.seed("twoCallersAcceptingTheSameInquiryKeyAtOnceRecordItOnce", 88L);
        Random r = new Random(seed);
        for (int round = 0; round < inquiryRounds(); round++) {
            String key = "race-" + seed + "-" + round;
            String phone = "+7 912 " + (100 + r.nextInt(900)) + " " + (10 + r.nextInt(90)) + " " + (10 + round % 90);
            int clientsBefore = crm.clients().inScope(Scope.company()).size();
            int interestsBefore = crm.interests().inScope(Scope.company()).size();
            int doneBefore = countDone();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<InquiryResult>> fs = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                ManagerId taker = ManagerId.of("m" + c);
                fs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return crm.inquiries().accept(InquiryRequest.builder(taker, Channel.PHONE).key(key).phone(phone)
                            .name("Caller " + key).note("same call, two screens").build());
                }));
            }
            InquiryResult a = fs.get(0).get(60, TimeUnit.SECONDS);
            InquiryResult b = fs.get(1).get(60, TimeUnit.SECONDS);
            assertThat(b).as("round %d: both callers get the one result", round).isEqualTo(a);
            assertThat(crm.inquiries().findByKey(key)).as("round %d: the inquiry by key", round).isPresent()
                    .get().extracting(q -> q.result()).isEqualTo(a);
            boolean newClient = a.newClient();
            assertThat(crm.clients().inScope(Scope.company())).as("round %d: clients", round)
                    .hasSize(clientsBefore + (newClient ? 1 : 0));
            assertThat(crm.interests().inScope(Scope.company())).as("round %d: interests", round)
                    .hasSize(interestsBefore + (a.newInterest() ? 1 : 0));
            assertThat(countDone()).as("round %d: completed interactions", round).isEqualTo(doneBefore + 1);
            assertThat(crm.interactions().ofClient(a.client())).extracting(x -> x.id()).contains(a.interaction());
        }
    }

    /** Every completed interaction of the company, in one aggregate query. */
    private int countDone() {
        var everyone = crm.context().resolve(Scope.company());
        return storage.reportQueries().touches(everyone, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).values().stream()
                .mapToInt(Long::intValue).sum();
    }

    @Test
    void eightThreadsMovingOneInterestWithVersionsLoseNoUpdateSilently() throws Exception {
        race(true);
    }

    @Test
    void eightThreadsMovingOneInterestWithoutVersionsLoseNoUpdateSilently() throws Exception {
        race(false);
    }

    private void race(boolean withVersion) throws Exception {
        long seed = Seeds.seed("eightThreadsMovingOneInterest(withVersion=" + withVersion + ")", withVersion ? 8L : 9L);
        ClientId client = crm.clients().create(NewClient.organization("Contended LLC", ManagerId.of("m0"))).id();
        InterestId id = crm.interests().open(NewInterest.of(client), ManagerId.of("m0")).id();
        List<String> stages = crm.settings().defaultFunnel().stages().stream().map(s -> s.code()).toList();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicInteger attempts = new AtomicInteger();
        List<Future<int[]>> fs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            ManagerId by = ManagerId.of("m" + t);
            Random r = new Random(Seeds.derive(seed, t));
            Callable<int[]> work = () -> {
                int ok = 0;
                int conflicts = 0;
                int sameStage = 0;
                start.await(10, TimeUnit.SECONDS);
                for (int k = 0; k < attemptsPerThread(); k++) {
                    attempts.incrementAndGet();
                    Interest seen = crm.interests().get(id);
                    String stage;
                    do {
                        stage = stages.get(r.nextInt(stages.size()));
                    } while (stage.equals(seen.currentStage()));
                    try {
                        Interest moved = crm.interests().moveTo(id, withVersion ? seen.version() : InterestService.ANY_VERSION, stage, by);
                        assertThat(moved.currentStage()).isEqualTo(stage);
                        ok++;
                    } catch (ConflictException e) {
                        assertThat(e.code()).isEqualTo("CONFLICT");
                        conflicts++;
                    } catch (InvalidStateException e) {
                        // without a version, another thread may have moved it to this very stage first
                        assertThat(withVersion).as("with version %d of %s read, a concurrent move must be a conflict, not: %s",
                                seen.version(), seen.currentStage(), e.getMessage()).isFalse();
                        assertThat(e.field()).isEqualTo("stage");
                        sameStage++;
                    }
                }
                return new int[] {ok, conflicts, sameStage};
            };
            fs.add(pool.submit(work));
        }
        int ok = 0;
        int conflicts = 0;
        int sameStage = 0;
        Map<String, Integer> okBy = new HashMap<>();
        for (int t = 0; t < THREADS; t++) {
            int[] res = fs.get(t).get(120, TimeUnit.SECONDS);
            ok += res[0];
            conflicts += res[1];
            sameStage += res[2];
            okBy.put("m" + t, res[0]);
        }
        System.out.printf("interest race (withVersion=%s): %d attempts, %d moved, %d conflicts, %d already at stage%n",
                withVersion, attempts.get(), ok, conflicts, sameStage);
        assertThat(ok + conflicts + sameStage).as("every attempt ended in a move or a typed refusal").isEqualTo(attempts.get());
        assertThat(attempts.get()).isEqualTo(THREADS * attemptsPerThread());
        Interest end = crm.interests().get(id);
        List<StageEntry> history = end.history();
        assertThat(history).as("history holds the opening entry and exactly the successful moves").hasSize(1 + ok);
        for (int k = 1; k < history.size(); k++) {
            assertThat(history.get(k).stage()).as("entry %d differs from the one before", k).isNotEqualTo(history.get(k - 1).stage());
        }
        Map<String, Integer> entriesBy = new HashMap<>();
        history.subList(1, history.size()).forEach(e -> entriesBy.merge(e.by().value(), 1, Integer::sum));
        okBy.values().removeIf(v -> v == 0);
        assertThat(entriesBy).as("each thread's successful moves are in the history under its name").isEqualTo(okBy);
        assertThat(end.currentStage()).isEqualTo(history.get(history.size() - 1).stage());
        assertThat(ok).as("some moves went through").isPositive();
    }
}
