package dev.withheld.codegen.docs;

import dev.withheld.codegen.check.SchemaFile;
import dev.withheld.codegen.check.SchemaLinter;
import dev.withheld.codegen.check.SchemaWorkspace;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

/**
 * The Type column of an event table, in the Matrix spec's words: {@code string}, {@code integer},
 * {@code [string]} for an array, and a link to the object's own table for an object.
 */
final class TypeWords {
    private TypeWords() {
    }

    /**
     * @param objectLink names an object schema's table as a link (given its file and node), or returns {@code null}
     *     when it has none; may itself be {@code null}
     */
    static String of(SchemaWorkspace workspace, SchemaFile file, JsonNode schema, BiFunction<SchemaFile, JsonNode, String> objectLink) {
        return of(workspace, file, schema, objectLink, identitySet());
    }

    private static String of(SchemaWorkspace workspace, SchemaFile file, JsonNode schema, BiFunction<SchemaFile, JsonNode, String> objectLink,
            Set<JsonNode> visited) {
        if (!schema.isObject() || !visited.add(schema)) {
            return "any";
        }
        if (objectLink != null) {
            String link = objectLink.apply(file, schema);
            if (link != null) {
                return link;
            }
        }
        Set<String> types = types(schema);
        if (types.size() == 1 && types.contains("array")) {
            JsonNode items = schema.get("items");
            return "[" + (items == null ? "any" : of(workspace, file, items, objectLink, visited)) + "]";
        }
        if (!types.isEmpty()) {
            return String.join(" or ", types);
        }
        Set<String> valueTypes = new LinkedHashSet<>();
        if (schema.has("const")) {
            valueTypes.add(SchemaLinter.jsonType(schema.get("const")));
        }
        schema.path("enum").forEach(value -> valueTypes.add(SchemaLinter.jsonType(value)));
        if (!valueTypes.isEmpty()) {
            return String.join(" or ", valueTypes);
        }
        if (schema.path("$ref").isString()) {
            return workspace.resolve(file, schema.get("$ref").stringValue())
                    .map(target -> of(workspace, target.file(), target.node(), objectLink, visited))
                    .orElse("any");
        }
        for (String keyword : List.of("oneOf", "anyOf", "allOf")) {
            Set<String> branchTypes = new LinkedHashSet<>();
            for (JsonNode branch : schema.path(keyword)) {
                branchTypes.add(of(workspace, file, branch, objectLink, copy(visited)));
            }
            branchTypes.remove("any");
            if (!branchTypes.isEmpty()) {
                return keyword.equals("allOf") ? branchTypes.iterator().next() : String.join(" or ", branchTypes);
            }
        }
        return schema.has("properties") ? "object" : "any";
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            types.add(type.stringValue());
        } else if (type != null && type.isArray()) {
            type.forEach(each -> types.add(each.asString()));
        }
        return types;
    }

    private static Set<JsonNode> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static Set<JsonNode> copy(Set<JsonNode> visited) {
        Set<JsonNode> copy = identitySet();
        copy.addAll(visited);
        return copy;
    }
}
