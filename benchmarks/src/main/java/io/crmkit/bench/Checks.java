package io.crmkit.bench;

/** Checks that a baseline computed the very numbers the library did; a benchmark of a wrong answer is worthless. */
public final class Checks {
    private Checks() {
    }

    /** Thrown when a baseline's numbers differ from the library's. */
    public static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message);
        }
    }

    /**
     * @throws Mismatch naming the measurement and both values when they differ
     */
    public static void same(String what, Object library, Object baseline) {
        if (!library.equals(baseline)) {
            String l = String.valueOf(library);
            String b = String.valueOf(baseline);
            int i = 0;
            while (i < Math.min(l.length(), b.length()) && l.charAt(i) == b.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 200);
            throw new Mismatch(what + ": the baseline's numbers differ from the library's at character " + i
                    + "\n  library:  …" + l.substring(from, Math.min(l.length(), i + 200))
                    + "\n  baseline: …" + b.substring(from, Math.min(b.length(), i + 200)));
        }
    }
}
