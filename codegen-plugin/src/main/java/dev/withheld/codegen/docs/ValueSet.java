package dev.withheld.codegen.docs;

import dev.withheld.codegen.check.SchemaFile;
import dev.withheld.codegen.check.SchemaWorkspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The values a property allows, as the docs list them: from {@code const}, {@code enum}, and
 * {@code oneOf}/{@code anyOf} of {@code const} branches (each with its own description), following
 * {@code $ref}. A branch that is not a value (the open-enum idiom's {@code {"type": "string"}},
 * or a pattern such as a namespaced custom code) makes the set open and is described in words.
 *
 * @param values the listed values, in schema order
 * @param others what else is allowed ("any other string", "a custom withheld code"); empty for a closed set
 */
record ValueSet(List<Value> values, List<Other> others) {

    /**
     * @param label what else is allowed, in words: "any other string", or the branch's title
     * @param description the branch's description, or {@code null}
     */
    record Other(String label, String description) {
    }

    /**
     * @param value the JSON value
     * @param description its meaning, from the branch's {@code description}, or {@code null}
     */
    record Value(JsonNode value, String description) {
    }

    boolean closed() {
        return others.isEmpty();
    }

    boolean described() {
        return values.stream().anyMatch(v -> v.description() != null);
    }

    /** The value set of a subschema, or empty when it lists no values. */
    static Optional<ValueSet> of(SchemaWorkspace workspace, SchemaFile file, JsonNode schema) {
        return collect(workspace, file, schema, false, identitySet());
    }

    private static Optional<ValueSet> collect(SchemaWorkspace workspace, SchemaFile file, JsonNode schema, boolean inBranch, Set<JsonNode> visited) {
        if (!schema.isObject() || !visited.add(schema)) {
            return Optional.empty();
        }
        if (schema.has("const")) {
            return Optional.of(new ValueSet(List.of(new Value(schema.get("const"), inBranch ? text(schema, "description") : null)), List.of()));
        }
        if (schema.path("enum").isArray()) {
            List<Value> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(new Value(value, null)));
            return Optional.of(new ValueSet(values, List.of()));
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            if (schema.path(keyword).isArray()) {
                List<Value> values = new ArrayList<>();
                List<Other> others = new ArrayList<>();
                for (JsonNode branch : schema.get(keyword)) {
                    Resolved resolved = resolve(workspace, file, branch);
                    Optional<ValueSet> inner = collect(workspace, resolved.file(), resolved.node(), true, visited);
                    if (inner.isPresent()) {
                        values.addAll(inner.get().values());
                        others.addAll(inner.get().others());
                    } else {
                        others.add(describeOther(workspace, resolved.file(), resolved.node()));
                    }
                }
                if (!values.isEmpty()) {
                    return Optional.of(new ValueSet(values, others));
                }
            }
        }
        if (schema.path("$ref").isString()) {
            return workspace.resolve(file, schema.get("$ref").stringValue())
                    .flatMap(target -> collect(workspace, target.file(), target.node(), inBranch, visited));
        }
        return Optional.empty();
    }

    private record Resolved(SchemaFile file, JsonNode node) {
    }

    /** A branch that is only a {@code $ref} stands for its target. */
    private static Resolved resolve(SchemaWorkspace workspace, SchemaFile file, JsonNode branch) {
        if (branch.isObject() && branch.path("$ref").isString() && branch.size() == 1) {
            return workspace.resolve(file, branch.get("$ref").stringValue())
                    .map(target -> new Resolved(target.file(), target.node()))
                    .orElse(new Resolved(file, branch));
        }
        return new Resolved(file, branch);
    }

    private static Other describeOther(SchemaWorkspace workspace, SchemaFile file, JsonNode branch) {
        String title = text(branch, "title");
        String description = text(branch, "description");
        if (title != null) {
            String article = "aeiou".indexOf(Character.toLowerCase(title.charAt(0))) >= 0 ? "an " : "a ";
            return new Other(article + lowerFirst(title), description);
        }
        String type = TypeWords.of(workspace, file, branch, null);
        return new Other("any other " + ("any".equals(type) ? "value" : type), description);
    }

    private static String text(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.isString() && !value.stringValue().isBlank() ? value.stringValue().trim() : null;
    }

    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }


    private static Set<JsonNode> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
