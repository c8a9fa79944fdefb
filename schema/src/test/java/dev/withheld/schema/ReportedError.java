package dev.withheld.schema;

import java.util.List;

/**
 * One error as a validator implementation reports it, reduced to what the suites compare.
 *
 * @param instanceLocation the JSON Pointer of the instance location the implementation reports
 * @param missingProperties for a {@code required} error, the members that are absent (the
 *     implementation reports the error at their parent); empty for any other keyword
 * @param message the implementation's own words, kept for failure messages
 */
record ReportedError(String instanceLocation, List<String> missingProperties, String message) {
    ReportedError {
        missingProperties = List.copyOf(missingProperties);
    }
}
