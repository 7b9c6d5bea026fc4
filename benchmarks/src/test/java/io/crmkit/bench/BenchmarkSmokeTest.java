package io.crmkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.client.Client;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark harness compiling and runnable: the TINY size, one run of each measurement,
 * asserting only that figures come out and that every baseline computed the library's numbers
 * (the harness throws {@link Checks.Mismatch} otherwise). Speed is never asserted here.
 */
class BenchmarkSmokeTest {
    private static final long SEED = DataGenerator.DEFAULT_SEED;

    @Test
    void theGeneratorIsDeterministicForASeed() {
        System.out.println("seed " + SEED);
        DataGenerator a = DataGenerator.create(Size.TINY, SEED);
        DataGenerator b = DataGenerator.create(Size.TINY, SEED);
        for (int k = 0; k < Size.TINY.clients(); k += 37) {
            Client ca = a.client(k);
            assertThat(ca).isEqualTo(b.client(k));
        }
        assertThat(a.interest(123)).isEqualTo(b.interest(123));
        assertThat(a.interaction(2_345)).isEqualTo(b.interaction(2_345));
        assertThat(DataGenerator.create(Size.TINY, SEED + 1).client(5)).isNotEqualTo(a.client(5));
        ListSink lists = new ListSink();
        DataGenerator.Counts counts = a.writeTo(lists);
        assertThat(counts.clients()).isEqualTo(Size.TINY.clients());
        assertThat(counts.interests()).isEqualTo(Size.TINY.interests());
        assertThat(counts.interactions()).isEqualTo(Size.TINY.interactions());
        assertThat(counts.managers()).isEqualTo(Size.TINY.managers());
        assertThat(lists.committed()).isEqualTo(counts.records());
    }

    @Test
    void everyMeasurementProducesAFigureWithEqualNumbers() {
        System.out.println("seed " + SEED);
        ResultTable table = BenchMain.run(BenchMain.Options.parse("--sizes", "TINY", "--stores", "memory,h2",
                "--seed", Long.toString(SEED), "--quick"));
        assertThat(table.problems()).as("mismatches between a baseline and the library, or failed parts").isEmpty();
        List<Figure> figures = table.figures();
        assertThat(figures).filteredOn(f -> f.store().equals("memory")).extracting(Figure::what)
                .anyMatch(w -> w.startsWith("funnel"))
                .anyMatch(w -> w.startsWith("automotivator"));
        assertThat(figures).filteredOn(f -> f.store().equals("h2")).extracting(Figure::section)
                .contains("import", "report", "lookup", "screen");
        // the four reports against their GROUP BY baselines, and three informational rows (baseline + what the report lists)
        assertThat(figures).filteredOn(f -> f.store().equals("h2") && f.section().equals("report") && f.met() != null)
                .hasSize(4);
        assertThat(figures).filteredOn(f -> f.store().equals("h2") && f.section().equals("report") && f.met() == null)
                .extracting(Figure::what).hasSize(3).allMatch(w -> w.contains("informational"));
        assertThat(figures).filteredOn(f -> f.store().equals("h2") && f.section().equals("lookup")).hasSize(6);
        assertThat(figures).filteredOn(f -> f.store().equals("h2") && f.section().equals("screen")).hasSize(3);
        assertThat(figures).allMatch(f -> f.library() > 0 && f.baseline() > 0, "every figure has both values");
        assertThat(table.markdown()).contains("| in-memory | memory | TINY |").contains("| report | h2 | TINY |");
    }
}
