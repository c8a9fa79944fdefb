package dev.withheld.codegen.naming;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.util.NameHelper;

/**
 * jsonschema2pojo's name helper, answering with this plugin's names: class names from
 * {@link TypeNames}, member names from {@link MemberNames}.
 *
 * <p>jsonschema2pojo asks for a class name with only a node name and a package, and for a member
 * name with only the property's own schema; both answers need more (the schema's location, the
 * sibling properties). So the object and enumeration rules name the class first, with
 * {@link #className}, and generate an object's members inside {@link #inObject}; the helper's
 * overrides then hand back those names unchanged.
 */
public final class ModelNameHelper extends NameHelper {

    private final TypeNames types;
    private final Deque<MemberNames> objects = new ArrayDeque<>();

    public ModelNameHelper(GenerationConfig config, TypeNames types) {
        super(config);
        this.types = types;
    }

    /** The class names given so far. */
    public TypeNames types() {
        return types;
    }

    /**
     * The name of the class for {@code schema} in {@code pkg}; {@code nodeName} is jsonschema2pojo's
     * suggestion, kept only for a schema that names its Java type itself ({@code javaType},
     * {@code existingJavaType}) or has no location.
     */
    public String className(String nodeName, JsonNode node, JPackage pkg, Schema schema) {
        if (schema == null || schema.getId() == null) {
            throw new IllegalStateException("a schema without a location reached the class naming: " + nodeName);
        }
        if (node.has("existingJavaType")) {
            return nodeName;
        }
        if (node.has("javaType")) {
            String given = node.get("javaType").asText();
            int dot = given.lastIndexOf('.');
            types.claimGiven(schema.getId(), dot < 0 ? pkg.name() : given.substring(0, dot), given.substring(dot + 1));
            return nodeName;
        }
        return types.nameFor(schema.getId(), schema.getGrandParent().getContent(), pkg.name());
    }

    /**
     * Runs {@code generation} with the member names of the object schema {@code node} in effect, as the components
     * of a record when {@code record} is set (see {@link MemberNames#RECORD_ACCESSORS}).
     */
    public <T> T inObject(JsonNode node, boolean record, Supplier<T> generation) {
        objects.push(MemberNames.of(node.path("properties"), record));
        try {
            return generation.get();
        } finally {
            objects.pop();
        }
    }

    @Override
    public String getPropertyName(String jsonName, JsonNode node) {
        MemberNames current = objects.peek();
        String name = current == null ? null : current.javaName(jsonName);
        return name != null ? name : MemberNames.alone(jsonName, node);
    }

    @Override
    public String getGetterName(String jsonName, JType type, JsonNode node) {
        String name = getPropertyName(jsonName, node);
        return type.equals(type.owner().BOOLEAN) ? "is" + MemberNames.getter(name).substring(3) : MemberNames.getter(name);
    }

    @Override
    public String getSetterName(String jsonName, JsonNode node) {
        return MemberNames.setter(getPropertyName(jsonName, node));
    }

    @Override
    public String getBuilderName(String jsonName, JsonNode node) {
        return "with" + MemberNames.getter(getPropertyName(jsonName, node)).substring(3);
    }

    @Override
    public String getUniqueClassName(String nodeName, JsonNode node, JPackage pkg) {
        return getClassName(nodeName, node, pkg);
    }

    @Override
    public String getClassName(String nodeName, JsonNode node, JPackage pkg) {
        return types.isAssigned(nodeName) ? nodeName : super.getClassName(nodeName, node, pkg);
    }

    @Override
    public String getClassName(String nodeName, JsonNode node) {
        return types.isAssigned(nodeName) ? nodeName : super.getClassName(nodeName, node);
    }

    @Override
    public String replaceIllegalCharacters(String name) {
        return types.isAssigned(name) ? name : super.replaceIllegalCharacters(name);
    }

    @Override
    public String normalizeName(String name) {
        return types.isAssigned(name) ? name : super.normalizeName(name);
    }
}
