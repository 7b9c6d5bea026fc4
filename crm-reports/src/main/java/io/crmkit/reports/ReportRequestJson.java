package io.crmkit.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.InvalidInputException;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads one element of a scenario's {@code reports} list into a {@link ReportRequest}. Every
 * problem is an {@link InvalidInputException} whose field is the JSON path of the offending member,
 * e.g. {@code reports[2].scope.department}.
 *
 * <pre>{@code
 * ReportRequest r = ReportRequestJson.parse(doc.get("reports").get(0), "reports[0]");
 * JsonNode out = Reports.of(crm).run(r, now, zone);
 * }</pre>
 */
public final class ReportRequestJson {
    private ReportRequestJson() {
    }

    /**
     * Parses a report request.
     *
     * @param path the JSON path of {@code node}, used in error messages
     * @throws InvalidInputException for a missing {@code name} or {@code type}, an unknown type or
     *         variant, a malformed date or scope, or a value of the wrong kind
     */
    public static ReportRequest parse(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(path, node, "must be an object");
        }
        String name = text(node, path, "name", true);
        ReportType type = enumOf(ReportType.class, text(node, path, "type", true), path + ".type");
        Scope scope = node.hasNonNull("scope") ? scope(node.get("scope"), path + ".scope") : null;
        String variant = text(node, path, "variant", false);
        return new ReportRequest(name, type, scope, date(node, path, "from"), date(node, path, "to"),
                text(node, path, "funnel", false),
                variant == null ? null : enumOf(ControlVariant.class, variant, path + ".variant"),
                text(node, path, "priceType", false), date(node, path, "date"),
                list(node, path, "groups", ProductGroupId::of), list(node, path, "products", ProductId::of),
                id(node, path, "manager", ManagerId::of), text(node, path, "phone", false), text(node, path, "email", false),
                text(node, path, "nameLike", false));
    }

    /**
     * Parses a scope: {@code {"manager": ID}}, {@code {"department": ID}} or {@code {"company": true}}.
     *
     * @throws InvalidInputException for anything else
     */
    public static Scope scope(JsonNode node, String path) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new InvalidInputException(path, node, "must be {\"manager\": ID}, {\"department\": ID} or {\"company\": true}");
        }
        if (node.has("manager")) {
            return Scope.own(id(node, path, "manager", ManagerId::of));
        }
        if (node.has("department")) {
            return Scope.department(id(node, path, "department", DepartmentId::of));
        }
        JsonNode c = node.get("company");
        if (c != null && c.isBoolean() && c.booleanValue()) {
            return Scope.company();
        }
        throw new InvalidInputException(path, node, "must be {\"manager\": ID}, {\"department\": ID} or {\"company\": true}");
    }

    private static String text(JsonNode node, String path, String member, boolean required) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidInputException(path + "." + member, null, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException(path + "." + member, v, "must be a string");
        }
        return v.textValue();
    }

    private static <T> T id(JsonNode node, String path, String member, Function<String, T> make) {
        String s = text(node, path, member, false);
        if (s == null) {
            return null;
        }
        try {
            return make.apply(s);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + "." + member, s, "is not a valid id");
        }
    }

    private static LocalDate date(JsonNode node, String path, String member) {
        String s = text(node, path, member, false);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(path + "." + member, s, "must be a date like 2026-03-13");
        }
    }

    private static <T> List<T> list(JsonNode node, String path, String member, Function<String, T> make) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidInputException(path + "." + member, v, "must be a list of ids");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String p = path + "." + member + "[" + i + "]";
            if (!e.isTextual()) {
                throw new InvalidInputException(p, e, "must be a string id");
            }
            try {
                out.add(make.apply(e.textValue()));
            } catch (InvalidInputException ex) {
                throw new InvalidInputException(p, e.textValue(), "is not a valid id");
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path, value, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
