package dev.withheld.codegen.rules;

import java.util.Locale;

/**
 * Turns schema text into safe Java source text: string literals, Javadoc, identifiers.
 *
 * <p>Everything that comes from a schema is untrusted here: a description containing {@code *}{@code /}
 * or a quote must not be able to end a comment or a literal early.
 */
final class JavaText {

    private JavaText() {
    }

    /** A Java string literal holding exactly {@code text}. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text safe inside a Javadoc comment: no comment terminator, HTML special characters escaped, and
     * no backslash, which the compiler would read as the start of a unicode escape even in a comment.
     */
    static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("\\", "&#92;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;");
    }

    /**
     * An UPPER_SNAKE constant name for an enumeration value, or {@code null} when the value has no
     * letter or digit to build one from.
     */
    static String constantName(String value) {
        StringBuilder out = new StringBuilder();
        boolean pendingUnderscore = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                if (pendingUnderscore && out.length() > 0) {
                    out.append('_');
                }
                pendingUnderscore = false;
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1)) && out.length() > 0) {
                    out.append('_');
                }
                out.append(Character.toUpperCase(c));
            } else {
                pendingUnderscore = true;
            }
        }
        if (out.length() == 0) {
            return null;
        }
        if (Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }
}
