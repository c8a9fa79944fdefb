package dev.withheld.codegen.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JType;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.EnumRule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * Turns a string enumeration into an <em>open</em> value type instead of a Java {@code enum}.
 *
 * <p>A Java enum cannot hold a value it does not know, so a model built on one either loses or
 * rejects the codes a later version of a protocol adds. The generated class has a constant per known
 * value (with the value's description from the schema), keeps any other value as it is and writes it
 * back unchanged, and tells the two apart with {@code isKnown()}. Whether an unknown value is
 * <em>valid</em> is the schema's business and is reported by the owning object's violations.
 *
 * <p>Non-string enumerations keep jsonschema2pojo's behaviour.
 */
final class OpenEnumRule extends EnumRule {

    OpenEnumRule(RuleFactory rules) {
        super(rules);
    }

    @Override
    public JType apply(String nodeName, JsonNode node, JsonNode parent, JClassContainer container, Schema schema) {
        if (!node.has(SchemaNormalizer.VALUES) || node.has("existingJavaType") || node.has("javaType")) {
            return super.apply(nodeName, node, parent, container, schema);
        }
        // Named by the naming rule and placed at the top level of the package (see ModelRuleFactory#getEnumRule).
        JDefinedClass type;
        try {
            type = container.getPackage()._class(JMod.PUBLIC | JMod.FINAL, nodeName, ClassType.CLASS);
        } catch (JClassAlreadyExistsException e) {
            return e.getExistingClass();
        }
        schema.setJavaTypeIfEmpty(type);
        javadoc(type, node);
        body(type, node);
        return type;
    }

    private static void javadoc(JDefinedClass type, JsonNode node) {
        StringBuilder doc = new StringBuilder();
        if (node.hasNonNull("title")) {
            doc.append(JavaText.javadoc(node.get("title").asText())).append("\n<p>\n");
        }
        if (node.hasNonNull("description")) {
            doc.append(JavaText.javadoc(node.get("description").asText())).append("\n<p>\n");
        }
        doc.append(node.path(SchemaNormalizer.OPEN).asBoolean()
                ? "An open set of values: the known ones are constants here; any other value the schema allows is kept as it is."
                : "The schema allows only the known values below; any other value is still kept as it is, so that it can be"
                        + " reported and written back, and makes the owning object invalid.");
        type.javadoc().add(doc.toString());
    }

    private static void body(JDefinedClass type, JsonNode node) {
        String name = type.name();
        List<String[]> constants = constants(node.get(SchemaNormalizer.VALUES));
        StringBuilder text = new StringBuilder("\n");
        for (String[] constant : constants) {
            String description = constant[2];
            text.append("    /** ").append(JavaText.javadoc(constant[1]));
            if (description != null) {
                text.append(": ").append(JavaText.javadoc(description));
            }
            text.append(" */\n");
            text.append("    public static final ").append(name).append(' ').append(constant[0]).append(" = new ")
                    .append(name).append('(').append(JavaText.literal(constant[1])).append(", ")
                    .append(description == null ? "null" : JavaText.literal(description)).append(");\n\n");
        }
        text.append("    private static final java.util.Map<String, ").append(name).append("> KNOWN;\n\n");
        text.append("    static {\n");
        text.append("        java.util.Map<String, ").append(name).append("> known = new java.util.LinkedHashMap<>();\n");
        for (String[] constant : constants) {
            text.append("        known.put(").append(constant[0]).append(".value, ").append(constant[0]).append(");\n");
        }
        text.append("        KNOWN = java.util.Collections.unmodifiableMap(known);\n    }\n\n");
        text.append("""
                    private final String value;
                    private final String description;

                    private %1$s(String value, String description) {
                        this.value = value;
                        this.description = description;
                    }

                    /**
                     * The instance for a value: the constant when the value is known, otherwise a new instance that
                     * keeps the value exactly as given.
                     *
                     * @throws NullPointerException if {@code value} is null
                     */
                    @%2$s(mode = %2$s.Mode.DELEGATING)
                    public static %1$s of(String value) {
                        java.util.Objects.requireNonNull(value, "value");
                        %1$s known = KNOWN.get(value);
                        return known != null ? known : new %1$s(value, null);
                    }

                    /** The value exactly as it appears in JSON. */
                    @%3$s
                    public String value() {
                        return value;
                    }

                    /** Whether the value is one of the constants of this class. */
                    public boolean isKnown() {
                        return KNOWN.containsKey(value);
                    }

                    /** What the schema says this value means; empty for a value it does not list. */
                    public java.util.Optional<String> description() {
                        return java.util.Optional.ofNullable(description);
                    }

                    /** The known values, in schema order. */
                    public static java.util.Collection<%1$s> knownValues() {
                        return KNOWN.values();
                    }

                    @Override
                    public boolean equals(Object other) {
                        return this == other || (other instanceof %1$s && value.equals(((%1$s) other).value));
                    }

                    @Override
                    public int hashCode() {
                        return value.hashCode();
                    }

                    /** The value itself, as in JSON. */
                    @Override
                    public String toString() {
                        return value;
                    }
                """.formatted(name, JsonCreator.class.getName(), JsonValue.class.getName()));
        type.direct(text.toString());
    }

    /** {constant name, value, description or null} for each value, names made readable and unique. */
    static List<String[]> constants(JsonNode values) {
        List<String> raw = new ArrayList<>();
        values.forEach(v -> raw.add(v.get("value").asText()));
        String prefix = commonDottedPrefix(raw);
        List<String[]> constants = new ArrayList<>();
        Set<String> used = new HashSet<>(Set.of("KNOWN"));
        for (JsonNode v : values) {
            String value = v.get("value").asText();
            String name = JavaText.constantName(value.substring(prefix.length()));
            if (name == null || !used.add(name)) {
                name = JavaText.constantName(value);
                if (name == null) {
                    name = "VALUE";
                }
                String candidate = name;
                for (int i = 2; !used.add(candidate); i++) {
                    candidate = name + "_" + i;
                }
                name = candidate;
            }
            constants.add(new String[] {name, value, v.hasNonNull("description") ? v.get("description").asText() : null});
        }
        return constants;
    }

    /** A namespace every value shares, such as {@code m.}: left out of constant names for readability. */
    private static String commonDottedPrefix(List<String> values) {
        if (values.size() < 2) {
            return "";
        }
        String first = values.get(0);
        String shared = "";
        for (int dot = first.indexOf('.'); dot >= 0; dot = first.indexOf('.', dot + 1)) {
            String candidate = first.substring(0, dot + 1);
            if (!values.stream().allMatch(v -> v.startsWith(candidate) && v.length() > candidate.length())) {
                break;
            }
            shared = candidate;
        }
        return shared;
    }
}
