package dev.withheld.schema;

import java.util.List;

/** A suite file that does not follow the suite format; the message lists every problem found. */
final class MalformedSuiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    MalformedSuiteException(String file, List<String> problems) {
        super("suite " + file + " is malformed:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
