package dev.withheld.codegen.check;

import tools.jackson.databind.JsonNode;

/**
 * A subschema found by {@link SubschemaWalker}: where it is and how it was reached.
 *
 * @param pointer its JSON Pointer in the file
 * @param node the subschema (an object or a boolean)
 * @param parent the schema that holds it, {@code null} for the document root
 * @param keyword the parent's keyword that holds it ({@code properties}, {@code allOf}, {@code then}...), {@code null} for the root
 */
public record Subschema(String pointer, JsonNode node, Subschema parent, String keyword) {

    /** Whether this subschema applies to the same instance as its parent (allOf, if, then, else...). */
    public boolean inPlace() {
        return keyword != null && Keywords.IN_PLACE.contains(keyword);
    }
}
