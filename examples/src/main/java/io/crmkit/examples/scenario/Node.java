package io.crmkit.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A JSON value together with its JSON path, with typed accessors that fail with a
 * {@link ScenarioException} naming that path. A member that is absent and a member that is
 * {@code null} are treated alike: both are "not given".
 */
final class Node {
    private final JsonNode json;
    private final String path;

    Node(JsonNode json, String path) {
        this.json = json;
        this.path = path;
    }

    static Node root(JsonNode json) {
        return new Node(json, "$");
    }

    String path() {
        return path;
    }

    JsonNode json() {
        return json;
    }

    ScenarioException error(String problem) {
        return new ScenarioException(path, problem);
    }

    private String child(String member) {
        return path + "." + member;
    }

    /** Fails unless this is an object whose members are all in {@code allowed}. */
    Node object(Set<String> allowed) {
        if (!json.isObject()) {
            throw error("must be an object, not " + kind(json));
        }
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new ScenarioException(child(n), "is not a member this object may have (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    boolean has(String member) {
        JsonNode v = json.get(member);
        return v != null && !v.isNull();
    }

    /** The member, or a failure saying it is required. */
    Node req(String member) {
        JsonNode v = json.get(member);
        if (v == null || v.isNull()) {
            throw new ScenarioException(child(member), "is required");
        }
        return new Node(v, child(member));
    }

    /** The member, or {@code null} when absent or {@code null}. */
    Node opt(String member) {
        JsonNode v = json.get(member);
        return v == null || v.isNull() ? null : new Node(v, child(member));
    }

    List<Node> array() {
        if (!json.isArray()) {
            throw error("must be an array, not " + kind(json));
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(json.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** The elements of an optional array member; empty when absent. */
    List<Node> optArray(String member) {
        Node n = opt(member);
        return n == null ? List.of() : n.array();
    }

    String text() {
        if (!json.isTextual()) {
            throw error("must be a string, not " + kind(json));
        }
        return json.asText();
    }

    /** A non-blank string. */
    String nonBlank() {
        String s = text();
        if (s.isBlank()) {
            throw error("must not be blank");
        }
        return s;
    }

    String reqText(String member) {
        return req(member).nonBlank();
    }

    String optText(String member) {
        Node n = opt(member);
        return n == null ? null : n.text();
    }

    int integer() {
        if (!json.isIntegralNumber() || !json.canConvertToInt()) {
            throw error("must be a whole number, not " + kind(json));
        }
        return json.intValue();
    }

    boolean bool() {
        if (!json.isBoolean()) {
            throw error("must be true or false, not " + kind(json));
        }
        return json.booleanValue();
    }

    /** A moment written ISO-8601 with an offset, e.g. {@code 2026-03-13T17:00:00+03:00}. */
    Instant instant() {
        String s = text();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw error("must be a moment with an offset like 2026-03-13T17:00:00+03:00, not \"" + s + "\"");
        }
    }

    Instant reqInstant(String member) {
        return req(member).instant();
    }

    Instant optInstant(String member) {
        Node n = opt(member);
        return n == null ? null : n.instant();
    }

    /** A date written {@code 2026-03-13}. */
    LocalDate date() {
        String s = text();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw error("must be a date like 2026-03-13, not \"" + s + "\"");
        }
    }

    LocalDate reqDate(String member) {
        return req(member).date();
    }

    LocalDate optDate(String member) {
        Node n = opt(member);
        return n == null ? null : n.date();
    }

    /** A decimal amount written as a string, e.g. {@code "150000.00"}. */
    BigDecimal decimal() {
        String s = text();
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw error("must be a decimal number written as a string like \"150000.00\", not \"" + s + "\"");
        }
    }

    /** One of the names of {@code type}, exactly as written. */
    <E extends Enum<E>> E enumValue(Class<E> type) {
        String s = text();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw error("must be one of " + String.join(", ", names) + ", not \"" + s + "\"");
    }

    static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
