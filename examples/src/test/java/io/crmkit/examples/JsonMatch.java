package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Compares an expected JSON tree with an actual one as SCENARIO.md asks: every member the expected
 * object lists must be present with an equal value (the actual one may carry more members);
 * arrays must have the same elements in the same order; numbers are compared by value
 * ({@code 1} equals {@code 1.0}).
 */
public final class JsonMatch {
    private JsonMatch() {
    }

    /** The first difference as "path: expected … but was …", or {@code null} when {@code actual} matches. */
    public static String difference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual != null && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
                    : path + ": expected " + expected + " but was " + actual;
        }
        if (actual == null || expected.getNodeType() != actual.getNodeType()) {
            return path + ": expected " + expected + " but was " + (actual == null ? "missing" : actual.toString());
        }
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                String d = difference(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return path + ": expected " + expected.size() + " elements " + expected + " but was " + actual.size() + " " + actual;
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = difference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + " but was " + actual;
    }
}
