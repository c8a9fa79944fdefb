package dev.withheld.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JType;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import dev.withheld.codegen.pattern.PatternMethod;
import dev.withheld.codegen.pointer.JsonPointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsonschema2pojo.Schema;

/**
 * Compiles the rules of one object schema into the Java body of the generated
 * {@code collectViolations(String pointer, List<SchemaViolation> out)} method.
 *
 * <p>Covered: {@code required}; {@code dependentRequired}; {@code if}/{@code then}/{@code else} whose
 * condition is made of {@code required} and per-property {@code const}, {@code enum}, {@code pattern},
 * length and range checks; on properties {@code const}, {@code enum} (closed or open),
 * {@code pattern}, {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum} and their
 * exclusive forms, {@code minItems}/{@code maxItems}/{@code uniqueItems}, {@code additionalProperties: false},
 * and nested objects and arrays of objects. Anything else is reported as a generation warning: the
 * generated check is then weaker than the schema, never stricter.
 */
final class ViolationCompiler {

    /** One property of the class: its JSON name, Java field, Java type and (resolved) schema. */
    record Property(String jsonName, String field, JType type, JsonNode schema, boolean nullable) {

        /**
         * Java source that is true when the member was present: a non-null value, or, where the schema
         * allows {@code null}, an explicit {@code null} (which is present, and written back).
         */
        String present() {
            return nullable ? "(" + field + " != null || explicitNulls().contains(" + JavaText.literal(jsonName) + "))" : "(" + field + " != null)";
        }
    }

    /** What the compiler needs to know about a Java type. */
    interface TypeInfo {
        /** Whether the type is a model class generated with {@code collectViolations}. */
        boolean isModel(JType type);

        /** Whether the type is an open value type generated from a string enumeration. */
        boolean isValueType(JType type);
    }

    private static final Set<String> CONDITION_KEYWORDS = Set.of("required", "properties", "title", "description", "$comment");
    private static final Set<String> CHECKED_PROPERTY_KEYWORDS = Set.of("type", "const", "enum", "pattern", "minLength",
            "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
            "uniqueItems", "items", "properties", "required", "additionalProperties", "patternProperties", "propertyNames", "$ref", "format",
            "title", "description", "$comment", "examples", "default", "deprecated", "readOnly", "writeOnly",
            "$id", "$schema", "$defs", "definitions", "if", "then", "else", "dependentRequired",
            SchemaNormalizer.FORMAT_TITLE, SchemaNormalizer.FORMAT_DESCRIPTION, SchemaNormalizer.UNMERGED, SchemaNormalizer.VALUES, SchemaNormalizer.OPEN, SchemaNormalizer.OTHER, SchemaNormalizer.CONDITIONS);

    private final String className;
    private final String violation;
    private final Map<String, Property> properties;
    private final TypeInfo types;
    private final Function<JsonNode, JsonNode> resolver;
    private final List<String> warnings;
    private final StringBuilder statics = new StringBuilder();
    private final StringBuilder methods = new StringBuilder();
    private final Map<String, UnaryOperator<String>> patternTests = new HashMap<>();
    private boolean validityOnly;
    private final Schema schema;
    private final String jsonValues;
    private final ValueCheckCompiler values;
    private JsonNode memberSchema;
    private JsonNode objectFallback;
    private boolean silent;

    /**
     * @param className simple name of the class, for warnings
     * @param violation fully qualified name of the generated violation class
     * @param properties the class's properties by JSON name, in schema order
     * @param resolver resolves a {@code $ref} node to its target schema (or returns the node)
     * @param warnings receives a line for each rule the generated code cannot check
     */
    ViolationCompiler(String className, String violation, String jsonValues, Map<String, Property> properties, TypeInfo types,
            Function<JsonNode, JsonNode> resolver, ValueCheckCompiler.References references, Schema schema, List<String> warnings) {
        this.className = className;
        this.violation = violation;
        this.properties = properties;
        this.types = types;
        this.resolver = resolver;
        this.warnings = warnings;
        this.schema = schema;
        this.jsonValues = jsonValues;
        this.values = new ValueCheckCompiler(violation, jsonValues, references, this::pattern, this::warn);
    }

    /** Static fields (compiled patterns) the method body needs. */
    String statics() {
        return statics.toString() + values.statics();
    }

    /** Static methods (pattern automata) the method body needs. */
    String methods() {
        return methods.toString() + values.methods();
    }

    /**
     * The statements of {@code isValid()} for the same object schema: the same checks, but the first
     * broken rule returns {@code false}, so a valid object costs no list, no pointer and no message.
     * Falls through (to a {@code return true}) when every rule holds.
     */
    String validityBody(JsonNode node) {
        validityOnly = true;
        try {
            return body(node);
        } finally {
            validityOnly = false;
        }
    }

    /**
     * The name of a method, among {@link #methods()}, that checks a JSON value against a whole other schema
     * ({@code static boolean m(Object value, String pointer, List out)}): a build rule set's schema,
     * checked on the object's {@code toJsonValue()}.
     */
    String otherSchemaMethod(JsonNode node, Schema at) {
        return values.method(node, at, "");
    }

    /**
     * The statements of {@code collectViolations} (or, with {@code validity}, of {@code isValid()}) for a
     * value that is not an object: the whole schema {@code node}, checked on the JSON value that the
     * Java source {@code json} gives.
     */
    String valueBody(JsonNode node, String json, boolean validity) {
        validityOnly = validity;
        try {
            String method = values.method(node, schema, "");
            return "        " + genericCall(method, json, "pointer") + "\n";
        } finally {
            validityOnly = false;
        }
    }

    /** The statements of {@code collectViolations}, for the object schema {@code node}. */
    String body(JsonNode node) {
        StringBuilder code = new StringBuilder();
        for (JsonNode required : node.path("required")) {
            Property p = properties.get(required.asText());
            if (p == null) {
                warn("/required", "\"" + required.asText() + "\" is required but not declared in properties");
                continue;
            }
            code.append("        if (!").append(p.present()).append(") {\n")
                    .append("            ").append(add(ptr(p), "required", JavaText.literal(p.jsonName() + " is required"))).append('\n')
                    .append("        }\n");
        }
        for (Property p : properties.values()) {
            String checks = valueChecks(p, p.schema(), "/properties/" + JsonPointers.escape(p.jsonName()), "");
            if (!checks.isEmpty()) {
                // A JSON value (Object) is checked even when it is an explicit null: null may break its schema.
                String present = p.type().fullName().equals("java.lang.Object") ? p.present() : p.field() + " != null";
                code.append("        if (").append(present).append(") {\n").append(checks).append("        }\n");
            }
        }
        dependentRequired(node, code);
        memberChecks(node, code);
        for (JsonNode unmerged : node.path(SchemaNormalizer.UNMERGED)) {
            warn("/properties/" + JsonPointers.escape(unmerged.asText()), "\"" + unmerged.asText()
                    + "\" is constrained by two schemas that cannot be merged into one Java property; only the first is checked");
        }
        List<JsonNode> conditions = new ArrayList<>();
        List<String> at = new ArrayList<>();
        if (node.has("if")) {
            conditions.add(node);
            at.add("");
        }
        int i = 0;
        for (JsonNode condition : node.path(SchemaNormalizer.CONDITIONS)) {
            conditions.add(condition);
            at.add("/allOf[" + i++ + "]");
        }
        // Rules on the object as a whole that the typed checks cannot state: checked on its JSON value,
        // as one schema of those keywords (so that warnings keep the keywords' own pointers).
        com.fasterxml.jackson.databind.node.ObjectNode fallback = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (OBJECT_FALLBACK_KEYWORDS.contains(keyword)) {
                fallback.set(keyword, node.get(keyword));
            } else if (!CHECKED_PROPERTY_KEYWORDS.contains(keyword) && !keyword.startsWith("x-") && !keyword.startsWith("$")) {
                warn("/" + keyword, "the keyword \"" + keyword + "\" is not checked by the generated code");
            }
        }
        for (int c = 0; c < conditions.size(); c++) {
            if (compilesTyped(conditions.get(c), at.get(c))) {
                conditional(conditions.get(c), at.get(c), c, code);
            } else {
                com.fasterxml.jackson.databind.node.ArrayNode all = fallback.path("allOf").isArray()
                        ? (com.fasterxml.jackson.databind.node.ArrayNode) fallback.get("allOf").deepCopy()
                        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
                com.fasterxml.jackson.databind.node.ObjectNode conditional = all.addObject();
                for (String keyword : List.of("if", "then", "else")) {
                    if (conditions.get(c).has(keyword)) {
                        conditional.set(keyword, conditions.get(c).get(keyword));
                    }
                }
                fallback.set("allOf", all);
            }
        }
        if (!fallback.isEmpty() || objectFallback != null) {
            if (objectFallback == null) {
                objectFallback = fallback;
            }
            code.append("        ").append(genericCall(values.method(objectFallback, schema, ""), "toJsonValue()", "pointer")).append('\n');
        }
        return code.toString();
    }

    // ---- property values ----------------------------------------------------------------------

    /**
     * Checks on a non-null property value against {@code schema}. {@code reason} is appended to
     * every message (empty, or " because ..." inside a conditional branch).
     */
    private String valueChecks(Property p, JsonNode rawSchema, String schemaAt, String reason) {
        JsonNode schema = resolver.apply(rawSchema);
        StringBuilder code = new StringBuilder();
        String v = p.field();
        String name = p.jsonName();
        JType type = p.type();
        if (holdsJsonValues(type) && !isList(type) && uncheckedKeyword(schema, isString(type))) {
            // A scalar with keywords the typed checks below do not cover (anyOf, not, multipleOf, ...):
            // the whole schema, compiled as a value check, rather than a warning.
            return propertyValueCheck(rawSchema, schemaAt, v, p);
        }
        if (types.isValueType(type)) {
            stringChecks(v + ".value()", name, schema, ptr(p), reason, code);
            enumerationCheck(v, name, schema, ptr(p), reason, code);
        } else if (isString(type)) {
            stringChecks(v, name, schema, ptr(p), reason, code);
            if (schema.has("enum")) {
                code.append("            if (!").append(setOf(schema.get("enum"))).append(".contains(").append(v).append(")) {\n")
                        .append("                ").append(add(ptr(p), "enum", JavaText.literal(name + " must be one of " + listOf(schema.get("enum")) + reason))).append('\n')
                        .append("            }\n");
            }
        } else if (isNumber(type)) {
            numberChecks(v, type, name, schema, ptr(p), reason, code);
        } else if (types.isModel(type)) {
            code.append("            ").append(nested(v, ptr(p))).append('\n');
        } else if (holdsJsonValues(type)) {
            // Lists of JSON values and values of no single type: the whole schema, at every depth.
            return values.acceptsEverything(rawSchema, this.schema) ? "" : propertyValueCheck(rawSchema, schemaAt, v, p);
        } else if (isList(type) && elementType(type) != null && isList(elementType(type))) {
            // Lists of lists of objects: the whole schema on the list's JSON value, at every depth.
            return propertyValueCheck(rawSchema, schemaAt, jsonValueOf(v, type, types, 0), p);
        } else if (isList(type)) {
            arrayChecks(p, schema, schemaAt, reason, code);
        } else if (isBoolean(type)) {
            if (schema.has("const") && schema.get("const").isBoolean()) {
                code.append("            if (").append(v).append(" != ").append(schema.get("const").asBoolean()).append(") {\n")
                        .append("                ").append(add(ptr(p), "const", JavaText.literal(name + " must be " + schema.get("const").asBoolean() + reason))).append('\n')
                        .append("            }\n");
            }
        }
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (!CHECKED_PROPERTY_KEYWORDS.contains(keyword) && !keyword.startsWith("x-")) {
                warn(schemaAt + "/" + keyword, "the keyword \"" + keyword + "\" is not checked by the generated code");
            }
        }
        return code.toString();
    }

    private void stringChecks(String s, String name, JsonNode schema, String pointer, String reason, StringBuilder code) {
        if (schema.has("const") && schema.get("const").isTextual()) {
            check(code, "!" + JavaText.literal(schema.get("const").asText()) + ".equals(" + s + ")", pointer, "const",
                    name + " must be " + schema.get("const").asText() + reason);
        }
        if (schema.has("minLength")) {
            int min = schema.get("minLength").asInt();
            check(code, s + ".codePointCount(0, " + s + ".length()) < " + min, pointer, "minLength",
                    name + " must be at least " + min + (min == 1 ? " character" : " characters") + " long" + reason);
        }
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            check(code, s + ".codePointCount(0, " + s + ".length()) > " + max, pointer, "maxLength",
                    name + " must be at most " + max + (max == 1 ? " character" : " characters") + " long" + reason);
        }
        if (schema.has("pattern")) {
            UnaryOperator<String> matches = pattern(schema.get("pattern").asText());
            if (matches != null) {
                check(code, "!" + matches.apply(s), pointer, "pattern", patternMessage(name, schema) + reason);
            }
        }
        AssertedFormat format = AssertedFormat.of(schema);
        if (format != null) {
            String test = format.test(s, t -> t + ".codePointCount(0, " + t + ".length())", this::pattern);
            if (test == null) {
                warn(name, "the format " + format.name() + " is not checked by the generated code");
            } else {
                check(code, "!(" + test + ")", pointer, "format", name + " " + format.words() + reason);
            }
        }
    }

    /** "room_id is not a valid Room ID: A Matrix room ID..." when the pattern has a named definition; else the pattern. */
    private static String patternMessage(String name, JsonNode schema) {
        if (schema.hasNonNull(SchemaNormalizer.FORMAT_TITLE)) {
            String description = schema.path(SchemaNormalizer.FORMAT_DESCRIPTION).asText("");
            return name + " is not a valid " + schema.get(SchemaNormalizer.FORMAT_TITLE).asText()
                    + (description.isEmpty() ? "" : ": " + description);
        }
        return name + " must match the pattern " + schema.get("pattern").asText();
    }

    private void enumerationCheck(String v, String name, JsonNode schema, String pointer, String reason, StringBuilder code) {
        if (!schema.has(SchemaNormalizer.VALUES)) {
            return;
        }
        String known = listOf(schema.get("enum"));
        if (!schema.path(SchemaNormalizer.OPEN).asBoolean()) {
            check(code, "!" + v + ".isKnown()", pointer, "enum", name + " must be one of " + known + reason);
            return;
        }
        List<String> alternatives = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (JsonNode other : schema.path(SchemaNormalizer.OTHER)) {
            List<String> parts = new ArrayList<>();
            String s = v + ".value()";
            if (other.has("pattern")) {
                UnaryOperator<String> matches = pattern(other.get("pattern").asText());
                if (matches == null) {
                    return;
                }
                parts.add(matches.apply(s));
                words.add("match the pattern " + other.get("pattern").asText());
            }
            if (other.has("minLength")) {
                parts.add(s + ".codePointCount(0, " + s + ".length()) >= " + other.get("minLength").asInt());
            }
            if (other.has("maxLength")) {
                parts.add(s + ".codePointCount(0, " + s + ".length()) <= " + other.get("maxLength").asInt());
            }
            if (parts.isEmpty()) {
                return; // some branch accepts any string: every value is valid
            }
            alternatives.add("(" + String.join(" && ", parts) + ")");
        }
        if (alternatives.isEmpty()) {
            return;
        }
        check(code, "!" + v + ".isKnown() && !(" + String.join(" || ", alternatives) + ")", pointer, "anyOf",
                name + " must be one of " + known + (words.isEmpty() ? "" : ", or " + String.join(" or ", words)) + reason);
    }

    private void numberChecks(String n, JType type, String name, JsonNode schema, String pointer, String reason, StringBuilder code) {
        List<String[]> limits = new ArrayList<>(List.of(ValueCheckCompiler.LIMITS));
        limits.add(new String[] {"const", "!=", ""});
        for (String[] limit : limits) {
            JsonNode value = schema.get(limit[0]);
            if (value != null && value.isNumber()) {
                check(code, compare(n, type, limit[1], value), pointer, limit[0], name + " must be " + limit[2] + value.asText() + reason);
            }
        }
    }

    /**
     * A comparison of the number {@code n} (of Java type {@code type}) with a schema literal that holds
     * for every value: in {@code long} where both are integers that fit, in {@code double} for a
     * {@code Double} property, and exactly as decimals otherwise (a {@code long} beyond 2^53 or a
     * {@code BigDecimal} would be rounded by {@code doubleValue()}).
     */
    private String compare(String n, JType type, String operator, JsonNode literal) {
        String javaType = type.fullName();
        boolean integral = literal.canConvertToExactIntegral() && literal.canConvertToLong();
        if (integral && (javaType.equals("java.lang.Integer") || javaType.equals("java.lang.Long"))) {
            return n + " " + operator + " " + literal.decimalValue().toBigIntegerExact() + "L";
        }
        if (javaType.equals("java.lang.Double") || javaType.equals("java.lang.Float")) {
            return n + ".doubleValue() " + operator + " " + literal.doubleValue() + "d";
        }
        return jsonValues + ".decimal(" + n + ").compareTo(" + values.decimal(literal) + ") " + operator + " 0";
    }

    private void arrayChecks(Property p, JsonNode schema, String schemaAt, String reason, StringBuilder code) {
        String l = p.field();
        if (schema.has("minItems")) {
            check(code, l + ".size() < " + schema.get("minItems").asInt(), ptr(p), "minItems", p.jsonName() + " must have at least " + schema.get("minItems").asInt() + " items" + reason);
        }
        if (schema.has("maxItems")) {
            check(code, l + ".size() > " + schema.get("maxItems").asInt(), ptr(p), "maxItems", p.jsonName() + " must have at most " + schema.get("maxItems").asInt() + " items" + reason);
        }
        if (schema.path("uniqueItems").asBoolean(false)) {
            check(code, "new java.util.HashSet<>(" + l + ").size() != " + l + ".size()", ptr(p), "uniqueItems", p.jsonName() + " must not contain the same item twice" + reason);
        }
        JType element = elementType(p.type());
        if (element != null && types.isModel(element)) {
            code.append("            for (int i = 0; i < ").append(l).append(".size(); i++) {\n")
                    .append("                if (").append(l).append(".get(i) != null) {\n")
                    .append("                    ").append(nested(l + ".get(i)", ptr(p) + " + \"/\" + i")).append('\n')
                    .append("                }\n")
                    .append("            }\n");
        } else if (element != null && (isString(element) || types.isValueType(element)) && schema.has("items")) {
            JsonNode items = resolver.apply(schema.get("items"));
            StringBuilder inner = new StringBuilder();
            String value = types.isValueType(element) ? "item.value()" : "item";
            stringChecks(value, p.jsonName() + " item", items, ptr(p) + " + \"/\" + i", reason, inner);
            if (types.isValueType(element)) {
                enumerationCheck("item", p.jsonName() + " item", items, ptr(p) + " + \"/\" + i", reason, inner);
            }
            if (inner.length() > 0) {
                code.append("            for (int i = 0; i < ").append(l).append(".size(); i++) {\n")
                        .append("                ").append(element.fullName()).append(" item = ").append(l).append(".get(i);\n")
                        .append("                if (item != null) {\n")
                        .append(inner.toString().replace("\n            ", "\n                    ").replaceFirst("^            ", "                    "))
                        .append("                }\n")
                        .append("            }\n");
            }
        }
    }

    // ---- dependentRequired and conditionals ---------------------------------------------------

    /**
     * The members the schema does not name, against {@code additionalProperties},
     * {@code patternProperties} and {@code propertyNames}: compiled as a check of the map of unknown
     * members, where the declared names are skipped by {@code additionalProperties}.
     */
    private void memberChecks(JsonNode node, StringBuilder code) {
        if (memberSchema == null) {
            com.fasterxml.jackson.databind.node.ObjectNode members = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            for (String keyword : List.of("additionalProperties", "patternProperties", "propertyNames")) {
                if (node.has(keyword)) {
                    members.set(keyword, node.get(keyword));
                }
            }
            com.fasterxml.jackson.databind.node.ObjectNode declared = members.putObject("properties");
            node.path("properties").fieldNames().forEachRemaining(name -> declared.put(name, true));
            memberSchema = members;
        }
        if (memberSchema.size() > 1) {
            String method = values.method(memberSchema, schema, "");
            code.append("        ").append(genericCall(method, "additionalProperties", "pointer")).append('\n');
        }
    }

    /**
     * The whole schema of property {@code p}, compiled as a value check of the JSON value that the Java
     * source {@code json} gives, as a statement inside the property's {@code if (present)} block.
     */
    private String propertyValueCheck(JsonNode rawSchema, String schemaAt, String json, Property p) {
        return "            " + genericCall(values.method(rawSchema, this.schema, schemaAt), json, ptr(p))
                .replace("\n        }", "\n            }") + "\n";
    }

    /** A call of a compiled value check: adds its violations, or answers no in the validity-only body. */
    private String genericCall(String method, String value, String pointer) {
        if (validityOnly) {
            return "if (!" + method + "(" + value + ", \"\", null)) {\n            return false;\n        }";
        }
        return method + "(" + value + ", " + pointer + ", out);";
    }

    /** Keywords the typed checks of a string, number or boolean property evaluate, besides annotations. */
    private static final Set<String> SCALAR_KEYWORDS = Set.of("type", "const", "pattern", "minLength", "maxLength",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format", "title", "description", "$comment",
            "examples", "example", "default", "deprecated", "readOnly", "writeOnly", "$id", "$schema", "$defs", "definitions",
            "$anchor", SchemaNormalizer.FORMAT_TITLE, SchemaNormalizer.FORMAT_DESCRIPTION);

    /** Whether a scalar property's schema has a keyword that its typed checks do not evaluate. */
    private static boolean uncheckedKeyword(JsonNode schema, boolean string) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (!SCALAR_KEYWORDS.contains(keyword) && !keyword.startsWith("x-") && !(string && keyword.equals("enum"))) {
                return true;
            }
        }
        return false;
    }

    /** Java source for the JSON value (maps, lists, strings, numbers, booleans) of {@code value}, of Java type {@code type}. */
    static String jsonValueOf(String value, JType type, TypeInfo types, int depth) {
        if (types.isModel(type)) {
            return value + ".toJsonValue()";
        }
        if (types.isValueType(type)) {
            return value + ".value()";
        }
        if (isList(type) && elementType(type) != null) {
            String item = "item" + depth;
            String element = jsonValueOf(item, elementType(type), types, depth + 1);
            return element.equals(item) ? value
                    : value + ".stream().map(" + item + " -> " + item + " == null ? null : (Object) " + element + ").toList()";
        }
        return value;
    }

    /** Whether a list type holds only JSON values (strings, numbers, booleans, any value, lists of those). */
    private boolean holdsJsonValues(JType type) {
        if (isList(type)) {
            JType element = elementType(type);
            return element != null && holdsJsonValues(element);
        }
        return isString(type) || isBoolean(type) || isNumber(type) || type.fullName().equals("java.lang.Object");
    }

    private void dependentRequired(JsonNode node, StringBuilder code) {
        JsonNode dependent = node.get("dependentRequired");
        if (dependent == null || !dependent.isObject()) {
            return;
        }
        dependent.properties().forEach(entry -> {
            Property trigger = properties.get(entry.getKey());
            if (trigger == null) {
                warn("/dependentRequired/" + JsonPointers.escape(entry.getKey()), "\"" + entry.getKey() + "\" is not declared in properties");
                return;
            }
            for (JsonNode needed : entry.getValue()) {
                Property p = properties.get(needed.asText());
                if (p == null) {
                    warn("/dependentRequired/" + JsonPointers.escape(entry.getKey()), "\"" + needed.asText() + "\" is not declared in properties");
                    continue;
                }
                check(code, trigger.present() + " && !" + p.present(), ptr(p), "dependentRequired",
                        p.jsonName() + " is required because " + trigger.jsonName() + " is present", "        ");
            }
        });
    }

    /** Object keywords checked on the object's JSON value ({@code toJsonValue()}), having no typed form. */
    private static final Set<String> OBJECT_FALLBACK_KEYWORDS = Set.of("anyOf", "oneOf", "not", "allOf", "minProperties",
            "maxProperties", "dependentSchemas", "unevaluatedProperties");

    /**
     * Whether an {@code if}/{@code then}/{@code else} can be compiled into typed checks with words of
     * its own: a condition on declared properties, and branches of {@code required} and declared
     * properties. Anything else is checked on the object's JSON value instead.
     */
    private boolean compilesTyped(JsonNode holder, String at) {
        silent = true;
        try {
            if (condition(resolver.apply(holder.get("if")), at + "/if") == null) {
                return false;
            }
            for (String keyword : List.of("then", "else")) {
                if (!holder.has(keyword)) {
                    continue;
                }
                JsonNode branch = resolver.apply(holder.get(keyword));
                if (!branch.isObject()) {
                    return false;
                }
                for (Iterator<String> names = branch.fieldNames(); names.hasNext();) {
                    if (!CONDITION_KEYWORDS.contains(names.next())) {
                        return false;
                    }
                }
                for (JsonNode required : branch.path("required")) {
                    if (!properties.containsKey(required.asText())) {
                        return false;
                    }
                }
                for (Iterator<String> names = branch.path("properties").fieldNames(); names.hasNext();) {
                    if (!properties.containsKey(names.next())) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            silent = false;
        }
    }

    private void conditional(JsonNode holder, String at, int index, StringBuilder code) {
        JsonNode condition = resolver.apply(holder.get("if"));
        Condition compiled = condition(condition, at + "/if");
        if (compiled == null) {
            return;
        }
        String flag = "condition" + index;
        code.append("        boolean ").append(flag).append(" = ").append(compiled.test()).append(";\n");
        JsonNode then = holder.has("then") ? resolver.apply(holder.get("then")) : null;
        JsonNode otherwise = holder.has("else") ? resolver.apply(holder.get("else")) : null;
        Set<String> thenRequired = requiredOf(then);
        if (then != null) {
            String branch = branch(then, at + "/then", " because " + compiled.words(), r -> JavaText.literal(r + " is required because " + compiled.words()));
            if (!branch.isEmpty()) {
                code.append("        if (").append(flag).append(") {\n").append(branch).append("        }\n");
            }
        }
        if (otherwise != null) {
            String branch = branch(otherwise, at + "/else", " unless " + compiled.words(), r -> compiled.single() != null && !thenRequired.contains(r)
                    ? JavaText.literal(r + " is required because " + compiled.single().jsonName() + " is ") + " + "
                            + describe(compiled.single()) + " + " + JavaText.literal("; only " + compiled.singleWords() + " may omit it")
                    : JavaText.literal(r + " is required unless " + compiled.words()));
            if (!branch.isEmpty()) {
                code.append("        if (!").append(flag).append(") {\n").append(branch).append("        }\n");
            }
        }
    }

    private String branch(JsonNode schema, String at, String reason, Function<String, String> requiredMessage) {
        StringBuilder code = new StringBuilder();
        for (JsonNode required : schema.path("required")) {
            Property p = properties.get(required.asText());
            if (p == null) {
                warn(at + "/required", "\"" + required.asText() + "\" is required but not declared in properties");
                continue;
            }
            code.append("            if (!").append(p.present()).append(") {\n")
                    .append("                ").append(add(ptr(p), "required", requiredMessage.apply(p.jsonName()))).append('\n')
                    .append("            }\n");
        }
        schema.path("properties").properties().forEach(entry -> {
            Property p = properties.get(entry.getKey());
            if (p == null) {
                warn(at + "/properties/" + JsonPointers.escape(entry.getKey()), "\"" + entry.getKey() + "\" is not declared in properties");
                return;
            }
            String checks = valueChecks(p, entry.getValue(), at + "/properties/" + JsonPointers.escape(entry.getKey()), reason);
            if (!checks.isEmpty()) {
                code.append("            if (").append(p.field()).append(" != null) {\n")
                        .append(checks.replace("\n            ", "\n                ").replaceFirst("^            ", "                "))
                        .append("            }\n");
            }
        });
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (!CONDITION_KEYWORDS.contains(keyword)) {
                warn(at + "/" + keyword, "the keyword \"" + keyword + "\" inside a conditional branch is not checked by the generated code");
            }
        }
        return code.toString();
    }

    private static Set<String> requiredOf(JsonNode schema) {
        Set<String> names = new java.util.HashSet<>();
        if (schema != null) {
            schema.path("required").forEach(r -> names.add(r.asText()));
        }
        return names;
    }

    /** A test on one declared member: the Java expression (over the object's fields) and the member. */
    record MemberTest(String test, Property member) {
    }

    /**
     * The compiled form of {@code condition} (an {@code if}, or any schema of the keywords an
     * {@code if} may use) when the typed checks can evaluate it and it tests one declared member only;
     * {@code null} otherwise. Reports nothing: the variant view asks to find out what it can prove.
     */
    MemberTest memberTest(JsonNode condition) {
        silent = true;
        try {
            Condition compiled = condition(resolver.apply(condition), "");
            return compiled == null || compiled.single() == null ? null : new MemberTest(compiled.test(), compiled.single());
        } finally {
            silent = false;
        }
    }

    /** Whether the {@code if}/{@code then}/{@code else} of {@code holder} compiles into typed checks. */
    boolean compilesTyped(JsonNode holder) {
        return compilesTyped(holder, "");
    }

    /**
     * A compiled {@code if}: a Java boolean expression, the condition in words, and, when the
     * condition is about one property only, that property and the words for its expected values.
     */
    private record Condition(String test, String words, Property single, String singleWords) {
    }

    private Condition condition(JsonNode schema, String at) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (!CONDITION_KEYWORDS.contains(keyword)) {
                warn(at + "/" + keyword, "the condition uses \"" + keyword + "\", which the generated code cannot evaluate;"
                        + " this if/then/else is not checked by the model (the validator checks it)");
                return null;
            }
        }
        Set<String> required = requiredOf(schema);
        Map<String, List<String>> tests = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (String name : required) {
            tests.computeIfAbsent(name, n -> new ArrayList<>());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            tests.computeIfAbsent(entry.getKey(), n -> new ArrayList<>());
        }
        List<String> parts = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        Property single = tests.size() == 1 ? properties.get(tests.keySet().iterator().next()) : null;
        String singleWords = null;
        for (String name : tests.keySet()) {
            Property p = properties.get(name);
            if (p == null) {
                warn(at, "the condition names \"" + name + "\", which is not declared in properties; this if/then/else is not checked by the model");
                return null;
            }
            JsonNode constraint = schema.path("properties").has(name) ? resolver.apply(schema.path("properties").get(name)) : null;
            String value = types.isValueType(p.type()) ? p.field() + ".value()" : p.field();
            List<String> valueTests = new ArrayList<>();
            List<String> valueWords = new ArrayList<>();
            if (constraint != null) {
                for (Iterator<String> names = constraint.fieldNames(); names.hasNext();) {
                    String keyword = names.next();
                    switch (keyword) {
                        case "const" -> {
                            valueTests.add(literalOf(constraint.get("const"), p) + ".equals(" + value + ")");
                            valueWords.add(constraint.get("const").asText());
                        }
                        case "enum" -> {
                            valueTests.add(setOf(constraint.get("enum")) + ".contains(" + value + ")");
                            valueWords.add("one of " + listOf(constraint.get("enum")));
                        }
                        case "pattern" -> {
                            UnaryOperator<String> matches = pattern(constraint.get("pattern").asText());
                            if (matches == null) {
                                return null;
                            }
                            valueTests.add(matches.apply(value));
                            valueWords.add("matching " + constraint.get("pattern").asText());
                        }
                        case "title", "description", "$comment", "type", SchemaNormalizer.VALUES, SchemaNormalizer.OPEN -> {
                            // annotations; "type" is already guaranteed by the Java type
                        }
                        default -> {
                            warn(at + "/properties/" + JsonPointers.escape(name) + "/" + keyword, "the condition uses \""
                                    + keyword + "\", which the generated code cannot evaluate; this if/then/else is not checked by the model");
                            return null;
                        }
                    }
                }
            }
            boolean mustBePresent = required.contains(name);
            String valueTest = String.join(" && ", valueTests);
            String expected = String.join(" and ", valueWords);
            if (mustBePresent) {
                parts.add(valueTest.isEmpty() ? p.field() + " != null" : "(" + p.field() + " != null && " + valueTest + ")");
                phrases.add(name + " is " + (expected.isEmpty() ? "present" : expected));
                singleWords = expected.isEmpty() ? name + " present" : expected;
            } else if (!valueTest.isEmpty()) {
                parts.add("(" + p.field() + " == null || " + valueTest + ")");
                phrases.add(name + " is absent or " + expected);
                singleWords = "an absent " + name + " or " + expected;
            }
        }
        if (parts.isEmpty()) {
            return new Condition("true", "always", null, null);
        }
        return new Condition(String.join(" && ", parts), String.join(" and ", phrases), single, singleWords);
    }

    private String describe(Property p) {
        String value = types.isValueType(p.type()) ? p.field() + ".value()" : "String.valueOf(" + p.field() + ")";
        return "(" + p.field() + " == null ? \"absent\" : " + value + ")";
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String literalOf(JsonNode value, Property p) {
        if (value.isTextual()) {
            return JavaText.literal(value.asText());
        }
        if (value.isBoolean()) {
            return "Boolean.valueOf(" + value.asBoolean() + ")";
        }
        return JavaText.literal(value.asText());
    }

    private static String setOf(JsonNode values) {
        List<String> literals = new ArrayList<>();
        values.forEach(v -> literals.add(JavaText.literal(v.asText())));
        return "java.util.Set.of(" + String.join(", ", new java.util.LinkedHashSet<>(literals)) + ")";
    }

    private static String listOf(JsonNode values) {
        List<String> words = new ArrayList<>();
        values.forEach(v -> words.add(v.asText()));
        return String.join(", ", words);
    }

    /**
     * A test for {@code regex}: given a Java expression for the string, a boolean expression that is
     * true when the pattern is found in it, or {@code null} when the pattern cannot be checked. Most
     * patterns become a generated automaton method ({@link PatternMethod}); the rest use
     * {@code java.util.regex}, with the same answers.
     */
    private UnaryOperator<String> pattern(String regex) {
        if (patternTests.containsKey(regex)) {
            return patternTests.get(regex); // one method (or field) per pattern and class
        }
        UnaryOperator<String> test = compilePattern(regex, patternTests.size());
        patternTests.put(regex, test);
        return test;
    }

    private UnaryOperator<String> compilePattern(String regex, int number) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            warn("", "the pattern " + regex + " is not a valid Java regular expression; it is not checked by the generated code");
            return null;
        }
        String method = "matchesPattern" + number;
        Optional<String> automaton = PatternMethod.source(method, regex, JavaText.javadoc(regex));
        if (automaton.isPresent()) {
            methods.append('\n').append(automaton.get());
            return subject -> method + "(" + subject + ")";
        }
        String field = "PATTERN_" + number;
        statics.append("    private static final java.util.regex.Pattern ").append(field)
                .append(" = java.util.regex.Pattern.compile(").append(JavaText.literal(regex)).append(");\n");
        return subject -> field + ".matcher(" + subject + ").find()";
    }

    private void check(StringBuilder code, String failing, String pointer, String keyword, String message) {
        check(code, failing, pointer, keyword, message, "            ");
    }

    private void check(StringBuilder code, String failing, String pointer, String keyword, String message, String indent) {
        code.append(indent).append("if (").append(failing).append(") {\n")
                .append(indent).append("    ").append(add(pointer, keyword, JavaText.literal(message))).append('\n')
                .append(indent).append("}\n");
    }

    /** Reports one violation; in the validity-only body, the answer is already no. */
    private String add(String pointer, String keyword, String messageExpression) {
        if (validityOnly) {
            return "return false;";
        }
        return "out.add(new " + violation + "(" + pointer + ", " + JavaText.literal(keyword) + ", " + messageExpression + "));";
    }

    /** The checks of a nested model object: its violations under its pointer, or just its answer. */
    private String nested(String object, String pointer) {
        if (validityOnly) {
            return "if (!" + object + ".isValid()) {\n                return false;\n            }";
        }
        return object + ".collectViolations(" + pointer + ", out);";
    }

    private static String ptr(Property p) {
        return "pointer + " + JavaText.literal("/" + JsonPointers.escape(p.jsonName()));
    }

    private void warn(String at, String what) {
        if (validityOnly || silent) {
            return; // the same rules were compiled, and reported, for collectViolations
        }
        warnings.add(className + " (schema " + (at.isEmpty() ? "/" : at) + "): " + what);
    }

    private static boolean isString(JType type) {
        return type.fullName().equals("java.lang.String");
    }

    private static boolean isBoolean(JType type) {
        return type.fullName().equals("java.lang.Boolean") || type.fullName().equals("boolean");
    }

    private static boolean isNumber(JType type) {
        return Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float",
                "java.math.BigDecimal", "java.math.BigInteger").contains(type.fullName());
    }

    private static boolean isList(JType type) {
        return type instanceof JClass c && (c.erasure().fullName().equals("java.util.List") || c.erasure().fullName().equals("java.util.Set"));
    }

    private static JType elementType(JType type) {
        if (type instanceof JClass c && !c.getTypeParameters().isEmpty()) {
            return c.getTypeParameters().get(0);
        }
        return null;
    }
}
