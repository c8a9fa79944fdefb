package dev.withheld.codegen.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.withheld.codegen.pointer.JsonPointers;
import java.util.Map;
import java.util.Set;

/**
 * The places of a 2020-12 schema where subschemas sit: the values of {@code properties},
 * {@code $defs} and the like, the members of {@code allOf}, {@code items}, and so on. Walking
 * only these (never {@code const}, {@code enum}, {@code default} or {@code examples} values, never
 * a property that happens to be called {@code $ref}) is what lets a keyword be told from data.
 */
public final class SchemaPositions {

    /** Keywords whose value is one subschema. */
    static final Set<String> SINGLE = Set.of("items", "additionalProperties", "contains", "propertyNames", "if", "then",
            "else", "not", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    /** Keywords whose value is an array of subschemas. */
    static final Set<String> ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose value is an object of named subschemas. */
    static final Set<String> MAPS = Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");

    private SchemaPositions() {
    }

    /** What to do at each schema object; returns what its subschemas are visited with. */
    @FunctionalInterface
    public interface Visitor<C> {
        C visit(ObjectNode schema, String pointer, C context);
    }

    /** Visits {@code schema} (at {@code pointer}) and every subschema below it, parents first. */
    public static <C> void walk(JsonNode schema, String pointer, C context, Visitor<C> visitor) {
        if (!(schema instanceof ObjectNode object)) {
            return; // true, false, or not a schema at all
        }
        C inner = visitor.visit(object, pointer, context);
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            String at = JsonPointers.child(pointer, keyword);
            if (SINGLE.contains(keyword)) {
                walk(value, at, inner, visitor);
            } else if (ARRAYS.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), JsonPointers.child(at, i), inner, visitor);
                }
            } else if (MAPS.contains(keyword) && value.isObject()) {
                for (Map.Entry<String, JsonNode> named : value.properties()) {
                    walk(named.getValue(), JsonPointers.child(at, named.getKey()), inner, visitor);
                }
            }
        }
    }
}
