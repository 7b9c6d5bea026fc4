package io.crmkit.examples.scenario;

/**
 * A scenario document that is not valid: bad JSON, an unknown reference, a missing required
 * member, a value of the wrong kind or a broken rule. {@link #getMessage()} starts with the JSON
 * path of the offending value, e.g. {@code $.interests[2].lossReason: a LOST interest needs a loss reason}.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String problem;

    /**
     * @param path    the JSON path of the offending value ({@code $} for the document)
     * @param problem what is wrong with it
     */
    public ScenarioException(String path, String problem) {
        super(oneLine(path) + ": " + oneLine(problem));
        this.path = path;
        this.problem = problem;
    }

    /** Escapes control characters, so that a hostile value quoted in the message cannot break it into several lines. */
    private static String oneLine(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The JSON path of the offending value, e.g. {@code $.interests[2].lossReason}. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }
}
