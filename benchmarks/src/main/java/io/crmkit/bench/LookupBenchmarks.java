package io.crmkit.bench;

import io.crmkit.inquiry.ClientSearch;
import io.crmkit.inquiry.InquiryService;
import io.crmkit.org.Scope;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.State;

/**
 * Client lookup as accept inquiry does it (the company's clients, by phone as written, by e-mail,
 * by a name fragment), each beside the same lookup in hand-written SQL. Sampled, for p50 and p99;
 * every call looks up another of 64 clients spread over the data set.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LookupBenchmarks {
    /** Which target comes next, per thread. */
    @State(org.openjdk.jmh.annotations.Scope.Thread)
    public static class Cursor {
        int i;

        DataGenerator.LookupTarget next(DbState s) {
            i = (i + 1) % s.targets.length;
            return s.targets[i];
        }
    }

    @Benchmark
    public Object phoneLibrary(DbState s, Cursor c) {
        return s.crm.inquiries().search(ClientSearch.byPhone(c.next(s).phone()), Scope.company());
    }

    @Benchmark
    public Object phoneBaseline(DbState s, Cursor c) {
        return s.base.lookupByPhone(c.next(s).phone());
    }

    @Benchmark
    public Object emailLibrary(DbState s, Cursor c) {
        return s.crm.inquiries().search(ClientSearch.byEmail(c.next(s).email()), Scope.company());
    }

    @Benchmark
    public Object emailBaseline(DbState s, Cursor c) {
        return s.base.lookupByEmail(c.next(s).email());
    }

    @Benchmark
    public Object nameLibrary(DbState s, Cursor c) {
        return s.crm.inquiries().search(ClientSearch.byName(c.next(s).nameFragment()), Scope.company());
    }

    @Benchmark
    public Object nameBaseline(DbState s, Cursor c) {
        return s.base.lookupByName(c.next(s).nameFragment(), InquiryService.NAME_MATCH_LIMIT);
    }
}
