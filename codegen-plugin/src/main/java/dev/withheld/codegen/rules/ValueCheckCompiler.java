package dev.withheld.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import dev.withheld.codegen.pointer.JsonPointers;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jsonschema2pojo.Schema;

/**
 * Compiles a subschema into a static Java method that checks a JSON value as JSON libraries read it
 * into {@code Object} (maps, lists, strings, numbers, booleans, {@code null}), at any depth.
 *
 * <p>This is what the generated code falls back on wherever a value has no model class of its own:
 * a property whose schema has no single Java type (a type array, a subschema with no {@code type}),
 * the items of arrays of scalars, the values of maps and the members a schema does not name
 * ({@code additionalProperties}, {@code patternProperties}, {@code propertyNames}). Each method is
 * {@code static boolean checkN(Object value, String pointer, List<SchemaViolation> out)}: with a list it
 * adds every violation and answers whether there were none; with {@code null} it stops at the first
 * broken rule, which is how {@code anyOf}, {@code oneOf}, {@code not} and {@code if} ask a question.
 *
 * <p>Keywords it does not check ({@code unevaluatedProperties}, {@code $dynamicRef}, ...) are reported
 * through {@code warn}, so the generated check is weaker than the schema only where the build said so.
 */
final class ValueCheckCompiler {

    /** Finds what a {@code $ref} points to, together with the schema further references resolve against. */
    interface References {
        Located follow(JsonNode reference, Schema at);
    }

    /** A subschema and the schema document it was found in. */
    record Located(JsonNode node, Schema at) {
    }

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "example",
            "default", "deprecated", "readOnly", "writeOnly", "format", "$id", "$schema", "$anchor", "$defs",
            "definitions", "contentEncoding", "contentMediaType", "contentSchema", "$vocabulary", "javaType",
            "existingJavaType", "javaName", "javaEnumNames", "javaInterfaces", "extends", "customDateTimePattern",
            "media", "$dynamicAnchor", "$recursiveAnchor", "then", "else", "minContains", "maxContains");

    private final String violation;
    private final String values;
    private final References references;
    private final Function<String, UnaryOperator<String>> patterns;
    private final BiConsumer<String, String> warn;
    private final Map<JsonNode, String> compiled = new IdentityHashMap<>();
    private final Map<String, String> decimals = new java.util.HashMap<>();
    private final StringBuilder methods = new StringBuilder();
    private final StringBuilder statics = new StringBuilder();
    private int constants;

    /**
     * @param violation fully qualified name of the generated violation class
     * @param values fully qualified name of the generated {@code JsonValues} class
     * @param references resolves {@code $ref}s
     * @param patterns a test for a regular expression (a Java expression over a string expression), or
     *     {@code null} when it cannot be checked
     * @param warn receives the schema pointer and what is not checked there
     */
    ValueCheckCompiler(String violation, String values, References references,
            Function<String, UnaryOperator<String>> patterns, BiConsumer<String, String> warn) {
        this.violation = violation;
        this.values = values;
        this.references = references;
        this.patterns = patterns;
        this.warn = warn;
    }

    /** The methods compiled so far. */
    String methods() {
        return methods.toString();
    }

    /** The constants (schema literals) those methods use. */
    String statics() {
        return statics.toString();
    }

    /**
     * The name of a method that checks a value against {@code schema}, compiling it (and whatever it
     * refers to) on first use.
     *
     * @param schemaAt where the schema is, for warnings
     */
    String method(JsonNode schema, Schema at, String schemaAt) {
        Located target = resolve(schema, at);
        String name = compiled.get(target.node());
        if (name != null) {
            return name;
        }
        name = "checkValue" + compiled.size();
        compiled.put(target.node(), name);
        String body = body(target.node(), target.at(), schemaAt);
        methods.append("\n    private static boolean ").append(name).append("(Object value, String pointer, java.util.List<")
                .append(violation).append("> out) {\n")
                .append("        boolean valid = true;\n").append(body).append("        return valid;\n    }\n");
        return name;
    }

    /** Whether a schema, once its references are followed, accepts every JSON value. */
    boolean acceptsEverything(JsonNode schema, Schema at) {
        JsonNode target = resolve(schema, at).node();
        if (target.isBoolean()) {
            return target.asBoolean();
        }
        for (Iterator<String> keywords = target.fieldNames(); keywords.hasNext();) {
            String keyword = keywords.next();
            // An asserted format is the one x- member that asserts something.
            if ((!ANNOTATIONS.contains(keyword) && !keyword.startsWith("x-")) || keyword.equals(SchemaNormalizer.ASSERTED_FORMAT)) {
                return false;
            }
        }
        return true;
    }

    private Located resolve(JsonNode schema, Schema at) {
        Located current = new Located(schema, at);
        for (int hops = 0; hops < 32 && current.node().isObject() && current.node().path("$ref").isTextual()
                && onlyReference(current.node()); hops++) {
            current = references.follow(current.node(), current.at());
        }
        return current;
    }

    /** A {@code $ref} with nothing but annotations beside it stands for its target. */
    private static boolean onlyReference(JsonNode schema) {
        for (Iterator<String> keywords = schema.fieldNames(); keywords.hasNext();) {
            String keyword = keywords.next();
            if (!keyword.equals("$ref") && !ANNOTATIONS.contains(keyword) && !keyword.startsWith("x-")) {
                return false;
            }
        }
        return true;
    }

    private String body(JsonNode schema, Schema at, String schemaAt) {
        StringBuilder code = new StringBuilder();
        if (schema.isBoolean()) {
            if (!schema.asBoolean()) {
                fail(code, "        ", "true", "pointer", "false", where() + " + \" is not allowed here\"");
            }
            return code.toString();
        }
        if (!schema.isObject()) {
            return code.toString();
        }
        for (Iterator<String> keywords = schema.fieldNames(); keywords.hasNext();) {
            String keyword = keywords.next();
            if (!ANNOTATIONS.contains(keyword) && !KNOWN.contains(keyword) && !keyword.startsWith("x-")) {
                warn.accept(schemaAt + "/" + keyword, "the keyword \"" + keyword + "\" is not checked by the generated code");
            }
        }
        if (schema.has("$ref")) {
            call(code, references.follow(schema, at), schemaAt + "/$ref", "value", "pointer");
        }
        if (schema.path("$dynamicRef").isTextual()) {
            // Checked as its static target: the same schema unless a schema of another document that
            // refers here declares the same $dynamicAnchor (the dynamic scope of one generated class is
            // its own documents).
            Located target;
            try {
                target = references.follow(schema, at);
            } catch (RuntimeException unresolved) {
                target = null;
                warn.accept(schemaAt + "/$dynamicRef", "the $dynamicRef " + schema.get("$dynamicRef").asText()
                        + " is not checked by the generated code");
            }
            if (target != null) {
                call(code, target, schemaAt + "/$dynamicRef", "value", "pointer");
            }
        }
        typeCheck(schema, code);
        constantChecks(schema, code);
        stringChecks(schema, schemaAt, code);
        numberChecks(schema, code);
        arrayChecks(schema, at, schemaAt, code);
        objectChecks(schema, at, schemaAt, code);
        combinations(schema, at, schemaAt, code);
        return code.toString();
    }

    private static final Set<String> KNOWN = Set.of("$ref", "$dynamicRef", "type", "enum", "const", "minLength", "maxLength", "pattern",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "items", "prefixItems",
            "minItems", "maxItems", "uniqueItems", "contains", "properties", "required", "additionalProperties",
            "patternProperties", "propertyNames", "minProperties", "maxProperties", "dependentRequired",
            "dependentSchemas", "allOf", "anyOf", "oneOf", "not", "if", SchemaNormalizer.VALUES, SchemaNormalizer.OPEN,
            SchemaNormalizer.OTHER, SchemaNormalizer.FORMAT_TITLE, SchemaNormalizer.FORMAT_DESCRIPTION,
            SchemaNormalizer.ASSERTED_FORMAT);

    // ---- keywords -----------------------------------------------------------------------------

    private void typeCheck(JsonNode schema, StringBuilder code) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return;
        }
        List<String> tests = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            switch (t.asText()) {
                case "string" -> add(tests, words, "value instanceof String", "a string");
                case "integer" -> add(tests, words, values + ".isInteger(value)", "an integer");
                case "number" -> add(tests, words, values + ".decimal(value) != null", "a number");
                case "boolean" -> add(tests, words, "value instanceof Boolean", "true or false");
                case "null" -> add(tests, words, "value == null", "null");
                case "array" -> add(tests, words, "value instanceof java.util.List", "an array");
                case "object" -> add(tests, words, "value instanceof java.util.Map", "an object");
                default -> {
                    return; // not a JSON type: the schema check reports it
                }
            }
        }
        if (tests.isEmpty()) {
            return;
        }
        fail(code, "        ", "!(" + String.join(" || ", tests) + ")", "pointer", "type",
                where() + " + " + JavaText.literal(" must be " + String.join(" or ", words)));
    }

    private static void add(List<String> tests, List<String> words, String test, String word) {
        tests.add(test);
        words.add(word);
    }

    private void constantChecks(JsonNode schema, StringBuilder code) {
        if (schema.has("const")) {
            fail(code, "        ", "!" + values + ".same(value, " + constant(schema.get("const")) + ")", "pointer", "const",
                    where() + " + " + JavaText.literal(" must be " + schema.get("const")));
        }
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && enumeration.isArray()) {
            List<String> tests = new ArrayList<>();
            for (JsonNode value : enumeration) {
                tests.add(values + ".same(value, " + constant(value) + ")");
            }
            String failing = tests.isEmpty() ? "true" : "!(" + String.join(" || ", tests) + ")";
            fail(code, "        ", failing, "pointer", "enum", where() + " + " + JavaText.literal(" must be one of " + enumeration));
        }
    }

    private void stringChecks(JsonNode schema, String schemaAt, StringBuilder code) {
        List<String> checks = new ArrayList<>();
        StringBuilder inner = new StringBuilder();
        if (schema.path("minLength").isNumber()) {
            long min = schema.get("minLength").asLong();
            fail(inner, "            ", values + ".length(text) < " + min + "L", "pointer", "minLength",
                    where() + " + " + JavaText.literal(" must be at least " + count(min, "character") + " long"));
            checks.add("minLength");
        }
        if (schema.path("maxLength").isNumber()) {
            long max = schema.get("maxLength").asLong();
            fail(inner, "            ", values + ".length(text) > " + max + "L", "pointer", "maxLength",
                    where() + " + " + JavaText.literal(" must be at most " + count(max, "character") + " long"));
            checks.add("maxLength");
        }
        if (schema.path("pattern").isTextual()) {
            UnaryOperator<String> matches = patterns.apply(schema.get("pattern").asText());
            if (matches == null) {
                warn.accept(schemaAt + "/pattern", "the pattern " + schema.get("pattern").asText() + " is not checked by the generated code");
            } else {
                fail(inner, "            ", "!" + matches.apply("text"), "pointer", "pattern",
                        where() + " + " + JavaText.literal(" must match " + schema.get("pattern").asText()));
                checks.add("pattern");
            }
        }
        AssertedFormat format = AssertedFormat.of(schema);
        if (format != null) {
            String test = format.test("text", t -> values + ".length(" + t + ")", patterns);
            if (test == null) {
                warn.accept(schemaAt + "/format", "the format " + format.name() + " is not checked by the generated code");
            } else {
                fail(inner, "            ", "!(" + test + ")", "pointer", "format", where() + " + " + JavaText.literal(" " + format.words()));
                checks.add("format");
            }
        }
        if (!checks.isEmpty()) {
            code.append("        if (value instanceof String text) {\n").append(inner).append("        }\n");
        }
    }

    /**
     * The numeric bounds: keyword, the Java comparison operator that breaks it, and the words of the
     * message ("must be at least 3").
     */
    static final String[][] LIMITS = {{"minimum", "<", "at least "}, {"maximum", ">", "at most "},
            {"exclusiveMinimum", "<=", "greater than "}, {"exclusiveMaximum", ">=", "less than "}};

    private void numberChecks(JsonNode schema, StringBuilder code) {
        StringBuilder inner = new StringBuilder();
        for (String[] limit : LIMITS) {
            JsonNode bound = schema.get(limit[0]);
            if (bound != null && bound.isNumber()) {
                fail(inner, "            ", "number.compareTo(" + decimal(bound) + ") " + limit[1] + " 0", "pointer", limit[0],
                        where() + " + " + JavaText.literal(" must be " + limit[2] + bound.asText()));
            }
        }
        JsonNode multiple = schema.get("multipleOf");
        if (multiple != null && multiple.isNumber() && multiple.decimalValue().signum() > 0) {
            fail(inner, "            ", "!" + values + ".multipleOf(number, " + decimal(multiple) + ")", "pointer", "multipleOf",
                    where() + " + " + JavaText.literal(" must be a multiple of " + multiple.asText()));
        }
        if (inner.length() > 0) {
            code.append("        java.math.BigDecimal number = value instanceof Number ? ").append(values).append(".decimal(value) : null;\n")
                    .append("        if (number != null) {\n").append(inner).append("        }\n");
        }
    }

    private void arrayChecks(JsonNode schema, Schema at, String schemaAt, StringBuilder code) {
        StringBuilder inner = new StringBuilder();
        if (schema.path("minItems").isNumber()) {
            fail(inner, "            ", "items.size() < " + schema.get("minItems").asLong() + "L", "pointer", "minItems",
                    where() + " + " + JavaText.literal(" must have at least " + count(schema.get("minItems").asLong(), "item")));
        }
        if (schema.path("maxItems").isNumber()) {
            fail(inner, "            ", "items.size() > " + schema.get("maxItems").asLong() + "L", "pointer", "maxItems",
                    where() + " + " + JavaText.literal(" must have at most " + count(schema.get("maxItems").asLong(), "item")));
        }
        if (schema.path("uniqueItems").asBoolean(false)) {
            inner.append("            int repeated = ").append(values).append(".firstRepeated(items);\n");
            fail(inner, "            ", "repeated >= 0", "pointer + \"/\" + repeated", "uniqueItems",
                    where() + " + " + JavaText.literal(" must not repeat an item"));
        }
        int prefix = 0;
        JsonNode prefixItems = schema.get("prefixItems");
        if (prefixItems != null && prefixItems.isArray()) {
            for (JsonNode item : prefixItems) {
                StringBuilder call = new StringBuilder();
                call(call, new Located(item, at), schemaAt + "/prefixItems/" + prefix, "items.get(" + prefix + ")", "pointer + \"/" + prefix + "\"");
                inner.append("            if (items.size() > ").append(prefix).append(") {\n").append(indent(call.toString(), "    ")).append("            }\n");
                prefix++;
            }
        }
        JsonNode items = schema.get("items");
        if (items != null && !(items.isObject() && acceptsEverything(items, at)) && !(items.isBoolean() && items.asBoolean())) {
            StringBuilder call = new StringBuilder();
            call(call, new Located(items, at), schemaAt + "/items", "items.get(i)", "pointer + \"/\" + i");
            inner.append("            for (int i = ").append(prefix).append("; i < items.size(); i++) {\n")
                    .append(indent(call.toString(), "    ")).append("            }\n");
        }
        JsonNode contains = schema.get("contains");
        if (contains != null) {
            String method = method(contains, at, schemaAt + "/contains");
            long min = schema.path("minContains").asLong(1);
            inner.append("            int matching = 0;\n")
                    .append("            for (Object item : items) {\n")
                    .append("                if (").append(method).append("(item, pointer, null)) {\n")
                    .append("                    matching++;\n                }\n            }\n");
            fail(inner, "            ", "matching < " + min + "L", "pointer", "contains",
                    where() + " + " + JavaText.literal(" must contain at least " + min + " matching item" + (min == 1 ? "" : "s")));
            if (schema.path("maxContains").isNumber()) {
                long max = schema.get("maxContains").asLong();
                fail(inner, "            ", "matching > " + max + "L", "pointer", "maxContains",
                        where() + " + " + JavaText.literal(" must contain at most " + max + " matching items"));
            }
        }
        if (inner.length() > 0) {
            code.append("        if (value instanceof java.util.List<?> items) {\n").append(inner).append("        }\n");
        }
    }

    private void objectChecks(JsonNode schema, Schema at, String schemaAt, StringBuilder code) {
        StringBuilder inner = new StringBuilder();
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            fail(inner, "            ", "!members.containsKey(" + JavaText.literal(name) + ")",
                    "pointer + " + JavaText.literal("/" + JsonPointers.escape(name)), "required",
                    JavaText.literal(name + " is required"));
        }
        if (schema.path("minProperties").isNumber()) {
            fail(inner, "            ", "members.size() < " + schema.get("minProperties").asLong() + "L", "pointer", "minProperties",
                    where() + " + " + JavaText.literal(" must have at least " + count(schema.get("minProperties").asLong(), "member")));
        }
        if (schema.path("maxProperties").isNumber()) {
            fail(inner, "            ", "members.size() > " + schema.get("maxProperties").asLong() + "L", "pointer", "maxProperties",
                    where() + " + " + JavaText.literal(" must have at most " + count(schema.get("maxProperties").asLong(), "member")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("dependentRequired").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> dependent = it.next();
            for (JsonNode needed : dependent.getValue()) {
                fail(inner, "            ", "members.containsKey(" + JavaText.literal(dependent.getKey()) + ") && !members.containsKey("
                        + JavaText.literal(needed.asText()) + ")", "pointer + " + JavaText.literal("/" + JsonPointers.escape(needed.asText())),
                        "dependentRequired", JavaText.literal(needed.asText() + " is required when " + dependent.getKey() + " is present"));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("dependentSchemas").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> dependent = it.next();
            StringBuilder call = new StringBuilder();
            call(call, new Located(dependent.getValue(), at), schemaAt + "/dependentSchemas/" + JsonPointers.escape(dependent.getKey()), "value", "pointer");
            inner.append("            if (members.containsKey(").append(JavaText.literal(dependent.getKey())).append(")) {\n")
                    .append(indent(call.toString(), "    ")).append("            }\n");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            if (acceptsEverything(property.getValue(), at)) {
                continue;
            }
            String key = JavaText.literal(property.getKey());
            StringBuilder call = new StringBuilder();
            call(call, new Located(property.getValue(), at), schemaAt + "/properties/" + JsonPointers.escape(property.getKey()),
                    "members.get(" + key + ")", "pointer + " + JavaText.literal("/" + JsonPointers.escape(property.getKey())));
            inner.append("            if (members.containsKey(").append(key).append(")) {\n")
                    .append(indent(call.toString(), "    ")).append("            }\n");
        }
        String memberChecks = memberChecks(schema, at, schemaAt, "members.entrySet()", "pointer");
        if (!memberChecks.isEmpty()) {
            inner.append(memberChecks);
        }
        if (inner.length() > 0) {
            code.append("        if (value instanceof java.util.Map<?, ?> members) {\n").append(inner).append("        }\n");
        }
    }

    /**
     * Checks of {@code propertyNames}, {@code patternProperties} and {@code additionalProperties} over
     * the members in {@code entries} (a Java expression of a {@code Set<Map.Entry<?, ?>>}), or an empty
     * string when the schema states none of them. Declared properties are skipped by
     * {@code additionalProperties} only.
     */
    String memberChecks(JsonNode schema, Schema at, String schemaAt, String entries, String pointer) {
        JsonNode names = schema.get("propertyNames");
        JsonNode patternProperties = schema.get("patternProperties");
        JsonNode additional = schema.get("additionalProperties");
        boolean checkNames = names != null && !acceptsEverything(names, at);
        boolean checkPatterns = patternProperties != null && patternProperties.isObject() && !patternProperties.isEmpty();
        boolean checkAdditional = additional != null && !acceptsEverything(additional, at);
        if (!checkNames && !checkPatterns && !checkAdditional) {
            return "";
        }
        StringBuilder loop = new StringBuilder();
        loop.append("            for (java.util.Map.Entry<?, ?> member : ").append(entries).append(") {\n")
                .append("                String name = String.valueOf(member.getKey());\n")
                .append("                String at = ").append(pointer).append(" + \"/\" + name.replace(\"~\", \"~0\").replace(\"/\", \"~1\");\n");
        if (checkNames) {
            StringBuilder call = new StringBuilder();
            call(call, new Located(names, at), schemaAt + "/propertyNames", "name", "at");
            loop.append(indent(call.toString(), "        "));
        }
        List<String> matched = new ArrayList<>();
        if (checkPatterns) {
            int index = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = patternProperties.properties().iterator(); it.hasNext(); index++) {
                Map.Entry<String, JsonNode> pattern = it.next();
                UnaryOperator<String> matches = patterns.apply(pattern.getKey());
                if (matches == null) {
                    warn.accept(schemaAt + "/patternProperties", "the pattern " + pattern.getKey() + " is not checked by the generated code;"
                            + " members it would match are checked against additionalProperties");
                    continue;
                }
                loop.append("                boolean matches").append(index).append(" = ").append(matches.apply("name")).append(";\n");
                matched.add("matches" + index);
                StringBuilder call = new StringBuilder();
                call(call, new Located(pattern.getValue(), at), schemaAt + "/patternProperties/" + JsonPointers.escape(pattern.getKey()),
                        "member.getValue()", "at");
                loop.append("                if (matches").append(index).append(") {\n").append(indent(call.toString(), "            "))
                        .append("                }\n");
            }
        }
        if (checkAdditional) {
            List<String> declared = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(n -> declared.add(JavaText.literal(n)));
            List<String> skip = new ArrayList<>(matched);
            if (!declared.isEmpty()) {
                skip.add("java.util.Set.of(" + String.join(", ", new java.util.LinkedHashSet<>(declared)) + ").contains(name)");
            }
            StringBuilder call = new StringBuilder();
            if (additional.isBoolean()) {
                fail(call, "        ", "true", "at", "additionalProperties", "name + \" is not allowed here\"");
            } else {
                call(call, new Located(additional, at), schemaAt + "/additionalProperties", "member.getValue()", "at");
            }
            loop.append("                if (").append(skip.isEmpty() ? "true" : "!(" + String.join(" || ", skip) + ")").append(") {\n")
                    .append(indent(call.toString(), "            ")).append("                }\n");
        }
        loop.append("            }\n");
        return loop.toString();
    }

    private void combinations(JsonNode schema, Schema at, String schemaAt, StringBuilder code) {
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && allOf.isArray()) {
            int index = 0;
            for (JsonNode member : allOf) {
                call(code, new Located(member, at), schemaAt + "/allOf/" + index++, "value", "pointer");
            }
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode branches = schema.get(keyword);
            if (branches == null || !branches.isArray()) {
                continue;
            }
            List<String> tests = new ArrayList<>();
            int index = 0;
            for (JsonNode branch : branches) {
                tests.add("(" + method(branch, at, schemaAt + "/" + keyword + "/" + index++) + "(value, pointer, null) ? 1 : 0)");
            }
            String count = tests.isEmpty() ? "0" : String.join(" + ", tests);
            if (keyword.equals("anyOf")) {
                fail(code, "        ", count + " == 0", "pointer", "anyOf", where() + " + \" must match at least one of the allowed schemas\"");
            } else {
                fail(code, "        ", count + " != 1", "pointer", "oneOf", where() + " + \" must match exactly one of the allowed schemas\"");
            }
        }
        JsonNode not = schema.get("not");
        if (not != null) {
            fail(code, "        ", method(not, at, schemaAt + "/not") + "(value, pointer, null)", "pointer", "not",
                    where() + " + \" must not match the schema under not\"");
        }
        JsonNode condition = schema.get("if");
        if (condition != null && (schema.has("then") || schema.has("else"))) {
            code.append("        if (").append(method(condition, at, schemaAt + "/if")).append("(value, pointer, null)) {\n");
            if (schema.has("then")) {
                StringBuilder call = new StringBuilder();
                call(call, new Located(schema.get("then"), at), schemaAt + "/then", "value", "pointer");
                code.append(indent(call.toString(), "    "));
            }
            code.append("        } else {\n");
            if (schema.has("else")) {
                StringBuilder call = new StringBuilder();
                call(call, new Located(schema.get("else"), at), schemaAt + "/else", "value", "pointer");
                code.append(indent(call.toString(), "    "));
            }
            code.append("        }\n");
        }
    }

    // ---- code ---------------------------------------------------------------------------------

    /** Checks {@code value} (a Java expression) against a subschema, adding its violations. */
    private void call(StringBuilder code, Located schema, String schemaAt, String value, String pointer) {
        if (schema.node().isObject() && acceptsEverything(schema.node(), schema.at())) {
            return;
        }
        String method = method(schema.node(), schema.at(), schemaAt);
        code.append("        if (!").append(method).append("(").append(value).append(", ").append(pointer).append(", out)) {\n")
                .append("            if (out == null) {\n                return false;\n            }\n")
                .append("            valid = false;\n        }\n");
    }

    private void fail(StringBuilder code, String indent, String failing, String pointer, String keyword, String message) {
        code.append(indent).append("if (").append(failing).append(") {\n")
                .append(indent).append("    if (out == null) {\n").append(indent).append("        return false;\n").append(indent).append("    }\n")
                .append(indent).append("    out.add(new ").append(violation).append("(").append(pointer).append(", ")
                .append(JavaText.literal(keyword)).append(", ").append(message).append("));\n")
                .append(indent).append("    valid = false;\n")
                .append(indent).append("}\n");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String where() {
        return values + ".where(pointer)";
    }

    private static String indent(String code, String more) {
        return code.lines().map(line -> more + line + "\n").reduce("", String::concat);
    }

    /** A static constant holding a schema literal as a read-only JSON value. */
    private String constant(JsonNode literal) {
        if (!literal.isContainerNode() && !literal.isNumber()) {
            return jsonLiteral(literal, values); // a string, a boolean or null: a literal already
        }
        String name = "LITERAL_" + constants++;
        statics.append("    private static final Object ").append(name).append(" = ").append(jsonLiteral(literal, values)).append(";\n");
        return name;
    }

    /** A static {@code BigDecimal} constant holding the schema number {@code number}, built once per class. */
    String decimal(JsonNode number) {
        return decimals.computeIfAbsent(number.decimalValue().toString(), text -> {
            String name = "LITERAL_" + constants++;
            statics.append("    private static final java.math.BigDecimal ").append(name).append(" = new java.math.BigDecimal(\"")
                    .append(text).append("\");\n");
            return name;
        });
    }

    /** Java source for a schema literal as a read-only JSON value (see the generated {@code JsonValues}). */
    static String jsonLiteral(JsonNode literal, String values) {
        if (literal.isTextual()) {
            return JavaText.literal(literal.asText());
        }
        if (literal.isBoolean()) {
            return "Boolean." + (literal.asBoolean() ? "TRUE" : "FALSE");
        }
        if (literal.isNull()) {
            return "(Object) null";
        }
        if (literal.isNumber()) {
            return "new java.math.BigDecimal(\"" + literal.decimalValue().toString() + "\")";
        }
        if (literal.isArray()) {
            List<String> items = new ArrayList<>();
            literal.forEach(item -> items.add(jsonLiteral(item, values)));
            return values + ".array(" + String.join(", ", items) + ")";
        }
        if (literal.isObject()) {
            List<String> members = new ArrayList<>();
            literal.properties().forEach(m -> {
                members.add(JavaText.literal(m.getKey()));
                members.add(jsonLiteral(m.getValue(), values));
            });
            return values + ".object(" + String.join(", ", members) + ")";
        }
        return "(Object) null";
    }
}
