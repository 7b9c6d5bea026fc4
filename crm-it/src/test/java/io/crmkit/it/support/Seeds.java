package io.crmkit.it.support;

/**
 * Seeds of the randomized tests. Each test has a fixed default seed so that CI is repeatable; the
 * system property {@code crmkit.seed} replaces it to replay a failure or explore new cases, e.g.
 * {@code mvn -B -pl crm-it -am verify -Dtest=InMemoryScopeFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrmkit.seed=42 -Dcrmkit.datasets=1}.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed to use: {@code -Dcrmkit.seed} when given, else the test's fixed default. Printed. */
    public static long seed(String test, long fixedDefault) {
        String s = System.getProperty("crmkit.seed");
        long seed = s == null || s.isBlank() ? fixedDefault : Long.parseLong(s.strip());
        System.out.println(test + ": seed " + seed + " (replay with -Dcrmkit.seed=" + seed + ")");
        return seed;
    }

    /** An int system property with a default, for case counts. */
    public static int count(String property, int fixedDefault) {
        String s = System.getProperty(property);
        return s == null || s.isBlank() ? fixedDefault : Integer.parseInt(s.strip());
    }

    /** The seed of the {@code i}-th data set derived from a run seed; data set 0 has the run seed itself. */
    public static long derive(long seed, int i) {
        return seed + i * 0x9E3779B97F4A7C15L;
    }
}
