package dev.withheld.codegen.check;

import java.util.SortedSet;

import tools.jackson.databind.JsonNode;

/**
 * One case of a {@link Suite}.
 *
 * @param index its position in the suite's {@code cases} array (0-based), for pointers into the file
 * @param description what the case shows; unique within its suite
 * @param valid whether the instance must be accepted
 * @param data the instance (any JSON value, {@code null} included)
 * @param pointers for an invalid case, the instance locations that must be reported (see {@link InstanceLocations})
 */
public record SuiteCase(int index, String description, boolean valid, JsonNode data, SortedSet<String> pointers) {

    /** The JSON Pointer of the case inside its suite file. */
    public String pointer() {
        return "/cases/" + index;
    }
}
