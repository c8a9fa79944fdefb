package dev.withheld.codegen.check;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem the check found, told where it is and why.
 *
 * @param file the schema or suite file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param pointer JSON Pointer inside the file ({@code ""} is the whole document)
 * @param rule the rule that found it; its id and severity go into every report
 * @param message what is wrong, in the words of the spec, with a suggestion where one helps
 */
public record Finding(Path file, int line, int column, String pointer, CheckRule rule, String message) {

    /** Reading order: by file, then line, column and pointer. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().toString())
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::pointer)
            .thenComparing(f -> f.rule().id());

    public Severity severity() {
        return rule.severity();
    }

    /** {@code file:line:column} as compilers print it, with the file relative to {@code base} where possible. */
    public String location(Path base) {
        StringBuilder text = new StringBuilder(display(file, base));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }

    /**
     * The finding on one line: {@code schemas/a.schema.json:9:19: error [lint/unknown-keyword] /properties/x/requried: message}.
     */
    public String format(Path base) {
        return location(base) + ": " + severity().label() + " [" + rule.id() + "] "
                + (pointer.isEmpty() ? "(document root)" : pointer) + ": " + message;
    }

    /** A path relative to {@code base} when it lies below it, with {@code /} separators. */
    public static String display(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        if (base != null) {
            Path root = base.toAbsolutePath().normalize();
            if (absolute.startsWith(root) && !absolute.equals(root)) {
                return root.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return absolute.toString();
    }
}
