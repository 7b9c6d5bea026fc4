package io.crmkit;

import java.util.Objects;

/**
 * The root of every exception crmkit throws on purpose. Each carries a stable {@link #code()} a
 * program can switch on, the name of the field that was wrong (or {@code null} when the problem
 * is not about one field) and the offending value, rendered safely.
 *
 * <p>Bad input from a caller is reported by {@link InvalidInputException}; an unknown id by
 * {@link NotFoundException}; an operation that the current state forbids by
 * {@link InvalidStateException}; a write that lost a concurrent update by
 * {@link ConflictException}; a failure of the storage or a remote server by
 * {@link StorageException}. An operation that throws any of them has changed nothing.
 */
public abstract class CrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_VALUE_CHARS = 120;

    private final String code;
    private final String field;
    private final String value;

    protected CrmException(String code, String field, Object value, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.value = value == null ? null : render(value);
    }

    /** A stable, machine-readable code such as {@code INVALID_INPUT} or {@code CONFLICT}. */
    public String code() {
        return code;
    }

    /** The name of the field that was wrong, e.g. {@code "interest.stage"}, or {@code null}. */
    public String field() {
        return field;
    }

    /** The offending value, shortened and with control characters escaped, or {@code null}. */
    public String value() {
        return value;
    }

    /**
     * Renders a value for a message: control characters are escaped and long values are cut, so
     * that a hostile value can neither forge log lines nor flood them.
     */
    public static String render(Object value) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_VALUE_CHARS) + 16);
        int i = 0;
        for (; i < s.length() && b.length() < MAX_VALUE_CHARS; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b.length() + 2 > MAX_VALUE_CHARS) {
                    break; // never cut a character in half
                }
                b.append(c).append(s.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(c)) {
                b.append('\ufffd'); // half a character on its own is replaced
            } else {
                b.append(c);
            }
        }
        if (i < s.length()) {
            b.append("…(").append(s.length()).append(" chars)");
        }
        return b.toString();
    }
}
