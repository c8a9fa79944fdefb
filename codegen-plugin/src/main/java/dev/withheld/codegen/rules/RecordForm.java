package dev.withheld.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JAnnotationUse;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JFormatter;
import com.sun.codemodel.JType;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What makes an object's model a {@code record} rather than a class (the {@code records} option): its components,
 * the compact constructor that copies and checks them, and how JSON libraries read it. Everything else (the checks,
 * the builder, {@code toJsonValue()}, writing) is the class's, from {@link ModelObjectRule}.
 *
 * <p>A record is read through a private class that JSON libraries fill member by member, with the class's strict
 * readers and its any-setter, and then made in one step from the builder that class filled: a record cannot be
 * filled member by member, and a canonical constructor cannot tell an absent member from an explicit {@code null}.
 * Writing goes through the components' accessors and the same any-getter as the class.
 */
final class RecordForm {

    private final JDefinedClass jclass;
    private final List<ViolationCompiler.Property> properties;
    private final boolean tracksNulls;
    private final String jsonValues;
    private final String reading;
    private final String components;

    /**
     * @param tracksNulls whether a member may be an explicit {@code null}, so that the record needs the
     *     {@code explicitNulls} component
     */
    RecordForm(JDefinedClass jclass, Collection<ViolationCompiler.Property> properties, boolean tracksNulls, String jsonValues) {
        this.jclass = jclass;
        this.properties = List.copyOf(properties);
        this.tracksNulls = tracksNulls;
        this.jsonValues = jsonValues;
        this.reading = readingClassName();
        this.components = components(jclass, this.properties, tracksNulls);
    }

    /**
     * Why the object schema {@code node} stays a class although records were asked for, or {@code null} when it
     * becomes a record. An object whose shape depends on its values is read through its class's variant view, and a
     * record cannot extend a class.
     */
    static String whyAClass(JsonNode node) {
        List<String> forms = new ArrayList<>();
        if (node.has("if") || !node.path(SchemaNormalizer.CONDITIONS).isEmpty()) {
            forms.add("if/then/else");
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (node.has(choice)) {
                forms.add(choice);
            }
        }
        if (!forms.isEmpty()) {
            return "its shape depends on its values (" + String.join(", ", forms) + "); records are for objects of one shape";
        }
        for (String parent : List.of("extends", "extendsJavaClass")) {
            if (node.has(parent)) {
                return "it extends another type (" + parent + "), and a record cannot extend a class";
            }
        }
        return null;
    }

    /**
     * The record's components, as they follow its name in its declaration: each member with the annotations
     * jsonschema2pojo gave its field (the JSON name, the description), then the members the schema does not name
     * and, where a member may be {@code null}, the members read as an explicit {@code null}.
     */
    String components() {
        return components;
    }

    private static String components(JDefinedClass jclass, List<ViolationCompiler.Property> properties, boolean tracksNulls) {
        List<String> components = new ArrayList<>();
        for (ViolationCompiler.Property p : properties) {
            StringBuilder component = new StringBuilder();
            for (JAnnotationUse annotation : jclass.fields().get(p.field()).annotations()) {
                component.append(render(annotation)).append("\n        ");
            }
            components.add(component.append(p.type().fullName()).append(' ').append(p.field()).toString());
        }
        components.add("@com.fasterxml.jackson.annotation.JsonIgnore\n        java.util.Map<String, Object> additionalProperties");
        if (tracksNulls) {
            components.add("@com.fasterxml.jackson.annotation.JsonIgnore\n        java.util.Set<String> explicitNulls");
        }
        return "\n        " + String.join(",\n        ", components);
    }

    /**
     * Documents the components on the record ({@code @param}) and takes jsonschema2pojo's fields and getters out of
     * the class: a record's state is its components, read through accessors of the same names.
     */
    void replaceFieldsWithComponents(Function<ViolationCompiler.Property, String> documentation) {
        // In the order of the components: the code model's own @param tags come in no particular order.
        StringBuilder params = new StringBuilder("\n");
        for (ViolationCompiler.Property p : properties) {
            params.append("\n@param ").append(p.field()).append(' ').append(JavaText.javadoc(documentation.apply(p)));
        }
        params.append("\n@param additionalProperties members the schema does not name, in the order they came");
        if (tracksNulls) {
            params.append("\n@param explicitNulls the JSON names of members read as an explicit null, which the schema allows"
                    + " for them; written back as null");
        }
        jclass.javadoc().append(params.toString());
        for (JFieldVar field : new ArrayList<>(jclass.fields().values())) {
            jclass.removeField(field);
        }
        jclass.methods().clear();
    }

    /**
     * The compact constructor, which copies lists and JSON values so that the record cannot change afterwards, and
     * checks {@code explicitNulls}; the constructor from a builder; and the creator through which JSON libraries
     * make the record from what they read into the reading class. The canonical constructor is no creator for them:
     * Jackson 2 would otherwise check its parameters' names, and a member whose JSON name is a component's Java name
     * ({@code additionalProperties}) would be a duplicate.
     */
    String constructors() {
        StringBuilder copies = new StringBuilder();
        for (ViolationCompiler.Property p : properties) {
            String copy = copy(p);
            if (copy != null) {
                copies.append("        ").append(p.field()).append(" = ").append(copy).append(";\n");
            }
        }
        copies.append("        additionalProperties = ").append(jsonValues).append(".freezeMembers(additionalProperties);\n");
        List<String> fromBuilder = new ArrayList<>();
        properties.forEach(p -> fromBuilder.add("builder." + p.field()));
        fromBuilder.add("builder.additionalProperties");
        if (tracksNulls) {
            fromBuilder.add("builder.explicitNulls");
            copies.append(explicitNullsCheck());
        }
        return """

                    /**
                     * Copies the lists and JSON values it is given, so that the record never changes, and refuses
                     * explicit nulls it could not write back. The schema's rules are not checked here:
                     * {@code builder().build()} refuses a record that breaks one, {@link #violations()} lists them.
                     */
                    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DISABLED)
                    public %1$s {
                %2$s    }

                    private %1$s(Builder builder) {
                        this(%3$s);
                    }

                    /** How JSON libraries make the record: from what they filled in a {@link %4$s}. */
                    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
                    private static %1$s fromJson(%4$s json) {
                        return new %1$s(json.builder);
                    }
                """.formatted(jclass.name(), copies, String.join(", ", fromBuilder), reading);
    }

    /**
     * The class JSON libraries fill while reading a record, member by member, into a builder: {@code readers} and
     * {@code anySetter} are the class's own, writing to {@code builder}.
     */
    String readingClass(String readers, String anySetter) {
        return """

                    /**
                     * What JSON libraries fill while reading: each member through a reader that refuses a value of another
                     * JSON type and notes an explicit null, the members the schema does not name in the order they came.
                     */
                    private static final class %1$s {

                        private final Builder builder = new Builder();

                        private %1$s() {
                        }
                %2$s    }
                """.formatted(reading, (readers + anySetter).indent(4).replaceAll("(?m)^ +$", ""));
    }

    /**
     * A name for the reading class that no type the record uses has: its own, its members' (and their type
     * arguments'), the support classes' and {@code Builder}, so that the nested class shadows none of them.
     */
    private String readingClassName() {
        Set<String> taken = new java.util.HashSet<>(Set.of(jclass.name(), "Builder", SupportClasses.VIOLATION,
                SupportClasses.EXCEPTION, SupportClasses.JSON_VALUES));
        java.util.Deque<JType> types = new java.util.ArrayDeque<>();
        properties.forEach(p -> types.add(p.type()));
        while (!types.isEmpty()) {
            if (types.pop() instanceof JClass c) {
                taken.add(c.erasure().name());
                types.addAll(c.getTypeParameters());
            }
        }
        String name = "Json";
        while (taken.contains(name)) {
            name = name + "_";
        }
        return name;
    }

    /** Java source for the copy a component keeps of what it is given, or {@code null} for an immutable type. */
    private String copy(ViolationCompiler.Property p) {
        String json = JavaText.literal(p.jsonName());
        if (p.type() instanceof JClass c && c.erasure().fullName().equals("java.util.List")) {
            return jsonValues + ".freezeList(" + json + ", " + p.field() + ")";
        }
        if (p.type().fullName().equals("java.lang.Object")) {
            return jsonValues + ".freeze(" + json + ", " + p.field() + ")";
        }
        return null;
    }

    /**
     * Statements that keep {@code explicitNulls} in order: a copy, in which every name is a member whose schema allows
     * {@code null} and that has no value; any other name would be written as a second member, or as a member the
     * schema does not have.
     */
    private String explicitNullsCheck() {
        StringBuilder cases = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (ViolationCompiler.Property p : properties) {
            if (p.nullable()) {
                cases.append("                case ").append(JavaText.literal(p.jsonName())).append(" -> ").append(p.field()).append(" != null;\n");
                names.add(p.jsonName());
            }
        }
        String why = JavaText.literal("\" cannot be an explicit null: only a member of " + jclass.name()
                + " whose schema allows null and that holds no value can (" + String.join(", ", names) + ")");
        // "item" is a name no member has (see MemberNames.GENERATED): the components are in scope here.
        return """
                        explicitNulls = explicitNulls == null || explicitNulls.isEmpty() ? java.util.Set.of()
                                : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(explicitNulls));
                        for (String item : explicitNulls) {
                            if (switch (item) {
                %s                default -> true;
                            }) {
                                throw new IllegalArgumentException("explicitNulls: \\"" + item + %s);
                            }
                        }
                """.formatted(cases, why);
    }

    private static String render(JAnnotationUse annotation) {
        StringWriter out = new StringWriter();
        JFormatter formatter = new JFormatter(out);
        formatter.g(annotation);
        formatter.close();
        return out.toString().strip();
    }
}
