package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.ConflictException;
import io.crmkit.Crm;
import io.crmkit.Storage;
import io.crmkit.catalog.SalesFunnel;
import io.crmkit.client.Client;
import io.crmkit.client.ClientId;
import io.crmkit.client.ClientKind;
import io.crmkit.interest.Interest;
import io.crmkit.interest.InterestId;
import io.crmkit.org.Department;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.Manager;
import io.crmkit.org.ManagerId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight threads move one interest through {@code Crm.interests()} at once, each from the version
 * it read. Every lost update must surface as a {@link ConflictException}: successes + conflicts =
 * attempts, and the stored history holds exactly one entry per success.
 */
class ConcurrentInterestUpdatesTest {
    private static final int THREADS = 8;
    private static final int ATTEMPTS_PER_THREAD = 15;
    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void noUpdateIsSilentlyLost(TestDatabases.Kind kind) throws Exception {
        Storage storage = SharedStorages.fresh(kind);
        ManagerId anna = ManagerId.of("m-anna");
        storage.transactions().run(() -> {
            storage.departments().save(Department.of(DepartmentId.of("d"), "Sales", null, null, 48));
            storage.managers().save(Manager.of(anna, "Anna", null, DepartmentId.of("d")));
            storage.clients().save(Client.create(ClientId.of("c1"), ClientKind.ORGANIZATION, "Romashka", anna, T0));
            storage.interests().save(Interest.open(InterestId.of("i1"), ClientId.of("c1"), null, anna,
                    SalesFunnel.defaultFunnel(), "INQUIRY", null, null, null, T0, anna));
        });
        Crm crm = Crm.builder().storage(storage).clock(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC)).build();
        List<String> stages = SalesFunnel.defaultFunnel().stages().stream().map(s -> s.code()).toList();
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int a = 0; a < ATTEMPTS_PER_THREAD; a++) {
                        Interest seen = crm.interests().get(InterestId.of("i1"));
                        String next = stages.get((stages.indexOf(seen.currentStage()) + 1) % stages.size());
                        try {
                            crm.interests().moveTo(seen.id(), seen.version(), next, anna);
                            successes.incrementAndGet();
                        } catch (ConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Interest last = storage.interests().find(InterestId.of("i1")).orElseThrow();
        System.out.printf("%s: %d moves, %d conflicts%n", kind, successes.get(), conflicts.get());
        assertThat(successes.get() + conflicts.get()).isEqualTo(THREADS * ATTEMPTS_PER_THREAD);
        assertThat(successes.get()).isPositive();
        assertThat(last.history()).hasSize(1 + successes.get());
        assertThat(last.version()).isEqualTo(1 + successes.get());
        for (int k = 1; k < last.history().size(); k++) {
            String before = last.history().get(k - 1).stage();
            assertThat(last.history().get(k).stage()).isEqualTo(stages.get((stages.indexOf(before) + 1) % stages.size()));
        }
    }
}
