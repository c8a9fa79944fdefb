package dev.withheld.codegen.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpr;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import dev.withheld.codegen.generate.BuildRuleSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.ObjectRule;
import org.jsonschema2pojo.util.ParcelableHelper;

/**
 * jsonschema2pojo's object rule, finished into an immutable value class (or, with the {@code records} option, a
 * record: see {@link RecordForm}) that knows its schema's rules.
 *
 * <p>On top of the fields and getters jsonschema2pojo generates, each class gets: a builder whose
 * {@code build()} refuses an object that breaks a rule; {@code violations()}, the rules a parsed
 * object breaks (each with JSON Pointer, keyword and a plain-words message); unknown properties kept
 * in order and written back; and {@code equals}, {@code hashCode} and {@code toString} over all of it.
 */
final class ModelObjectRule extends ObjectRule {

    private final ModelRuleFactory rules;

    ModelObjectRule(ModelRuleFactory rules) {
        super(rules, new ParcelableHelper(), rules.getReflectionHelper());
        this.rules = rules;
    }

    @Override
    public JType apply(String nodeName, JsonNode node, JsonNode parent, JPackage pkg, Schema schema) {
        String className = rules.getNameHelper().className(nodeName, node, pkg, schema);
        String whyAClass = rules.generateRecords() ? RecordForm.whyAClass(node) : null;
        boolean record = rules.generateRecords() && whyAClass == null;
        return rules.getNameHelper().inObject(node, record, () -> generate(className, node, parent, pkg, schema, record, whyAClass));
    }

    private JType generate(String nodeName, JsonNode node, JsonNode parent, JPackage pkg, Schema schema, boolean record,
            String whyAClass) {
        boolean existed = schema.isGenerated();
        JType type = super.apply(nodeName, node, parent, pkg, schema);
        if (existed || !(type instanceof JDefinedClass jclass) || rules.isModel(jclass)) {
            return type;
        }
        rules.registerModel(jclass);
        if (whyAClass != null) {
            rules.notes().add(jclass.name() + " (schema /): a class, not a record: " + whyAClass);
        }
        finish(jclass, node, schema, record);
        return type;
    }

    private void finish(JDefinedClass jclass, JsonNode node, Schema schema, boolean record) {
        Map<String, ViolationCompiler.Property> properties = properties(jclass, node, schema);
        String name = jclass.name();
        ownDocumentation(jclass, node, properties);
        boolean numbersOnly = numbersOnly(node, schema);
        // A class notes explicit nulls in every case; a record has the component only where a member may be null.
        boolean tracksNulls = !record || properties.values().stream().anyMatch(ViolationCompiler.Property::nullable);
        String anySetter = anySetter(numbersOnly, record ? "builder" : "this");
        if (!record) {
            jclass.mods().setFinal(true);
            classState(jclass);
            refuseNulls(jclass, properties);
        }

        List<String> warnings = new ArrayList<>();
        ViolationCompiler compiler = new ViolationCompiler(name, rules.support().violationName(), rules.support().jsonValuesName(),
                properties, rules.typeInfo(), n -> rules.resolve(n, schema), rules::follow, schema, warnings);
        String checks = compiler.body(node);
        String validity = compiler.validityBody(node);
        List<ModelRuleFactory.RuleSet> ruleSets = rules.ruleSetsOf(schema);
        Map<String, String> ruleSetChecks = new LinkedHashMap<>();
        for (ModelRuleFactory.RuleSet set : ruleSets) {
            Schema rulesSchema = rules.ruleSetSchema(set);
            ruleSetChecks.put(set.name(), compiler.otherSchemaMethod(rulesSchema.getContent(), rulesSchema));
        }
        rules.warnings().addAll(warnings);
        // Before the compiler's methods are taken: a shape's test may need one of them (a pattern).
        String variants = record || rules.getGenerationConfig().isIncludeSetters() ? ""
                : new VariantView(name, rules.support().exceptionName(), rules.support().violationName(), properties, compiler,
                        n -> rules.resolve(n, schema), typeNamesIn(jclass), rules.notes()::add).source(node);

        StringBuilder text = new StringBuilder("\n");
        text.append(compiler.statics());
        text.append(declaredNames(properties));
        RecordForm form = record ? new RecordForm(jclass, properties.values(), tracksNulls, rules.support().jsonValuesName()) : null;
        if (form != null) {
            rules.recordDeclarations().declare(jclass, readable(form.components(), jclass._package().name()));
            form.replaceFieldsWithComponents(p -> description(p, schema).orElse("the \"" + p.jsonName() + "\" member"));
            text.append(form.constructors());
        } else {
            text.append(anySetter);
            text.append(strictReaders(properties, "this", true));
            text.append(constructors(name, properties));
        }
        text.append(anyGetter(tracksNulls));
        text.append(violationMethods(rules.support().violationName(), checks, validity));
        if (!ruleSets.isEmpty()) {
            text.append(BuildRuleSets.source(rules.support().violationName(), ruleSets, ruleSetChecks));
        }
        text.append(compiler.methods());
        text.append(jsonValue(properties, tracksNulls));
        if (!record) {
            text.append(valueMethods(name, properties));
        }
        text.append(builder(name, properties, schema, tracksNulls, ruleSets.isEmpty() ? null : ruleSets.get(0).name()));
        if (form != null) {
            text.append(form.readingClass(strictReaders(properties, "builder", false), anySetter));
        }
        if (rules.streamingReaders()) {
            text.append(streamingReader(name, properties, numbersOnly, record));
        }
        text.append(variants);
        jclass.direct(readable(text.toString(), jclass._package().name()));
    }

    /**
     * The state a class holds besides jsonschema2pojo's fields: the members the schema does not name (read-only to
     * callers), and the declared members read as an explicit {@code null}.
     */
    private static void classState(JDefinedClass jclass) {
        JFieldVar additional = jclass.field(JMod.PRIVATE | JMod.FINAL,
                jclass.owner().ref(Map.class).narrow(String.class, Object.class), "additionalProperties",
                JExpr._new(jclass.owner().ref(LinkedHashMap.class).narrow(String.class, Object.class)));
        additional.annotate(JsonIgnore.class);

        JMethod getAdditional = jclass.method(JMod.PUBLIC, jclass.owner().ref(Map.class).narrow(String.class, Object.class), "getAdditionalProperties");
        getAdditional.annotate(JsonIgnore.class);
        getAdditional.javadoc().add("Properties the schema does not name, in the order they came; read-only.");
        getAdditional.body().directStatement("return java.util.Collections.unmodifiableMap(additionalProperties);");

        JFieldVar explicitNulls = jclass.field(JMod.PRIVATE,
                jclass.owner().ref(java.util.Set.class).narrow(String.class), "explicitNulls");
        explicitNulls.annotate(JsonIgnore.class);
        explicitNulls.javadoc().add("Declared members that were read as an explicit null, which the schema allows: written back as null."
                + " Made when the first one is read, so that objects without one cost nothing.");
        JMethod nulls = jclass.method(JMod.PRIVATE, jclass.owner().ref(java.util.Set.class).narrow(String.class), "explicitNulls");
        nulls.body().directStatement("return explicitNulls == null ? java.util.Set.of() : explicitNulls;");
    }

    /**
     * The any-getter: what is written after the declared members, the unknown members and then the explicit nulls
     * ({@code tracksNulls}: the object may have some).
     */
    private static String anyGetter(boolean tracksNulls) {
        String body = !tracksNulls ? "        return java.util.Collections.unmodifiableMap(additionalProperties);\n" : """
                        if (explicitNulls().isEmpty()) {
                            return java.util.Collections.unmodifiableMap(additionalProperties);
                        }
                        java.util.Map<String, Object> written = new java.util.LinkedHashMap<>(additionalProperties);
                        explicitNulls().forEach(name -> written.put(name, null));
                        return written;
                """;
        return """

                    /** What is written after the declared members: the unknown members, then the explicit nulls. */
                    @com.fasterxml.jackson.annotation.JsonAnyGetter
                    private java.util.Map<String, Object> writtenAdditionally() {
                %s    }
                """.formatted(body);
    }

    /**
     * The any-setter, through which JSON libraries hand over the members the schema does not name, into the
     * {@code additionalProperties} of {@code owner}. Public with {@code includeSetters}, where it is the setter of
     * those members.
     */
    private String anySetter(boolean numbersOnly, String owner) {
        String jsonValues = rules.support().jsonValuesName();
        String access = rules.getGenerationConfig().isIncludeSetters() ? "public" : "private";
        // Every member the schema does not name must be a number: read each from its token text, exactly.
        String parameter = numbersOnly ? SupportClasses.jsonNumber(jsonValues) : "Object";
        String value = numbersOnly ? "value == null ? null : value.value()" : "value";
        return """

                    @com.fasterxml.jackson.annotation.JsonAnySetter
                    %s void setAdditionalProperty(String name, %s value) {
                        %s.additionalProperties.put(name, %s.freeze(name, %s));
                    }
                """.formatted(access, parameter, owner, jsonValues, value);
    }

    /**
     * Whether every member the schema does not name must be a number or an integer (its
     * {@code additionalProperties} and each of its {@code patternProperties} say so), so that the
     * any-setter can read them exactly instead of through Jackson's untyped reading, which turns a
     * decimal into a {@code double}. Not with public setters, where the any-setter is public API.
     */
    private boolean numbersOnly(JsonNode node, Schema schema) {
        if (rules.getGenerationConfig().isIncludeSetters() || node.has("unevaluatedProperties")) {
            return false;
        }
        List<JsonNode> schemas = new ArrayList<>();
        JsonNode additional = node.get("additionalProperties");
        if (additional == null || additional.isBoolean() && additional.asBoolean()) {
            return false;
        }
        if (additional.isObject()) {
            schemas.add(additional);
        }
        node.path("patternProperties").forEach(schemas::add);
        if (schemas.isEmpty()) {
            return false;
        }
        for (JsonNode member : schemas) {
            String type = rules.resolve(member, schema).path("type").asText("");
            if (!type.equals("number") && !type.equals("integer")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The simple type names the class body may use: its own, its nested types', its members' types
     * (and their type arguments), and the support classes'. A nested type of the same name would
     * shadow them.
     */
    private static java.util.Set<String> typeNamesIn(JDefinedClass jclass) {
        java.util.Set<String> names = new java.util.HashSet<>(List.of(jclass.name(), SupportClasses.VIOLATION,
                SupportClasses.EXCEPTION, SupportClasses.JSON_VALUES));
        jclass.classes().forEachRemaining(nested -> names.add(nested.name()));
        java.util.Deque<JType> types = new java.util.ArrayDeque<>();
        jclass.fields().values().forEach(f -> types.add(f.type()));
        while (!types.isEmpty()) {
            JType type = types.pop();
            if (type instanceof com.sun.codemodel.JClass c) {
                names.add(c.erasure().name());
                types.addAll(c.getTypeParameters());
            }
        }
        return names;
    }

    private Map<String, ViolationCompiler.Property> properties(JDefinedClass jclass, JsonNode node, Schema schema) {
        Map<String, ViolationCompiler.Property> properties = new LinkedHashMap<>();
        JsonNode declared = node.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = declared.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String fieldName = rules.getNameHelper().getPropertyName(entry.getKey(), entry.getValue());
            JFieldVar field = jclass.fields().get(fieldName);
            if (field == null) {
                continue;
            }
            boolean nullable = !rules.getGenerationConfig().isIncludeSetters()
                    && (allowsNull(entry.getValue()) || allowsNull(rules.resolve(entry.getValue(), schema)));
            properties.put(entry.getKey(), new ViolationCompiler.Property(entry.getKey(), fieldName, field.type(), entry.getValue(), nullable));
        }
        return properties;
    }

    /** The JSON names the schema declares, so that the builder can refuse them as additional properties. */
    private static String declaredNames(Map<String, ViolationCompiler.Property> properties) {
        List<String> names = new ArrayList<>();
        properties.keySet().forEach(n -> names.add(JavaText.literal(n)));
        return "    private static final java.util.Set<String> DECLARED_PROPERTIES = java.util.Set.of("
                + String.join(", ", names) + ");\n";
    }

    /**
     * Readers that take the JSON value exactly as it came, so that a number is never quietly turned
     * into a string (or a string into a number), and an explicit {@code null} is refused unless the
     * schema allows it. Jackson 2 and 3 coerce scalars by default and read {@code null} as "absent";
     * either would make a parsed object lie about its JSON. They set the fields of {@code owner} (the class
     * itself, or the builder a record is read into); with {@code annotatedFields}, the fields of members the data
     * binding reads itself are annotated instead of having a reader (see {@link #refuseNulls}).
     */
    private String strictReaders(Map<String, ViolationCompiler.Property> properties, String owner, boolean annotatedFields) {
        if (rules.getGenerationConfig().isIncludeSetters()) {
            return ""; // the public setters carry the JSON binding; two annotated setters would conflict
        }
        StringBuilder text = new StringBuilder();
        for (ViolationCompiler.Property p : properties.values()) {
            String read = reader(p.type(), "value", 0);
            if (read == null) {
                continue;
            }
            boolean nullable = p.nullable();
            String method = readerName(p);
            text.append("\n    @com.fasterxml.jackson.annotation.JsonProperty(").append(JavaText.literal(p.jsonName())).append(")\n");
            if (!nullable) {
                text.append(REFUSE_NULL);
            }
            text.append("    private void ").append(method).append("(")
                    .append(readerParameter(p.type(), rules.support().jsonValuesName())).append(" value) {\n");
            if (nullable) {
                text.append(explicitNull(p, owner));
            }
            text.append("        try {\n");
            text.append("            ").append(owner).append('.').append(p.field()).append(" = ").append(read).append(";\n");
            text.append("        } catch (IllegalArgumentException refused) {\n");
            text.append("            throw new IllegalArgumentException(").append(JavaText.literal(p.jsonName() + " "))
                    .append(" + refused.getMessage());\n");
            text.append("        }\n");
            text.append("    }\n");
        }
        for (ViolationCompiler.Property p : properties.values()) {
            if (reader(p.type(), "value", 0) == null && (p.nullable() || !annotatedFields)) {
                // Read by the data binding (a model class, a value type); only null needs noting, or refusing where
                // no annotated field does (see refuseNulls).
                String method = readerName(p);
                text.append("\n    @com.fasterxml.jackson.annotation.JsonProperty(").append(JavaText.literal(p.jsonName())).append(")\n");
                text.append(p.nullable() ? "" : REFUSE_NULL);
                text.append("    private void ").append(method).append("(").append(p.type().fullName()).append(" value) {\n");
                text.append(p.nullable() ? explicitNull(p, owner) : "");
                text.append("        ").append(owner).append('.').append(p.field()).append(" = value;\n");
                text.append("    }\n");
            }
        }
        return text.toString();
    }

    /** Refuses an explicit JSON {@code null}, which Jackson 2 and 3 would otherwise read as an absent member. */
    private static final String REFUSE_NULL = "    @com.fasterxml.jackson.annotation.JsonSetter(nulls = com.fasterxml.jackson.annotation.Nulls.FAIL)\n";

    /** The private method through which the data binding sets property {@code p}: {@code readRoomId}. */
    private static String readerName(ViolationCompiler.Property p) {
        return "read" + Character.toUpperCase(p.field().charAt(0)) + p.field().substring(1);
    }

    /** Statements that note an explicit JSON {@code null} in {@code owner}, which then writes it back, and return. */
    private static String explicitNull(ViolationCompiler.Property p, String owner) {
        String nulls = owner + ".explicitNulls";
        return "        if (value == null) {\n"
                + "            " + owner + "." + p.field() + " = null;\n"
                + "            if (" + nulls + " == null) {\n"
                + "                " + nulls + " = new java.util.LinkedHashSet<>();\n"
                + "            }\n"
                + "            " + nulls + ".add(" + JavaText.literal(p.jsonName()) + ");\n"
                + "            return;\n"
                + "        }\n"
                + "        if (" + nulls + " != null) {\n"
                + "            " + nulls + ".remove(" + JavaText.literal(p.jsonName()) + ");\n"
                + "        }\n";
    }

    /**
     * Java source that reads a JSON value (the source of {@code value}) as the Java type {@code type},
     * refusing a value of another JSON type instead of coercing it, at every depth of nested lists; or
     * {@code null} for types the data binding reads itself (model classes, value types), which are
     * strict on their own. The value arrives as {@link #readerParameter}.
     */
    private String reader(JType type, String value, int depth) {
        return reader(type, value, depth, rules.support().jsonValuesName());
    }

    /** As {@link #reader(JType, String, int)}, with the generated {@code JsonValues} class named. */
    static String reader(JType type, String value, int depth, String jsonValues) {
        String method = READERS.get(type.fullName());
        if (method != null) {
            String argument = !NUMBERS.contains(type.fullName()) ? value
                    : depth == 0 ? value + ".value()" : "((" + SupportClasses.jsonNumber(jsonValues) + ") " + value + ").value()";
            return jsonValues + ".Read." + method + "(" + argument + ")";
        }
        if (type instanceof com.sun.codemodel.JClass list && list.erasure().fullName().equals("java.util.List")
                && list.getTypeParameters().size() == 1) {
            String item = "item" + depth;
            String element = reader(list.getTypeParameters().get(0), item, depth + 1, jsonValues);
            // A null item is read as null; whether the schema allows it is for violations() to say.
            return element == null ? null : jsonValues + ".Read.list(" + value + ", " + item + " -> "
                    + item + " == null ? null : " + element + ")";
        }
        return null;
    }

    /** The generated {@code JsonValues.Read} method for each Java type a JSON value is read into. */
    private static final Map<String, String> READERS = Map.of("java.lang.String", "string", "java.lang.Boolean", "bool",
            "java.lang.Integer", "int32", "java.lang.Long", "int64", "java.math.BigInteger", "bigInteger",
            "java.lang.Double", "float64", "java.math.BigDecimal", "decimal", "java.lang.Object", "any");

    /** The Java types of JSON numbers, which readers take as {@code JsonValues.Read.JsonNumber}. */
    private static final java.util.Set<String> NUMBERS = java.util.Set.of("java.lang.Integer", "java.lang.Long",
            "java.math.BigInteger", "java.lang.Double", "java.math.BigDecimal");

    /**
     * The Java type in which the data binding hands a reader its JSON value: {@code Object} (Jackson's
     * untyped form), except where a number is read, at any depth of lists. Untyped, a decimal has
     * already gone through {@code double} (so {@code 9007199254740993.0} is no longer that integer);
     * {@code JsonValues.Read.JsonNumber} gets it from the token text, digit for digit.
     */
    static String readerParameter(JType type, String jsonValues) {
        if (NUMBERS.contains(type.fullName())) {
            return SupportClasses.jsonNumber(jsonValues);
        }
        if (type instanceof com.sun.codemodel.JClass list && list.erasure().fullName().equals("java.util.List")
                && list.getTypeParameters().size() == 1) {
            String item = readerParameter(list.getTypeParameters().get(0), jsonValues);
            return item.equals("Object") ? "Object" : "java.util.List<" + item + ">";
        }
        return "Object";
    }

    /**
     * Objects, value types and arrays: an explicit JSON {@code null} is refused (unless the schema allows
     * it) instead of being read as an absent member. Scalars get the same through their strict readers.
     */
    private void refuseNulls(JDefinedClass jclass, Map<String, ViolationCompiler.Property> properties) {
        if (rules.getGenerationConfig().isIncludeSetters()) {
            return;
        }
        for (ViolationCompiler.Property p : properties.values()) {
            if (reader(p.type(), "value", 0) != null || p.nullable()) {
                continue;
            }
            jclass.fields().get(p.field()).annotate(com.fasterxml.jackson.annotation.JsonSetter.class)
                    .param("nulls", com.fasterxml.jackson.annotation.Nulls.FAIL);
        }
    }


    /**
     * Whether {@code null} is a valid value: the schema says {@code type: "null"} (alone or in a type
     * array), lists {@code null} in {@code enum} or {@code const}, or states no type and no value set.
     */
    private static boolean allowsNull(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            if (schema.has("const")) {
                return schema.get("const").isNull();
            }
            if (schema.has("enum")) {
                for (JsonNode value : schema.get("enum")) {
                    if (value.isNull()) {
                        return true;
                    }
                }
                return false;
            }
            return !schema.has("$ref") && !schema.has("allOf");
        }
        if (type.isTextual()) {
            return type.asText().equals("null");
        }
        for (JsonNode t : type) {
            if (t.asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A property written as {@code {"$ref": ..., "title": ..., "description": ...}} keeps its own words:
     * jsonschema2pojo documents it with the referenced schema's title and description instead.
     */
    private void ownDocumentation(JDefinedClass jclass, JsonNode node, Map<String, ViolationCompiler.Property> properties) {
        for (ViolationCompiler.Property p : properties.values()) {
            JsonNode own = p.schema();
            if (!own.has("$ref") || !(own.hasNonNull("title") || own.hasNonNull("description"))) {
                continue;
            }
            boolean required = false;
            for (JsonNode r : node.path("required")) {
                required |= r.asText().equals(p.jsonName());
            }
            JFieldVar field = jclass.fields().get(p.field());
            rewrite(field.javadoc(), own, required);
            for (com.sun.codemodel.JAnnotationUse annotation : field.annotations()) {
                if (annotation.getAnnotationClass().fullName().equals("com.fasterxml.jackson.annotation.JsonPropertyDescription")
                        && own.hasNonNull("description")) {
                    annotation.param("value", own.get("description").asText());
                }
            }
            String getter = rules.getNameHelper().getGetterName(p.jsonName(), p.type(), own);
            for (JMethod method : jclass.methods()) {
                if (method.name().equals(getter) && method.params().isEmpty()) {
                    rewrite(method.javadoc(), own, required);
                }
            }
        }
    }

    private static void rewrite(com.sun.codemodel.JDocComment doc, JsonNode own, boolean required) {
        doc.clear();
        if (own.hasNonNull("title")) {
            doc.append(own.get("title").asText());
            if (own.hasNonNull("description")) {
                doc.append("\n<p>\n");
            }
        }
        if (own.hasNonNull("description")) {
            doc.append(own.get("description").asText());
        }
        if (required) {
            doc.append("\n(Required)");
        }
    }

    private String constructors(String name, Map<String, ViolationCompiler.Property> properties) {
        StringBuilder text = new StringBuilder();
        text.append("\n    /** For JSON libraries: they fill the fields from the document. */\n");
        text.append("    private ").append(name).append("() {\n    }\n\n");
        text.append("    private ").append(name).append("(Builder builder) {\n");
        for (ViolationCompiler.Property p : properties.values()) {
            text.append("        this.").append(p.field()).append(" = builder.").append(p.field()).append(";\n");
        }
        text.append("        this.additionalProperties.putAll(builder.additionalProperties);\n");
        text.append("        this.explicitNulls = builder.explicitNulls == null || builder.explicitNulls.isEmpty() ? null\n"
                + "                : new java.util.LinkedHashSet<>(builder.explicitNulls);\n    }\n");
        return text.toString();
    }

    /**
     * {@code readJson(JsonParser)}: the same object the data binding would read, straight from Jackson
     * 3's token stream. Strings, booleans, value types and nested model objects are read here; a
     * property of any other type, a JSON {@code null} or a value of the wrong JSON type makes it give
     * up with {@code null}, where the data binding would refuse or need its own rules. Unknown members
     * are read as the any-setter would get them.
     */
    private String streamingReader(String name, Map<String, ViolationCompiler.Property> properties, boolean numbersOnly,
            boolean record) {
        String token = "tools.jackson.core.JsonToken";
        StringBuilder cases = new StringBuilder();
        for (ViolationCompiler.Property p : properties.values()) {
            String type = p.type().fullName();
            String read;
            if (type.equals("java.lang.String")) {
                read = "if (token != " + token + ".VALUE_STRING) {\n                        return null;\n                    }\n"
                        + "                    object." + p.field() + " = parser.getString();";
            } else if (type.equals("java.lang.Boolean")) {
                read = "if (token != " + token + ".VALUE_TRUE && token != " + token + ".VALUE_FALSE) {\n                        return null;\n                    }\n"
                        + "                    object." + p.field() + " = token == " + token + ".VALUE_TRUE;";
            } else if (rules.typeInfo().isValueType(p.type())) {
                read = "if (token != " + token + ".VALUE_STRING) {\n                        return null;\n                    }\n"
                        + "                    object." + p.field() + " = " + type + ".of(parser.getString());";
            } else if (rules.typeInfo().isModel(p.type())) {
                read = "object." + p.field() + " = " + type + ".readJson(parser);\n"
                        + "                    if (object." + p.field() + " == null) {\n                        return null;\n                    }";
            } else {
                read = "return null; // read by the data binding only";
            }
            cases.append("                case ").append(JavaText.literal(p.jsonName())).append(" -> {\n")
                    .append("                    ").append(read).append("\n")
                    .append("                }\n");
        }
        return """

                    /**
                     * Reads the JSON object at the parser's current token straight from the token stream,
                     * without data binding: the object {@code readValue} would give, for hot paths. Leaves the
                     * parser on the object's closing brace.
                     *
                     * @param parser a parser made by a Jackson 3 {@code ObjectMapper} (unknown members are read
                     *     through it), positioned on the object's start
                     * @return the object, or {@code null} when the JSON is not an object this reader can take
                     *     (a member of the wrong JSON type, a {@code null}, a type it leaves to the data binding)
                     * @throws tools.jackson.core.JacksonException when the JSON itself cannot be read
                     */
                    public static %1$s readJson(tools.jackson.core.JsonParser parser) {
                        if (parser.currentToken() != %2$s.START_OBJECT) {
                            return null;
                        }
                        %6$s object = new %6$s();
                        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                            %2$s token = parser.nextToken();
                            switch (name) {
                %3$s                default -> object.additionalProperties.put(name, %4$s.freeze(name, %5$s));
                            }
                        }
                        return %7$s;
                    }
                """.formatted(name, token, cases, rules.support().jsonValuesName(), numbersOnly
                        ? "token == " + token + ".VALUE_NULL ? null : parser.readValueAs("
                                + SupportClasses.jsonNumber(rules.support().jsonValuesName()) + ".class).value()"
                        : "parser.readValueAs(Object.class)",
                // A record is read into a builder, as the data binding reads it (see RecordForm).
                record ? "Builder" : name, record ? "new " + name + "(object)" : "object");
    }

    /**
     * {@code violations()}, {@code isValid()} and {@code collectViolations}, around the bodies compiled
     * from the schema; {@code violation} names the generated violation class.
     */
    static String violationMethods(String violation, String checks, String validity) {
        return """

                    /**
                     * The rules of the schema this object breaks, in schema order; empty when it is valid.
                     * <p>
                     * An object made by the builder is always valid; one read from JSON may not be, and this is how
                     * to find out what is wrong with it and where.
                     */
                    public java.util.List<%1$s> violations() {
                        java.util.List<%1$s> out = new java.util.ArrayList<>();
                        collectViolations("", out);
                        return java.util.Collections.unmodifiableList(out);
                    }

                    /**
                     * Whether the object keeps every rule of its schema: the same checks as
                     * {@link #violations()}, stopping at the first broken rule.
                     */
                    @com.fasterxml.jackson.annotation.JsonIgnore
                    public boolean isValid() {
                %3$s        return true;
                    }

                    /**
                     * Adds the violations of this object to {@code out}, with pointers under {@code pointer}.
                     * Used by enclosing objects; most callers want {@link #violations()}.
                     */
                    public void collectViolations(String pointer, java.util.List<%1$s> out) {
                %2$s    }
                """.formatted(violation, checks, validity);
    }

    /**
     * {@code toJsonValue()}: the object as the JSON value it stands for (maps, lists, strings, numbers,
     * booleans), for the rules on the object as a whole that are checked on its JSON value, and for
     * callers that want a generic view.
     */
    private String jsonValue(Map<String, ViolationCompiler.Property> properties, boolean tracksNulls) {
        StringBuilder puts = new StringBuilder();
        for (ViolationCompiler.Property p : properties.values()) {
            puts.append("        if (this.").append(p.field()).append(" != null) {\n")
                    .append("            json.put(").append(JavaText.literal(p.jsonName())).append(", ")
                    .append(ViolationCompiler.jsonValueOf("this." + p.field(), p.type(), rules.typeInfo(), 0)).append(");\n")
                    .append("        }\n");
        }
        return """

                    /**
                     * This object as the JSON value it stands for: a map (in schema order, then the unknown members
                     * in the order they came) of strings, numbers, booleans, lists and maps.
                     */
                    public java.util.Map<String, Object> toJsonValue() {
                        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
                %s%s        json.putAll(additionalProperties);
                        return java.util.Collections.unmodifiableMap(json);
                    }
                """.formatted(puts, tracksNulls ? "        explicitNulls().forEach(name -> json.put(name, null));\n" : "");
    }

    private String valueMethods(String name, Map<String, ViolationCompiler.Property> properties) {
        List<String> fields = new ArrayList<>();
        properties.values().forEach(p -> fields.add(p.field()));
        fields.add("additionalProperties");
        fields.add("explicitNulls()");
        StringBuilder equals = new StringBuilder();
        StringBuilder toString = new StringBuilder();
        for (String field : fields) {
            equals.append(equals.length() == 0 ? "" : "\n                && ").append("java.util.Objects.equals(").append(field).append(", that.").append(field).append(")");
        }
        for (ViolationCompiler.Property p : properties.values()) {
            toString.append("        if (").append(p.field()).append(" != null) {\n")
                    .append("            joiner.add(").append(JavaText.literal(p.jsonName() + "=")).append(" + ").append(p.field()).append(");\n")
                    .append("        }\n");
        }
        return """

                    @Override
                    public boolean equals(Object other) {
                        if (this == other) {
                            return true;
                        }
                        if (!(other instanceof %1$s)) {
                            return false;
                        }
                        %1$s that = (%1$s) other;
                        return %2$s;
                    }

                    @Override
                    public int hashCode() {
                        return java.util.Objects.hash(%3$s);
                    }

                    @Override
                    public String toString() {
                        java.util.StringJoiner joiner = new java.util.StringJoiner(", ", "%1$s{", "}");
                %4$s        additionalProperties.forEach((name, value) -> joiner.add(name + "=" + value));
                        return joiner.toString();
                    }
                """.formatted(name, equals, String.join(", ", fields), toString);
    }

    /**
     * {@code builder()}, {@code toBuilder()} and the {@code Builder}, which starts at the schema's defaults and whose
     * {@code build()} refuses an object that breaks a rule. A record is read into a builder too, so that its fields
     * start empty and only {@code builder()} sets the defaults: reading invents nothing.
     */
    private String builder(String name, Map<String, ViolationCompiler.Property> properties, Schema schema, boolean tracksNulls,
            String defaultRules) {
        boolean followsRules = defaultRules != null;
        String exception = rules.support().exceptionName();
        StringBuilder defaults = new StringBuilder();
        for (ViolationCompiler.Property p : properties.values()) {
            String start = defaultValue(p, schema);
            if (start != null) {
                defaults.append("        builder.").append(p.field()).append(" = ").append(start).append(";\n");
            }
        }
        StringBuilder text = new StringBuilder();
        if (followsRules) {
            text.append("""

                        /**
                         * A builder for a new object, starting at the schema's defaults, whose {@code build()} follows
                         * {@link BuildRules#%1$s}.
                         */
                        public static Builder builder() {
                            return builder(BuildRules.%1$s);
                        }

                        /** A builder for a new object, starting at the schema's defaults, whose {@code build()} follows {@code rules}. */
                        public static Builder builder(BuildRules rules) {
                            Builder builder = new Builder(java.util.Objects.requireNonNull(rules, "rules"));
                    """.formatted(defaultRules));
            text.append(defaults).append("        return builder;\n");
            text.append("""
                        }

                        /** A builder that starts from this object's values, to make a changed copy; it follows {@link BuildRules#%1$s}. */
                        public Builder toBuilder() {
                            return toBuilder(BuildRules.%1$s);
                        }

                        /** A builder that starts from this object's values, to make a changed copy that follows {@code rules}. */
                        public Builder toBuilder(BuildRules rules) {
                            Builder builder = new Builder(java.util.Objects.requireNonNull(rules, "rules"));
                    """.formatted(defaultRules));
        } else {
            text.append("""

                        /** A builder for a new object, starting at the schema's defaults. */
                        public static Builder builder() {
                    """);
            text.append(defaults.length() == 0 ? "        return new Builder();\n"
                    : "        Builder builder = new Builder();\n" + defaults + "        return builder;\n");
            text.append("""
                        }

                        /** A builder that starts from this object's values, to make a changed copy. */
                        public Builder toBuilder() {
                            Builder builder = new Builder();
                    """);
        }
        for (ViolationCompiler.Property p : properties.values()) {
            text.append("        builder.").append(p.field()).append(" = ").append(p.field()).append(";\n");
        }
        text.append("        builder.additionalProperties.putAll(additionalProperties);\n");
        if (tracksNulls) {
            text.append("        builder.explicitNulls = explicitNulls().isEmpty() ? null : new java.util.LinkedHashSet<>(explicitNulls());\n");
        }
        text.append("        return builder;\n    }\n\n");
        text.append("    /**\n     * Builds a {@link ").append(name).append("}; {@link #build()} refuses an object that breaks a rule of the schema.\n     */\n");
        text.append("    public static final class Builder {\n\n");
        for (ViolationCompiler.Property p : properties.values()) {
            text.append("        private ").append(typeName(p.type())).append(' ').append(p.field()).append(";\n");
        }
        text.append("        private final java.util.Map<String, Object> additionalProperties = new java.util.LinkedHashMap<>();\n");
        if (tracksNulls) {
            text.append("        /** Members read as an explicit null, kept by a copy until set again. */\n");
            text.append("        private java.util.Set<String> explicitNulls;\n");
        }
        if (followsRules) {
            text.append("        /** The rules {@link #build()} follows. */\n        private final BuildRules rules;\n");
            text.append("\n        private Builder() {\n            this(BuildRules.").append(BuildRuleSet.OWN_SCHEMA).append(");\n        }\n");
            text.append("\n        private Builder(BuildRules rules) {\n            this.rules = rules;\n        }\n");
        } else {
            text.append("\n        private Builder() {\n        }\n");
        }
        for (ViolationCompiler.Property p : properties.values()) {
            String doc = description(p, schema).orElse("Sets " + p.jsonName() + ".");
            if (defaultValue(p, schema) != null) {
                doc += " Starts at the schema's default, " + defaultOf(p, schema) + ".";
            }
            text.append("\n        /** ").append(JavaText.javadoc(doc)).append(" */\n");
            text.append("        public Builder ").append(p.field()).append('(').append(typeName(p.type())).append(' ').append(p.field()).append(") {\n")
                    .append("            this.").append(p.field()).append(" = ").append(p.field()).append(";\n")
                    .append(p.nullable() ? "            if (explicitNulls != null) {\n                explicitNulls.remove("
                            + JavaText.literal(p.jsonName()) + ");\n            }\n" : "")
                    .append("            return this;\n        }\n");
        }
        text.append("""

                        /**
                         * Adds a property the schema does not name; it is written back as given (a read-only copy
                         * is kept, so later changes to {@code value} do not reach the built object).
                         *
                         * @param name the JSON member name
                         * @param value the value: a string, number, boolean, null, or maps and lists of those
                         * @return this builder
                         * @throws IllegalArgumentException if the schema names the property (use its own method), or if
                         *     the value holds a number JSON cannot hold (NaN or infinity)
                         */
                        public Builder additionalProperty(String name, Object value) {
                            java.util.Objects.requireNonNull(name, "name");
                            if (DECLARED_PROPERTIES.contains(name)) {
                                throw new IllegalArgumentException(name + " is a property of the schema; set it with its own builder method");
                            }
                            additionalProperties.put(name, %4$s.freeze(name, value));
                            return this;
                        }

                        /**
                         * Builds the object.
                         *
                         * @throws %1$s listing every rule the object would break
                         */
                        public %2$s build() {
                            %2$s built = new %2$s(this);
                            java.util.List<%3$s> violations = built.violations(%5$s);
                            if (!violations.isEmpty()) {
                                throw new %1$s(%2$s.class, violations);
                            }
                            return built;
                        }
                    }
                """.formatted(exception, name, rules.support().violationName(), rules.support().jsonValuesName(),
                        followsRules ? "rules" : ""));
        return text.toString();
    }

    /** The {@code description} of a property, its own or that of the schema it refers to. */
    private java.util.Optional<String> description(ViolationCompiler.Property p, Schema schema) {
        JsonNode target = rules.resolve(p.schema(), schema);
        return p.schema().hasNonNull("description") ? java.util.Optional.of(p.schema().get("description").asText())
                : target.hasNonNull("description") ? java.util.Optional.of(target.get("description").asText()) : java.util.Optional.empty();
    }

    /** The schema's {@code default} for a property, on the property or on the schema it refers to. */
    private JsonNode defaultOf(ViolationCompiler.Property p, Schema schema) {
        JsonNode own = p.schema().get("default");
        return own != null ? own : rules.resolve(p.schema(), schema).get("default");
    }

    /**
     * Java source for the value a builder starts from: the schema's {@code default}, where it is a
     * value of the property's Java type; otherwise {@code null} (the builder starts empty). A default is
     * never a field initialiser of the class itself, so that reading invents nothing.
     */
    private String defaultValue(ViolationCompiler.Property p, Schema schema) {
        JsonNode value = defaultOf(p, schema);
        if (value == null || value.isNull()) {
            return null;
        }
        String type = p.type().fullName();
        if (rules.typeInfo().isValueType(p.type())) {
            return value.isTextual() ? type + ".of(" + JavaText.literal(value.asText()) + ")" : null;
        }
        boolean integral = value.isNumber() && value.canConvertToExactIntegral();
        return switch (type) {
            case "java.lang.String" -> value.isTextual() ? JavaText.literal(value.asText()) : null;
            case "java.lang.Boolean" -> value.isBoolean() ? "Boolean." + (value.asBoolean() ? "TRUE" : "FALSE") : null;
            case "java.lang.Integer" -> integral && value.canConvertToInt() ? "Integer.valueOf(" + value.decimalValue().intValueExact() + ")" : null;
            case "java.lang.Long" -> integral && value.canConvertToLong() ? "Long.valueOf(" + value.decimalValue().longValueExact() + "L)" : null;
            case "java.math.BigInteger" -> integral ? "new java.math.BigInteger(\"" + value.decimalValue().toBigIntegerExact() + "\")" : null;
            case "java.lang.Double" -> value.isNumber() && Double.isFinite(value.doubleValue()) ? "Double.valueOf(" + value.doubleValue() + "d)" : null;
            case "java.math.BigDecimal" -> value.isNumber() ? "new java.math.BigDecimal(\"" + value.decimalValue() + "\")" : null;
            case "java.lang.Object" -> ValueCheckCompiler.jsonLiteral(value, rules.support().jsonValuesName());
            default -> null;
        };
    }

    private static String typeName(JType type) {
        return type.fullName();
    }

    /**
     * Shortens fully qualified names in generated text where Java allows it: {@code java.lang}
     * types and types of the class's own package.
     */
    static String readable(String text, String packageName) {
        String shorter = text.replaceAll("\\bjava\\.lang\\.([A-Z]\\w*)\\b(?!\\.)", "$1");
        if (!packageName.isEmpty()) {
            shorter = shorter.replaceAll("\\b" + java.util.regex.Pattern.quote(packageName) + "\\.([A-Z]\\w*)\\b(?!\\.)", "$1");
        }
        return shorter;
    }
}
