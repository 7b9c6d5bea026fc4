package io.crmkit.testing;

import io.crmkit.internal.Check;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests and demos that stands still until told to move: {@link #set} and
 * {@link #advance}. Like {@link Clock#fixed} but settable, so that one story can span days.
 * Thread-safe.
 */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at {@code start} in {@code zone}. */
    public static TestClock at(Instant start, ZoneId zone) {
        return new TestClock(new AtomicReference<>(Check.notNull("start", start)), Check.notNull("zone", zone));
    }

    /** Moves the clock to {@code moment} (backwards too). */
    public TestClock set(Instant moment) {
        now.set(Check.notNull("moment", moment));
        return this;
    }

    /** Moves the clock forward (or, with a negative duration, back). */
    public TestClock advance(Duration by) {
        Check.notNull("by", by);
        now.updateAndGet(t -> t.plus(by));
        return this;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving clock seen in another zone. */
    @Override
    public Clock withZone(ZoneId z) {
        return new TestClock(now, Check.notNull("zone", z));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestClock c && c.now == now && c.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(now) * 31 + zone.hashCode();
    }

    @Override
    public String toString() {
        return "TestClock[" + now.get() + ", " + zone + "]";
    }
}
