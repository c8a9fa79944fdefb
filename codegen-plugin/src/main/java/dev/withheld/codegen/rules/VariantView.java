package dev.withheld.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.withheld.codegen.naming.JavaNames;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The variant view of a model class: where the schema says, in a form that can be proved, that the
 * object's shape depends on one member (the discriminator), a {@code sealed interface Variant} nested
 * in the class, one {@code record} per shape, and {@code variant()}, which returns the shape of the
 * object. A record's components are the object itself and the members that its shape guarantees,
 * typed and never {@code null}; so a shape that breaks the schema cannot be made.
 *
 * <p>The forms:
 * <ul>
 *   <li>{@code if}/{@code then}/{@code else} whose {@code if} tests one declared member (a
 *       {@code const}, an {@code enum}, a {@code pattern}, presence): the {@code then} shape and the
 *       {@code else} shape, which covers every other value, so an open discriminator keeps working;</li>
 *   <li>{@code oneOf}/{@code anyOf} whose branches each require one declared member and give it a
 *       {@code const} or an {@code enum}, pairwise disjoint: one shape per branch.</li>
 * </ul>
 * Any other use of these keywords gets no view, and a note that says why.
 */
final class VariantView {

    /** The nested type names the view uses; none may clash with the class's own. */
    static final String INTERFACE = "Variant";

    private final String className;
    private final String exception;
    private final String violation;
    private final Map<String, ViolationCompiler.Property> properties;
    private final ViolationCompiler compiler;
    private final Function<JsonNode, JsonNode> resolver;
    private final Consumer<String> notes;
    private final Set<String> takenNames;

    /**
     * @param takenNames names of the class's nested types and of the class itself
     * @param notes where a form that cannot be proved is explained
     */
    VariantView(String className, String exception, String violation, Map<String, ViolationCompiler.Property> properties,
            ViolationCompiler compiler, Function<JsonNode, JsonNode> resolver, Set<String> takenNames, Consumer<String> notes) {
        this.className = className;
        this.exception = exception;
        this.violation = violation;
        this.properties = properties;
        this.compiler = compiler;
        this.resolver = resolver;
        this.takenNames = takenNames;
        this.notes = notes;
    }

    /**
     * One shape: its record's name, its words, the Java test that selects it ({@code null}: every object
     * the shapes before it do not take), and the members it guarantees.
     */
    private record Shape(String name, String words, String test, List<ViolationCompiler.Property> guaranteed) {
    }

    /** The Java source of the view for the object schema {@code node}, or "" (with a note when a form was not provable). */
    String source(JsonNode node) {
        // An if/then/else of its own, or one taken over from a schema it extends (allOf, $ref).
        int conditions = (node.has("if") ? 1 : 0) + node.path(SchemaNormalizer.CONDITIONS).size();
        boolean conditional = conditions > 0;
        String choice = node.has("oneOf") ? "oneOf" : node.has("anyOf") ? "anyOf" : null;
        if (!conditional && choice == null) {
            return "";
        }
        if (conditions > 1) {
            note("", "it has " + conditions + " if/then/else, so its shape does not depend on one member alone");
            return "";
        }
        if (conditional && choice != null) {
            note("", "it has both if/then/else and " + choice + ", so its shape does not depend on one member alone");
            return "";
        }
        List<Shape> shapes = conditional
                ? conditionalShapes(node.has("if") ? node : node.path(SchemaNormalizer.CONDITIONS).get(0), node)
                : branchShapes(node, choice);
        if (shapes == null) {
            return "";
        }
        Set<String> names = new HashSet<>();
        for (Shape shape : shapes) {
            if (shape.name().equals(INTERFACE) || takenNames.contains(shape.name()) || !names.add(shape.name())) {
                note("", "the shape name " + shape.name() + " clashes with another type of the class (give the branch a title)");
                return "";
            }
        }
        if (takenNames.contains(INTERFACE)) {
            note("", "the class already has a nested type named " + INTERFACE);
            return "";
        }
        return render(shapes);
    }

    // ---- if/then/else ---------------------------------------------------------------------------

    /** The shapes of an {@code if}/{@code then}/{@code else} held by {@code holder}, in the object schema {@code node}. */
    private List<Shape> conditionalShapes(JsonNode holder, JsonNode node) {
        if (!compiler.compilesTyped(holder)) {
            note("/if", "its if/then/else is not one the generated checks can evaluate (see the warnings)");
            return null;
        }
        ViolationCompiler.MemberTest test = compiler.memberTest(holder.get("if"));
        if (test == null) {
            note("/if", "its if tests more than one member, or a member the class does not declare");
            return null;
        }
        JsonNode condition = resolver.apply(holder.get("if"));
        JsonNode then = holder.has("then") ? resolver.apply(holder.get("then")) : JsonNodeFactory.instance.objectNode();
        JsonNode otherwise = holder.has("else") ? resolver.apply(holder.get("else")) : JsonNodeFactory.instance.objectNode();
        String member = test.member().jsonName();
        JsonNode constraint = resolver.apply(condition.path("properties").path(member));
        String thenName = name(then, constraint.has("const") ? constraint.get("const").asText() : null, member + " matches");
        String elseName = name(otherwise, null, "Other " + member);
        Set<String> base = required(node);
        Set<String> thenRequired = required(condition);
        thenRequired.addAll(required(then));
        Shape thenShape = new Shape(thenName, words(then, member + " is " + describe(constraint)), test.test(),
                guaranteed(thenRequired, base, member));
        Shape elseShape = new Shape(elseName, words(otherwise, "any other " + member + ", or none"), null,
                guaranteed(required(otherwise), base, member));
        return List.of(thenShape, elseShape);
    }

    // ---- oneOf / anyOf --------------------------------------------------------------------------

    private List<Shape> branchShapes(JsonNode node, String keyword) {
        List<JsonNode> branches = new ArrayList<>();
        for (JsonNode branch : node.get(keyword)) {
            branches.add(resolver.apply(branch));
        }
        String member = discriminator(branches);
        if (member == null) {
            note("/" + keyword, "no member is given a const or an enum in every branch");
            return null;
        }
        ViolationCompiler.Property discriminator = properties.get(member);
        if (discriminator == null) {
            note("/" + keyword, "its branches are told apart by \"" + member + "\", which the object does not declare in properties");
            return null;
        }
        Set<String> base = required(node);
        Set<JsonNode> seen = new HashSet<>();
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            JsonNode branch = branches.get(i);
            String at = "/" + keyword + "/" + i;
            if (!base.contains(member) && !required(branch).contains(member)) {
                note(at, "the branch does not require \"" + member + "\", so an object without it would match it");
                return null;
            }
            JsonNode constraint = resolver.apply(branch.path("properties").path(member));
            for (JsonNode value : constraint.has("const") ? List.of(constraint.get("const")) : iterable(constraint.get("enum"))) {
                if (!seen.add(value)) {
                    note(at, "the value " + value + " of \"" + member + "\" selects more than one branch");
                    return null;
                }
            }
            ObjectNode selector = JsonNodeFactory.instance.objectNode();
            selector.putArray("required").add(member);
            selector.putObject("properties").set(member, constraint);
            ViolationCompiler.MemberTest test = compiler.memberTest(selector);
            if (test == null) {
                note(at, "the generated checks cannot compare \"" + member + "\" with the branch's values");
                return null;
            }
            Set<String> branchRequired = required(branch);
            for (String name : branchRequired) {
                if (!properties.containsKey(name)) {
                    note(at, "the branch requires \"" + name + "\", which the object does not declare in properties");
                    return null;
                }
            }
            String fallback = constraint.has("const") ? constraint.get("const").asText() : definitionName(node.get(keyword).get(i));
            shapes.add(new Shape(name(branch, fallback, fallback), words(branch, member + " is " + describe(constraint)), test.test(),
                    guaranteed(branchRequired, base, member)));
        }
        return shapes;
    }

    /** The member that every branch gives a {@code const} or an {@code enum}, if there is one. */
    private static String discriminator(List<JsonNode> branches) {
        Set<String> candidates = null;
        for (JsonNode branch : branches) {
            Set<String> here = new LinkedHashSet<>();
            branch.path("properties").properties().forEach(e -> {
                if (e.getValue().has("const") || e.getValue().path("enum").isArray()) {
                    here.add(e.getKey());
                }
            });
            if (candidates == null) {
                candidates = here;
            } else {
                candidates.retainAll(here);
            }
        }
        return candidates == null || candidates.size() != 1 ? null : candidates.iterator().next();
    }

    // ---- names and words ------------------------------------------------------------------------

    /** The record name: the branch's title, else the discriminator's value, else the fallback words. */
    private static String name(JsonNode branch, String value, String fallback) {
        String text = branch.hasNonNull("title") ? branch.get("title").asText()
                : value != null ? value.substring(value.lastIndexOf('.') + 1) : fallback;
        return JavaNames.typeName(text == null || text.isBlank() ? "Shape" : text);
    }

    private static String definitionName(JsonNode branch) {
        String ref = branch.path("$ref").asText("");
        return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String words(JsonNode branch, String selection) {
        String description = branch.path("description").asText("");
        return "When " + selection + "." + (description.isEmpty() ? "" : " " + description);
    }

    private static String describe(JsonNode constraint) {
        if (constraint.has("const")) {
            return constraint.get("const").isTextual() ? constraint.get("const").asText() : constraint.get("const").toString();
        }
        if (constraint.has("enum")) {
            List<String> values = new ArrayList<>();
            constraint.get("enum").forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
            return "one of " + String.join(", ", values);
        }
        if (constraint.has("pattern")) {
            return "matching " + constraint.get("pattern").asText();
        }
        return "present";
    }

    // ---- members --------------------------------------------------------------------------------

    /**
     * The members a shape guarantees beyond those every object has: required by the shape, not by the
     * whole schema, not the discriminator itself, and never an allowed {@code null}.
     */
    private List<ViolationCompiler.Property> guaranteed(Set<String> shapeRequired, Set<String> base, String discriminator) {
        List<ViolationCompiler.Property> members = new ArrayList<>();
        for (ViolationCompiler.Property p : properties.values()) {
            if (shapeRequired.contains(p.jsonName()) && !base.contains(p.jsonName()) && !p.jsonName().equals(discriminator)
                    && !p.nullable()) {
                members.add(p);
            }
        }
        return members;
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        schema.path("required").forEach(r -> names.add(r.asText()));
        return names;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }

    private void note(String at, String why) {
        notes.accept(className + " (schema " + (at.isEmpty() ? "/" : at) + "): no variant view: " + why);
    }

    // ---- source ---------------------------------------------------------------------------------

    private String render(List<Shape> shapes) {
        StringBuilder text = new StringBuilder();
        List<String> names = shapes.stream().map(Shape::name).toList();
        text.append("""

                    /**
                     * This object as one of the shapes its schema allows ({@link %2$s}), with the members that
                     * shape guarantees typed and never {@code null}.
                     *
                     * @throws %3$s when the object breaks a rule of its schema (see {@link #violations()}):
                     *     its shape is then not one the schema allows
                     */
                    public %2$s variant() {
                        java.util.List<%4$s> broken = violations();
                        if (!broken.isEmpty()) {
                            throw new %3$s(%1$s.class, broken);
                        }
                        return switch (shape()) {
                """.formatted(className, INTERFACE, exception, violation));
        for (int i = 0; i < shapes.size(); i++) {
            text.append("            case ").append(i).append(" -> new ").append(shapes.get(i).name()).append("(this");
            for (ViolationCompiler.Property p : shapes.get(i).guaranteed()) {
                text.append(", ").append(p.field());
            }
            text.append(");\n");
        }
        text.append("""
                            default -> throw new IllegalStateException("no shape of %1$s matches: " + this);
                        };
                    }

                    /** Which shape this object has: the index of the first whose test holds, or -1 for none. */
                    private int shape() {
                """.formatted(className));
        boolean otherwise = false;
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i).test() == null) {
                text.append("        return ").append(i).append(";\n    }\n");
                otherwise = true;
            } else {
                text.append("        if (").append(shapes.get(i).test()).append(") {\n            return ").append(i).append(";\n        }\n");
            }
        }
        if (!otherwise) {
            text.append("        return -1;\n    }\n");
        }
        text.append("""

                    /**
                     * The shapes of a {@link %1$s}: exactly one holds for a valid object, and {@link %1$s#variant()}
                     * returns it. A {@code switch} over them needs no {@code default} branch.
                     */
                    public sealed interface %2$s permits %3$s {

                        /** The whole object, with every member, including those the schema does not name. */
                        %1$s object();
                    }
                """.formatted(className, INTERFACE, String.join(", ", names)));
        for (int i = 0; i < shapes.size(); i++) {
            text.append(record(shapes.get(i), i));
        }
        return text.toString();
    }

    private String record(Shape shape, int index) {
        StringBuilder components = new StringBuilder(className + " object");
        StringBuilder checks = new StringBuilder();
        StringBuilder docs = new StringBuilder();
        for (ViolationCompiler.Property p : shape.guaranteed()) {
            components.append(", ").append(p.type().fullName()).append(' ').append(p.field());
            checks.append("            java.util.Objects.requireNonNull(").append(p.field()).append(", ")
                    .append(JavaText.literal(p.field())).append(");\n")
                    .append("            if (!").append(p.field()).append(".equals(object.").append(p.field()).append(")) {\n")
                    .append("                throw new IllegalArgumentException(")
                    .append(JavaText.literal(p.field() + " is not the object's " + p.jsonName())).append(");\n")
                    .append("            }\n");
            docs.append("     * @param ").append(p.field()).append(" the object's {@code ").append(JavaText.javadoc(p.jsonName()))
                    .append("}, which this shape requires\n");
        }
        return """

                    /**
                     * %3$s
                     *
                     * @param object the whole object
                %4$s     */
                    public record %1$s(%2$s) implements %5$s {

                        /** Refuses an object that is not valid, or not of this shape, and members that are not its own. */
                        public %1$s {
                            java.util.Objects.requireNonNull(object, "object");
                            if (!object.isValid() || object.shape() != %6$d) {
                                throw new IllegalArgumentException("not a valid %7$s of this shape: " + object);
                            }
                %8$s        }
                    }
                """.formatted(shape.name(), components, JavaText.javadoc(shape.words()), docs, INTERFACE, index, className, checks);
    }
}
