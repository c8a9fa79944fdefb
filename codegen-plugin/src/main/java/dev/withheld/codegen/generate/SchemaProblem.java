package dev.withheld.codegen.generate;

import java.nio.file.Path;

/**
 * A mistake in a user's schema, told the way a person needs it: which file, where in it
 * (JSON Pointer, and line and column when known), and what is wrong.
 *
 * <p>This is an expected outcome of bad input, not a bug, so callers print {@link #getMessage()}
 * and no stack trace.
 */
public final class SchemaProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String pointer;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param file the schema file (may be {@code null} when the problem is not tied to one file)
     * @param pointer JSON Pointer inside the file ({@code ""} for the whole document, {@code null} if unknown)
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param reason what is wrong and, where it helps, what to do
     */
    public SchemaProblem(Path file, String pointer, int line, int column, String reason) {
        super(format(file, pointer, line, column, reason));
        this.file = file;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String pointer() {
        return pointer;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    private static String format(Path file, String pointer, int line, int column, String reason) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        if (pointer != null) {
            text.append(pointer.isEmpty() ? "(document root)" : pointer).append(": ");
        }
        return text.append(reason).toString();
    }
}
