package dev.withheld.schema;

import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * What an implementation says about one instance: valid or not, where it is wrong, and in its own words.
 *
 * @param valid whether the instance was accepted
 * @param pointers the normalised instance locations of the errors ({@link InstanceLocations})
 * @param errors the raw errors, for failure messages
 */
record Verdict(boolean valid, SortedSet<String> pointers, List<ReportedError> errors) {

    static Verdict of(boolean valid, List<ReportedError> errors) {
        return new Verdict(valid, InstanceLocations.of(errors), List.copyOf(errors));
    }

    /** The raw errors, one a line: {@code <instance location>: <message>}. */
    String rawMessages() {
        if (errors.isEmpty()) {
            return "    (none)";
        }
        return errors.stream()
                .map(error -> "    " + (error.instanceLocation().isEmpty() ? "(root)" : error.instanceLocation()) + ": " + error.message())
                .collect(Collectors.joining("\n"));
    }
}
