package dev.withheld.codegen.compat;

/**
 * Where a change is written: a document of the previous or the current revision, the JSON Pointer
 * inside it, and its line and column (0 when unknown).
 */
public record Location(Side side, String document, String pointer, int line, int column) {

    /** Which revision a location belongs to. */
    public enum Side {
        PREVIOUS, CURRENT;

        public String id() {
            return this == PREVIOUS ? "previous" : "current";
        }
    }

    /** For example {@code content.schema.json:71:5#/else/required}, prefixed with "previous " for the old revision. */
    public String display() {
        StringBuilder text = new StringBuilder();
        if (side == Side.PREVIOUS) {
            text.append("previous ");
        }
        text.append(document);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append('#').append(pointer).toString();
    }
}
