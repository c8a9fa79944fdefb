package dev.withheld.codegen.docs;

import java.util.Locale;

/** Small Markdown helpers: table cells, inline code and GitHub heading anchors. */
final class Markdown {
    private Markdown() {
    }

    /** Text made safe for one table cell: no line breaks, {@code |} escaped. */
    static String cell(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("|", "\\|").trim();
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT).replace("`", "");
        StringBuilder anchor = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.append(c);
            } else if (c == ' ') {
                anchor.append('-');
            }
        }
        return anchor.toString();
    }

    /** A link to a heading of the same document. */
    static String link(String heading) {
        return "[" + heading + "](#" + anchor(heading) + ")";
    }
}
