package dev.withheld.schema;

import java.util.SortedSet;

import tools.jackson.databind.JsonNode;

/**
 * One case of a {@link Suite}: an instance and the verdict the target schema must give it.
 *
 * @param description what the case shows; unique within its suite
 * @param valid whether the instance must be accepted
 * @param data the instance (any JSON value, {@code null} included)
 * @param pointers for an invalid case, the normalised set of instance locations that are wrong
 *     (see {@link InstanceLocations}); empty for a valid case
 */
record SuiteCase(String description, boolean valid, JsonNode data, SortedSet<String> pointers) {
}
