package dev.withheld.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.jsonschema2pojo.Schema;

/**
 * A class for a document whose schema is not an object (a JSON Patch array, a list of events, a
 * string): jsonschema2pojo generates none, so such a document could not be read as its schema's type.
 *
 * <p>The class holds the value (Jackson reads and writes it through a delegating creator and
 * {@code @JsonValue}, both in {@code jackson-annotations}), and knows the schema's rules like any model
 * class: {@code violations()}, {@code isValid()}, {@code collectViolations}.
 */
final class RootValueClass {

    private static final String CREATOR =
            "@com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)\n    ";

    private final ModelRuleFactory rules;

    RootValueClass(ModelRuleFactory rules) {
        this.rules = rules;
    }

    /**
     * Generates the class for the root schema {@code node} of a document, whose Java type jsonschema2pojo
     * chose as {@code type}.
     */
    JDefinedClass generate(String name, JType type, JsonNode node, JPackage pkg, Schema schema) {
        JDefinedClass jclass;
        try {
            jclass = pkg._class(JMod.PUBLIC | JMod.FINAL, name);
        } catch (JClassAlreadyExistsException e) {
            return e.getExistingClass();
        }
        String values = rules.support().jsonValuesName();
        String violation = rules.support().violationName();
        String read = ModelObjectRule.reader(type, "value", 0, values);
        boolean typedBinding = read == null; // lists of model classes or value types: the data binding reads them
        String parameter = typedBinding ? type.fullName() : ModelObjectRule.readerParameter(type, values);
        // Numbers come through a private creator that takes JsonNumber; the public factory takes the Java type.
        boolean throughHolder = !typedBinding && !parameter.equals("Object");
        // Otherwise the factory is the creator, and reads an untyped JSON value unless the data binding types it.
        boolean factoryReads = !typedBinding && !throughHolder;
        ViolationCompiler compiler = new ViolationCompiler(name, violation, values, new LinkedHashMap<>(), rules.typeInfo(),
                n -> rules.resolve(n, schema), rules::follow, schema, new ArrayList<>());
        String json = ViolationCompiler.jsonValueOf("value", type, rules.typeInfo(), 0);
        String checks = compiler.valueBody(node, json, false);
        String validity = compiler.valueBody(node, json, true);
        String title = node.path("title").asText(node.path("description").asText(""));
        jclass.javadoc().add((title.isEmpty() ? "" : JavaText.javadoc(title) + "\n<p>\n")
                + "The schema of this document is not an object: this class holds its value, as read.");
        String typeName = type.fullName();
        jclass.direct(ModelObjectRule.readable("""

                    private final %1$s value;

                    private %2$s(%1$s value) {
                        this.value = value;
                    }

                    /**
                     * The document for {@code value}; JSON libraries read a document through it.
                     *
                     * @param value the value, as the schema's Java type%4$s
                     */
                    %6$spublic static %2$s of(%3$s value) {
                        return new %2$s(%5$s);
                    }
%7$s
                    /** The value, as read; JSON libraries write it as the document. */
                    @com.fasterxml.jackson.annotation.JsonValue
                    public %1$s value() {
                        return value;
                    }

                    @Override
                    public boolean equals(Object other) {
                        return other instanceof %2$s that && java.util.Objects.equals(value, that.value);
                    }

                    @Override
                    public int hashCode() {
                        return java.util.Objects.hashCode(value);
                    }

                    @Override
                    public String toString() {
                        return "%2$s" + "[" + value + "]";
                    }
                """.formatted(typeName, name, factoryReads ? "Object" : typeName,
                        factoryReads ? " (a JSON value of another type is refused)" : "",
                        factoryReads ? "value == null ? null : " + read : "value",
                        throughHolder ? "" : CREATOR,
                        !throughHolder ? "" : """

                    /** Reads the document with its numbers exactly as written; a JSON value of another type is refused. */
                    %1$sprivate static %2$s read(%3$s value) {
                        return new %2$s(value == null ? null : %4$s);
                    }
                """.formatted(CREATOR, name, parameter, read))
                + ModelObjectRule.violationMethods(violation, checks, validity)
                + compiler.statics() + compiler.methods(), pkg.name()));
        return jclass;
    }
}
