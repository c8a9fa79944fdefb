package dev.withheld.codegen.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * When each property of an object schema is required, derived from the keywords: {@code required},
 * {@code required} inside {@code then}/{@code else} (under the {@code if}'s condition, in words),
 * {@code dependentRequired}, and the same inside {@code allOf} members and {@code $ref} targets.
 *
 * <p>This is what the docs print ("Required if `code` is not `m.no_olm`.") and what the
 * {@code lint/requirement-prose} rule compares descriptions with. Prose is never read.
 */
public final class Requirements {
    private Requirements() {
    }

    /**
     * How a property is required.
     *
     * @param always required whatever the instance holds
     * @param conditions otherwise, each condition under which it is required (any one suffices)
     */
    public record Requirement(boolean always, List<String> conditions) {

        /** {@code Required.} or {@code Required if `code` is not `m.no_olm`.} */
        public String sentence() {
            return always ? "Required." : "Required if " + String.join(", or if ", conditions) + ".";
        }
    }

    /** The requirement of every property that is required at all, in the order the schema first names them. */
    public static Map<String, Requirement> of(SchemaWorkspace workspace, SchemaFile file, JsonNode schema, String pointer) {
        Map<String, Accumulator> found = new LinkedHashMap<>();
        collect(workspace, file, schema, pointer, List.of(), found, new HashSet<>());
        Map<String, Requirement> result = new LinkedHashMap<>();
        found.forEach((name, accumulator) -> result.put(name, accumulator.always
                ? new Requirement(true, List.of())
                : new Requirement(false, List.copyOf(accumulator.conditions))));
        return result;
    }

    private static void collect(SchemaWorkspace workspace, SchemaFile file, JsonNode schema, String pointer, List<String> conditions,
            Map<String, Accumulator> found, Set<String> visited) {
        if (!schema.isObject() || !visited.add(file.id() + "#" + pointer + "|" + conditions)) {
            return;
        }
        for (JsonNode name : schema.path("required")) {
            if (name.isString()) {
                add(found, name.stringValue(), conditions);
            }
        }
        for (Map.Entry<String, JsonNode> dependency : schema.path("dependentRequired").properties()) {
            for (JsonNode name : dependency.getValue()) {
                if (name.isString()) {
                    add(found, name.stringValue(), and(conditions, ConditionWords.code(dependency.getKey()) + " is present"));
                }
            }
        }
        if (schema.has("if")) {
            ConditionWords.Condition condition = ConditionWords.of(schema.get("if"), pointer + "/if");
            if (schema.has("then")) {
                collect(workspace, file, schema.get("then"), pointer + "/then", and(conditions, condition.holds()), found, visited);
            }
            if (schema.has("else")) {
                collect(workspace, file, schema.get("else"), pointer + "/else", and(conditions, condition.fails()), found, visited);
            }
        }
        JsonNode allOf = schema.path("allOf");
        for (int i = 0; i < allOf.size(); i++) {
            collect(workspace, file, allOf.get(i), pointer + "/allOf/" + i, conditions, found, visited);
        }
        if (schema.path("$ref").isString()) {
            workspace.resolve(file, schema.get("$ref").stringValue()).ifPresent(target ->
                    collect(workspace, target.file(), target.node(), target.pointer(), conditions, found, visited));
        }
    }

    private static List<String> and(List<String> conditions, String condition) {
        List<String> all = new ArrayList<>(conditions);
        all.add(condition);
        return all;
    }

    private static void add(Map<String, Accumulator> found, String name, List<String> conditions) {
        Accumulator accumulator = found.computeIfAbsent(name, n -> new Accumulator());
        if (conditions.isEmpty()) {
            accumulator.always = true;
        } else {
            accumulator.conditions.add(String.join(" and ", conditions));
        }
    }

    private static final class Accumulator {
        private boolean always;
        private final Set<String> conditions = new LinkedHashSet<>();
    }
}
