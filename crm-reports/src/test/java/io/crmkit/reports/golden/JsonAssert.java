package io.crmkit.reports.golden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Compares report JSON with an expected document: every member of the expected document must be
 * present with an equal value (objects recursively; arrays element by element with the same length);
 * the actual document may carry more members. Numbers compare by value (0.5 equals 0.50).
 */
public final class JsonAssert {
    private static final ObjectMapper M = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonAssert() {
    }

    public static JsonNode parse(String json) {
        try {
            return M.readTree(json.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad expected JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Expected JSON may use single quotes for readability. */
    public static void assertJson(JsonNode actual, String expected) {
        JsonNode a;
        try {
            a = M.readTree(M.writeValueAsString(actual));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        compare("$", a, parse(expected), a);
    }

    private static void compare(String path, JsonNode actual, JsonNode expected, JsonNode root) {
        if (actual == null) {
            throw fail(path, "is missing", root);
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                throw fail(path, "expected an object, got " + actual, root);
            }
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                compare(path + "." + e.getKey(), actual.get(e.getKey()), e.getValue(), root);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                throw fail(path, "expected " + expected + ", got " + actual, root);
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", actual.get(i), expected.get(i), root);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || actual.decimalValue().compareTo(expected.decimalValue()) != 0) {
                throw fail(path, "expected " + expected + ", got " + actual, root);
            }
        } else if (!expected.equals(actual)) {
            throw fail(path, "expected " + expected + ", got " + actual, root);
        }
    }

    private static AssertionFailedError fail(String path, String problem, JsonNode root) {
        return new AssertionFailedError(path + ": " + problem + "\nin " + root.toPrettyString());
    }
}
