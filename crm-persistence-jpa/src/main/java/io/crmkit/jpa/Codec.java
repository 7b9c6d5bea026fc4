package io.crmkit.jpa;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a list of records of string fields into one text column and back. Records are separated
 * by U+001E, fields by U+001F; a backslash escapes those two, itself, and marks a null field
 * ({@code \0}); a leading {@code #} tells one empty record from none. Used for the address, attachment and reference lists of letters, which are always
 * read and written whole.
 */
final class Codec {
    private static final char RS = '\u001e';
    private static final char US = '\u001f';

    private Codec() {
    }

    static String encode(List<List<String>> records) {
        if (records.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("#");
        for (int r = 0; r < records.size(); r++) {
            if (r > 0) {
                b.append(RS);
            }
            List<String> fields = records.get(r);
            for (int f = 0; f < fields.size(); f++) {
                if (f > 0) {
                    b.append(US);
                }
                String v = fields.get(f);
                if (v == null) {
                    b.append("\\0");
                    continue;
                }
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    switch (c) {
                        case '\\' -> b.append("\\\\");
                        case RS -> b.append("\\r");
                        case US -> b.append("\\u");
                        default -> b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static List<List<String>> decode(String text) {
        List<List<String>> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        text = text.substring(1);
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean isNull = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                switch (n) {
                    case 'r' -> cur.append(RS);
                    case 'u' -> cur.append(US);
                    case '0' -> isNull = true;
                    default -> cur.append(n);
                }
            } else if (c == US || c == RS) {
                fields.add(isNull ? null : cur.toString());
                cur.setLength(0);
                isNull = false;
                if (c == RS) {
                    out.add(fields);
                    fields = new ArrayList<>();
                }
            } else {
                cur.append(c);
            }
        }
        fields.add(isNull ? null : cur.toString());
        out.add(fields);
        return out;
    }
}
