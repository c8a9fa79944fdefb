package dev.withheld.codegen.check;

import com.networknt.schema.Error;
import dev.withheld.codegen.pointer.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lint rules: mistakes that a meta-schema lets through because the schema is still valid,
 * only not what its author meant (a misspelled keyword is ignored, an {@code if} without
 * {@code then} does nothing, an enum value of the wrong type can never match...).
 */
public final class SchemaLinter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern REQUIREMENT_PROSE = Pattern.compile("^(required|optional)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> REPLACEMENTS = Map.of(
            "dependencies", "dependentRequired or dependentSchemas",
            "additionalItems", "items (with prefixItems for the leading items)",
            "$recursiveRef", "$dynamicRef",
            "$recursiveAnchor", "$dynamicAnchor",
            "id", "$id");

    private final SchemaWorkspace workspace;
    private final OfflineValidator validator;

    public SchemaLinter(SchemaWorkspace workspace, OfflineValidator validator) {
        this.workspace = workspace;
        this.validator = validator;
    }

    /**
     * What linting one file gave.
     *
     * @param findings every finding, before annotations are applied
     * @param ignores the file's {@value LintIgnores#KEYWORD} annotations
     */
    public record Result(List<Finding> findings, LintIgnores ignores) {
    }

    public Result lint(SchemaFile file) {
        List<Finding> findings = new ArrayList<>();
        LintIgnores ignores = new LintIgnores();
        boolean latestDraft = file.dialect() == null || file.dialect().startsWith("https://json-schema.org/draft/2020-12/");
        SubschemaWalker.walk(file.document(), schema -> {
            if (!schema.node().isObject()) {
                return;
            }
            ignores.collect(workspace, file.path(), schema, findings);
            unknownKeywords(file, schema, latestDraft, findings);
            undeclaredRequired(file, schema, findings);
            conditionalBranches(file, schema, findings);
            valueTypes(file, schema, findings);
            examplesAndDefault(file, schema, findings);
            ifPropertyNotRequired(file, schema, findings);
            missingDescriptions(file, schema, findings);
            requirementProse(file, schema, findings);
        });
        return new Result(findings, ignores);
    }

    // lint/unknown-keyword ----------------------------------------------------------------------

    private void unknownKeywords(SchemaFile file, Subschema schema, boolean latestDraft, List<Finding> findings) {
        Set<String> known = latestDraft ? Keywords.DRAFT_2020_12 : Keywords.ANY_DRAFT;
        for (String keyword : schema.node().propertyNames()) {
            if (known.contains(keyword) || keyword.startsWith(Keywords.EXTENSION_PREFIX) || latestDraft && keyword.equals("definitions")) {
                continue;
            }
            String dialect = latestDraft ? "JSON Schema 2020-12" : "JSON Schema";
            String message;
            if (latestDraft && REPLACEMENTS.containsKey(keyword)) {
                message = "\"" + keyword + "\" is a keyword of earlier drafts, which 2020-12 ignores; use " + REPLACEMENTS.get(keyword);
            } else {
                message = "\"" + keyword + "\" is not a " + dialect + " keyword, so validators ignore it"
                        + Suggestions.closest(keyword, known).map(best -> "; did you mean \"" + best + "\"?")
                                .orElse("; an annotation of your own should start with x- (\"x-" + keyword + "\")");
            }
            findings.add(workspace.finding(file.path(), JsonPointers.child(schema.pointer(), keyword), CheckRule.UNKNOWN_KEYWORD, message));
        }
    }

    // lint/undeclared-required -------------------------------------------------------------------

    private void undeclaredRequired(SchemaFile file, Subschema schema, List<Finding> findings) {
        JsonNode required = schema.node().get("required");
        if (required == null || !required.isArray() || required.isEmpty()) {
            return;
        }
        Declared declared = new Declared();
        for (Subschema level = schema; level != null; level = level.inPlace() ? level.parent() : null) {
            collectDeclared(file, level.node(), declared, new HashSet<>());
        }
        if (declared.open) {
            return;
        }
        for (int i = 0; i < required.size(); i++) {
            JsonNode name = required.get(i);
            if (name.isString() && !declared.names.contains(name.stringValue())) {
                String suggestion = Suggestions.closest(name.stringValue(), declared.names).map(best -> "; did you mean \"" + best + "\"?").orElse("");
                findings.add(workspace.finding(file.path(), schema.pointer() + "/required/" + i, CheckRule.UNDECLARED_REQUIRED,
                        "\"" + name.stringValue() + "\" is required, but no \"properties\" here declares it, so nothing checks its value"
                                + suggestion));
            }
        }
    }

    /** Property names a schema declares, following $ref and the in-place applicators downwards. */
    private static final class Declared {
        private final Set<String> names = new LinkedHashSet<>();
        private boolean open;
    }

    private void collectDeclared(SchemaFile file, JsonNode node, Declared declared, Set<String> visited) {
        if (!node.isObject() || !visited.add(file.id() + "@" + System.identityHashCode(node))) {
            return;
        }
        declared.names.addAll(node.path("properties").propertyNames());
        if (node.path("patternProperties").isObject() && !node.get("patternProperties").isEmpty()
                || node.path("additionalProperties").isObject() || node.has("$dynamicRef")) {
            declared.open = true;
        }
        if (node.path("$ref").isString()) {
            Optional<SchemaWorkspace.Target> target = workspace.resolve(file, node.get("$ref").stringValue());
            if (target.isEmpty()) {
                declared.open = true;
            } else {
                collectDeclared(target.get().file(), target.get().node(), declared, visited);
            }
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode member : node.path(keyword)) {
                collectDeclared(file, member, declared, visited);
            }
        }
        for (String keyword : List.of("then", "else")) {
            if (node.has(keyword)) {
                collectDeclared(file, node.get(keyword), declared, visited);
            }
        }
        for (JsonNode dependent : node.path("dependentSchemas").values()) {
            collectDeclared(file, dependent, declared, visited);
        }
    }

    // lint/if-without-then-else and lint/then-else-without-if ---------------------------------------

    private void conditionalBranches(SchemaFile file, Subschema schema, List<Finding> findings) {
        JsonNode node = schema.node();
        if (node.has("if") && !node.has("then") && !node.has("else")) {
            findings.add(workspace.finding(file.path(), schema.pointer() + "/if", CheckRule.IF_WITHOUT_BRANCH,
                    "\"if\" has neither \"then\" nor \"else\" beside it, so its condition has no effect"));
        }
        if (!node.has("if")) {
            for (String branch : List.of("then", "else")) {
                if (node.has(branch)) {
                    findings.add(workspace.finding(file.path(), JsonPointers.child(schema.pointer(), branch), CheckRule.BRANCH_WITHOUT_IF,
                            "\"" + branch + "\" has no \"if\" beside it, so validators ignore it"));
                }
            }
        }
    }

    // lint/value-type -------------------------------------------------------------------------------

    private void valueTypes(SchemaFile file, Subschema schema, List<Finding> findings) {
        JsonNode node = schema.node();
        if (!node.has("const") && !node.path("enum").isArray()) {
            return;
        }
        for (Subschema level = schema; level != null; level = continuesType(level) ? level.parent() : null) {
            Set<String> types = types(level.node());
            if (types.isEmpty()) {
                continue;
            }
            String where = level == schema ? "this schema's \"type\" is " : "the \"type\" at " + pointerText(level.pointer()) + " is ";
            String allowed = types.size() == 1 ? "\"" + types.iterator().next() + "\"" : types.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ", "[", "]"));
            if (node.has("const") && !matches(types, node.get("const"))) {
                findings.add(workspace.finding(file.path(), schema.pointer() + "/const", CheckRule.VALUE_TYPE, "const " + json(node.get("const"))
                        + " is " + article(jsonType(node.get("const"))) + ", but " + where + allowed + ", so no value can be valid"));
            }
            JsonNode values = node.path("enum");
            for (int i = 0; i < values.size(); i++) {
                if (!matches(types, values.get(i))) {
                    findings.add(workspace.finding(file.path(), schema.pointer() + "/enum/" + i, CheckRule.VALUE_TYPE, "enum value "
                            + json(values.get(i)) + " is " + article(jsonType(values.get(i))) + ", but " + where + allowed
                            + ", so this value can never be valid"));
                }
            }
            return;
        }
    }

    /** Whether the type of the parent also constrains this subschema's values (it applies to the same instance and must hold). */
    private static boolean continuesType(Subschema schema) {
        return schema.keyword() != null && Set.of("allOf", "anyOf", "oneOf", "then", "else").contains(schema.keyword());
    }

    private static Set<String> types(JsonNode node) {
        JsonNode type = node.get("type");
        Set<String> types = new LinkedHashSet<>();
        if (type == null) {
            return types;
        }
        if (type.isString()) {
            types.add(type.stringValue());
        } else {
            for (JsonNode each : type) {
                if (each.isString()) {
                    types.add(each.stringValue());
                }
            }
        }
        return types;
    }

    /** The JSON Schema type of a value; integral numbers are {@code integer}. */
    public static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isObject()) {
            return "object";
        } else if (value.isArray()) {
            return "array";
        } else if (value.isString()) {
            return "string";
        } else if (value.isIntegralNumber() || value.isNumber() && value.canConvertToExactIntegral()) {
            return "integer";
        }
        return "number";
    }

    private static boolean matches(Set<String> types, JsonNode value) {
        String type = jsonType(value);
        return types.contains(type) || type.equals("integer") && types.contains("number");
    }

    private static String article(String type) {
        return (type.startsWith("a") || type.startsWith("i") || type.startsWith("o") ? "an " : "a ") + type;
    }

    // lint/invalid-example and lint/invalid-default ---------------------------------------------------

    private void examplesAndDefault(SchemaFile file, Subschema schema, List<Finding> findings) {
        JsonNode examples = schema.node().get("examples");
        boolean hasDefault = schema.node().has("default");
        if ((examples == null || !examples.isArray() || examples.isEmpty()) && !hasDefault) {
            return;
        }
        String location = OfflineValidator.location(file.id(), schema.pointer());
        if (examples != null && examples.isArray()) {
            for (int i = 0; i < examples.size(); i++) {
                validateValue(file, location, examples.get(i), schema.pointer() + "/examples/" + i, CheckRule.INVALID_EXAMPLE, "example", findings);
            }
        }
        if (hasDefault) {
            validateValue(file, location, schema.node().get("default"), schema.pointer() + "/default", CheckRule.INVALID_DEFAULT, "default", findings);
        }
    }

    private void validateValue(SchemaFile file, String location, JsonNode value, String pointer, CheckRule rule, String what,
            List<Finding> findings) {
        List<Error> errors;
        try {
            errors = validator.validate(location, value);
        } catch (RuntimeException cannotCompile) {
            return; // reported as schema/unloadable or schema/unresolved-ref
        }
        if (!errors.isEmpty()) {
            String reasons = errors.stream()
                    .map(error -> (InstanceLocations.located(error).isEmpty() ? "" : "at " + InstanceLocations.located(error) + ": ") + error.getMessage())
                    .distinct()
                    .collect(Collectors.joining("; "));
            findings.add(workspace.finding(file.path(), pointer, rule, what + " " + shortJson(value) + " does not validate against its own schema: " + reasons));
        }
    }

    // lint/if-property-not-required ---------------------------------------------------------------------

    private void ifPropertyNotRequired(SchemaFile file, Subschema schema, List<Finding> findings) {
        JsonNode condition = schema.node().get("if");
        if (condition == null || !condition.isObject() || !(schema.node().has("then") || schema.node().has("else"))) {
            return;
        }
        Set<String> required = new HashSet<>();
        condition.path("required").forEach(name -> required.add(name.asString()));
        schema.node().path("required").forEach(name -> required.add(name.asString()));
        for (Map.Entry<String, JsonNode> property : condition.path("properties").properties()) {
            JsonNode test = property.getValue();
            if ((test.has("const") || test.has("enum")) && !required.contains(property.getKey())) {
                findings.add(workspace.finding(file.path(), schema.pointer() + "/if/properties/" + JsonPointers.escape(property.getKey()),
                        CheckRule.IF_PROPERTY_NOT_REQUIRED, "the \"if\" tests the value of \"" + property.getKey()
                                + "\" but does not require it, so the condition also holds when \"" + property.getKey()
                                + "\" is absent (\"properties\" only looks at members that are present); add \"required\": [\""
                                + property.getKey() + "\"] to the \"if\" if an absent \"" + property.getKey() + "\" belongs to \"else\""));
            }
        }
    }

    // lint/missing-description ------------------------------------------------------------------------

    private void missingDescriptions(SchemaFile file, Subschema schema, List<Finding> findings) {
        if (insideCondition(schema)) {
            return; // properties inside if/then/else/not test or narrow members declared elsewhere
        }
        for (Map.Entry<String, JsonNode> property : schema.node().path("properties").properties()) {
            if (!documented(file, property.getValue(), new HashSet<>())) {
                findings.add(workspace.finding(file.path(), schema.pointer() + "/properties/" + JsonPointers.escape(property.getKey()),
                        CheckRule.MISSING_DESCRIPTION, "property \"" + property.getKey()
                                + "\" has no \"description\", neither its own nor through $ref, so its row in the docs says nothing"));
            }
        }
    }

    /** Whether the subschema is (inside) an if, then, else or not: a test on the instance, not a declaration. */
    private static boolean insideCondition(Subschema schema) {
        for (Subschema level = schema; level != null; level = level.parent()) {
            if (level.keyword() != null && Set.of("if", "then", "else", "not").contains(level.keyword())) {
                return true;
            }
        }
        return false;
    }

    private boolean documented(SchemaFile file, JsonNode schema, Set<String> visited) {
        if (!schema.isObject()) {
            return false;
        }
        if (schema.path("description").isString() && !schema.get("description").stringValue().isBlank()) {
            return true;
        }
        if (!schema.path("$ref").isString() || !visited.add(file.id() + schema.get("$ref").stringValue())) {
            return false;
        }
        return workspace.resolve(file, schema.get("$ref").stringValue())
                .map(target -> documented(target.file(), target.node(), visited))
                .orElse(true); // an unresolved $ref is reported by schema/unresolved-ref
    }

    // lint/requirement-prose ---------------------------------------------------------------------------

    private void requirementProse(SchemaFile file, Subschema schema, List<Finding> findings) {
        JsonNode properties = schema.node().get("properties");
        if (properties == null || !properties.isObject() || schema.inPlace()) {
            return;
        }
        Map<String, Requirements.Requirement> requirements = null;
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode description = property.getValue().path("description");
            if (!description.isString()) {
                continue;
            }
            String lead = firstSentence(description.stringValue());
            Matcher prose = REQUIREMENT_PROSE.matcher(lead);
            if (!prose.find()) {
                continue;
            }
            if (requirements == null) {
                requirements = Requirements.of(workspace, file, schema.node(), schema.pointer());
            }
            Requirements.Requirement derived = requirements.get(property.getKey());
            boolean saysOptional = prose.group(1).toLowerCase(Locale.ROOT).equals("optional");
            boolean agrees = saysOptional ? derived == null : derived != null && normalized(lead).equals(normalized(derived.sentence()));
            if (!agrees) {
                findings.add(workspace.finding(file.path(), schema.pointer() + "/properties/" + JsonPointers.escape(property.getKey()) + "/description",
                        CheckRule.REQUIREMENT_PROSE, "the description says \"" + lead + "\", but the rules say "
                                + (derived == null ? "that \"" + property.getKey() + "\" is optional" : "\"" + derived.sentence() + "\"")
                                + "; prose that restates a rule must agree with it (the docs print the rule itself)"));
            }
        }
    }

    /** The first sentence of a text: up to the first full stop followed by white space, or all of it. */
    public static String firstSentence(String text) {
        Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1).trim() : text.trim();
    }

    /** A requirement sentence compared loosely: no code marks or quotes, one space, lower case, no final full stop. */
    public static String normalized(String sentence) {
        return sentence.replaceAll("[`\"]", "").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }

    private static String pointerText(String pointer) {
        return pointer.isEmpty() ? "the document root" : pointer;
    }

    private static String json(JsonNode value) {
        return JSON.writeValueAsString(value);
    }

    private static String shortJson(JsonNode value) {
        String text = json(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
