package dev.withheld.codegen.check;

import dev.withheld.codegen.pointer.JsonPointers;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * Visits every subschema of a document, so that rules look at keywords only where they are
 * keywords: the names under {@code properties} or {@code $defs} and the values under
 * {@code enum} or {@code examples} are not. Unknown keywords are not entered, because nobody
 * knows what their values mean.
 */
public final class SubschemaWalker {
    private SubschemaWalker() {
    }

    /** Visits the root and every subschema below it, parents before children. */
    public static void walk(JsonNode root, Consumer<Subschema> visitor) {
        visit(new Subschema("", root, null, null), visitor);
    }

    private static void visit(Subschema schema, Consumer<Subschema> visitor) {
        visitor.accept(schema);
        JsonNode node = schema.node();
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            String at = JsonPointers.child(schema.pointer(), keyword);
            if (Keywords.SCHEMA_MAPS.contains(keyword) && value.isObject()) {
                for (Map.Entry<String, JsonNode> named : value.properties()) {
                    child(schema, JsonPointers.child(at, named.getKey()), named.getValue(), keyword, visitor);
                }
            } else if ((Keywords.SCHEMA_ARRAYS.contains(keyword) || keyword.equals("items")) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    child(schema, JsonPointers.child(at, i), value.get(i), keyword, visitor);
                }
            } else if (Keywords.SCHEMA_VALUES.contains(keyword)) {
                child(schema, at, value, keyword, visitor);
            }
        }
    }

    private static void child(Subschema parent, String pointer, JsonNode node, String keyword, Consumer<Subschema> visitor) {
        if (node.isObject() || node.isBoolean()) {
            visit(new Subschema(pointer, node, parent, keyword), visitor);
        }
    }
}
