package dev.withheld.codegen.normalize;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.withheld.codegen.generate.LocalSchemaCatalog;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites a JSON Schema 2020-12 document into the shape jsonschema2pojo understands, without
 * changing what it means, and records what jsonschema2pojo would otherwise drop:
 *
 * <ul>
 *   <li>string enumerations written as {@code enum}, or as {@code oneOf}/{@code anyOf} of {@code const}
 *       with a {@code description} each, become an {@code enum} plus {@value #VALUES} (the value
 *       descriptions); an {@code anyOf} of such an enumeration and a plain string schema is an
 *       <em>open</em> enumeration ({@value #OPEN}, with the other branches in {@value #OTHER});</li>
 *   <li>{@code allOf} of object schemas is merged into one object: properties, required, and their
 *       {@code if}/{@code then}/{@code else} conditions (kept in {@value #CONDITIONS});</li>
 *   <li>a {@code $ref} to a scalar schema with its own {@code title} or {@code description} next to it is
 *       inlined, so that the property keeps its own words (2020-12 allows siblings of {@code $ref}).</li>
 * </ul>
 *
 * <p>The marker keywords start with {@code x-codegen-}; they live only in the in-memory copy that
 * the generator reads and never reach a user's files.
 */
public final class SchemaNormalizer {

    /** Array of {value, description} for each value of a string enumeration. */
    public static final String VALUES = "x-codegen-values";
    /** {@code true} when values outside the enumeration are valid too. */
    public static final String OPEN = "x-codegen-open";
    /** For an open enumeration, the schemas a value outside the enumeration must match (any one). */
    public static final String OTHER = "x-codegen-other";
    /** Conditions ({@code if}/{@code then}/{@code else} objects) merged in from {@code allOf} members. */
    public static final String CONDITIONS = "x-codegen-conditions";
    /** Title of a referenced scalar definition that was inlined, for messages in plain words. */
    public static final String FORMAT_TITLE = "x-codegen-format-title";
    /** Description of a referenced scalar definition that was inlined. */
    public static final String FORMAT_DESCRIPTION = "x-codegen-format-description";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples",
            "default", "deprecated", "readOnly", "writeOnly");

    private final LocalSchemaCatalog catalog;
    private final Map<Path, JsonNode> normalized = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    public SchemaNormalizer(LocalSchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /** The normalised copy of a whole document (computed once per file). */
    public synchronized JsonNode document(Path file) {
        Path key = file.toAbsolutePath().normalize();
        JsonNode done = normalized.get(key);
        if (done == null) {
            JsonNode copy = catalog.document(key).deepCopy();
            done = normalize(copy, new Context(key, catalog.baseUri(key)));
            normalized.put(key, done);
        }
        return done;
    }

    private record Context(Path file, URI base) {
    }

    private JsonNode normalize(JsonNode node, Context context) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode schema = (ObjectNode) node;
        normalizeChildren(schema, context);
        mergeAllOf(schema, context);
        markEnumeration(schema, context);
        inlineScalarReference(schema, context);
        return schema;
    }

    private void normalizeChildren(ObjectNode schema, Context context) {
        for (String keyword : List.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")) {
            JsonNode map = schema.get(keyword);
            if (map != null && map.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = map.properties().iterator(); it.hasNext();) {
                    normalize(it.next().getValue(), context);
                }
            }
        }
        for (String keyword : List.of("items", "additionalProperties", "if", "then", "else", "not", "contains",
                "propertyNames", "unevaluatedProperties", "unevaluatedItems")) {
            JsonNode child = schema.get(keyword);
            if (child != null) {
                normalize(child, context);
            }
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
            JsonNode list = schema.get(keyword);
            if (list != null && list.isArray()) {
                list.forEach(member -> normalize(member, context));
            }
        }
    }

    // ---- enumerations -------------------------------------------------------------------------

    private void markEnumeration(ObjectNode schema, Context context) {
        if (schema.has(VALUES)) {
            return;
        }
        JsonNode enumValues = schema.get("enum");
        if (enumValues != null && enumValues.isArray() && allStrings(enumValues)) {
            ArrayNode values = NODES.arrayNode();
            enumValues.forEach(v -> values.add(value(v.asText(), null)));
            schema.set(VALUES, values);
            schema.put(OPEN, false);
            return;
        }
        Optional<ArrayNode> consts = constBranches(schema.get("oneOf"));
        if (consts.isEmpty()) {
            consts = constBranches(schema.get("anyOf"));
        }
        if (consts.isPresent()) {
            setEnumeration(schema, consts.get(), false, NODES.arrayNode());
            schema.remove("oneOf");
            schema.remove("anyOf");
            return;
        }
        JsonNode anyOf = schema.get("anyOf");
        if (anyOf == null || !anyOf.isArray() || anyOf.size() < 2) {
            return;
        }
        ArrayNode known = NODES.arrayNode();
        ArrayNode other = NODES.arrayNode();
        for (JsonNode branch : anyOf) {
            JsonNode target = resolved(branch, context);
            if (target == null) {
                return;
            }
            if (target.has(VALUES) && !target.path(OPEN).asBoolean(false)) {
                known.addAll((ArrayNode) target.get(VALUES));
            } else if (isPlainStringSchema(target)) {
                other.add(target);
            } else {
                return;
            }
        }
        if (known.isEmpty()) {
            return;
        }
        setEnumeration(schema, known, !other.isEmpty(), other);
        schema.remove("anyOf");
    }

    private void setEnumeration(ObjectNode schema, ArrayNode values, boolean open, ArrayNode other) {
        ArrayNode enumValues = NODES.arrayNode();
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode unique = NODES.arrayNode();
        for (JsonNode value : values) {
            if (seen.add(value.get("value").asText())) {
                enumValues.add(value.get("value").asText());
                unique.add(value);
            }
        }
        schema.set("enum", enumValues);
        schema.set(VALUES, unique);
        schema.put(OPEN, open);
        if (open) {
            schema.set(OTHER, other);
        }
        if (!schema.has("type")) {
            schema.put("type", "string");
        }
    }

    private static Optional<ArrayNode> constBranches(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode values = NODES.arrayNode();
        for (JsonNode branch : list) {
            JsonNode constant = branch.get("const");
            if (constant == null || !constant.isTextual()) {
                return Optional.empty();
            }
            for (Iterator<String> names = branch.fieldNames(); names.hasNext();) {
                String keyword = names.next();
                if (!keyword.equals("const") && !keyword.equals("type") && !ANNOTATIONS.contains(keyword)) {
                    return Optional.empty();
                }
            }
            JsonNode description = branch.has("description") ? branch.get("description") : branch.get("title");
            values.add(value(constant.asText(), description == null ? null : description.asText()));
        }
        return Optional.of(values);
    }

    private static boolean isPlainStringSchema(JsonNode schema) {
        if (!"string".equals(schema.path("type").asText(null))) {
            return false;
        }
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (!Set.of("type", "pattern", "minLength", "maxLength", "format", "not").contains(keyword)
                    && !ANNOTATIONS.contains(keyword) && !keyword.startsWith("$")) {
                return false;
            }
        }
        return true;
    }

    private static boolean allStrings(JsonNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode v : array) {
            if (!v.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode value(String value, String description) {
        ObjectNode node = NODES.objectNode();
        node.put("value", value);
        if (description != null) {
            node.put("description", description);
        }
        return node;
    }

    // ---- allOf --------------------------------------------------------------------------------

    private void mergeAllOf(ObjectNode schema, Context context) {
        JsonNode allOf = schema.get("allOf");
        if (allOf == null || !allOf.isArray() || allOf.isEmpty()) {
            return;
        }
        List<JsonNode> members = new ArrayList<>();
        for (JsonNode member : allOf) {
            JsonNode target = resolved(member, context);
            if (target == null || !isObjectSchema(target)) {
                return;
            }
            members.add(target);
        }
        ObjectNode properties = schema.has("properties") && schema.get("properties").isObject()
                ? (ObjectNode) schema.get("properties") : NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        ArrayNode conditions = schema.has(CONDITIONS) ? (ArrayNode) schema.get(CONDITIONS) : NODES.arrayNode();
        for (JsonNode member : members) {
            member.path("properties").properties().forEach(p -> {
                if (!properties.has(p.getKey())) {
                    properties.set(p.getKey(), p.getValue().deepCopy());
                }
            });
            member.path("required").forEach(r -> required.add(r.asText()));
            if (member.has("if")) {
                ObjectNode condition = NODES.objectNode();
                for (String keyword : List.of("if", "then", "else")) {
                    if (member.has(keyword)) {
                        condition.set(keyword, member.get(keyword).deepCopy());
                    }
                }
                conditions.add(condition);
            }
            member.path(CONDITIONS).forEach(c -> conditions.add(c.deepCopy()));
            member.path("dependentRequired").properties().forEach(d -> {
                ObjectNode dependent = schema.has("dependentRequired") && schema.get("dependentRequired").isObject()
                        ? (ObjectNode) schema.get("dependentRequired") : schema.putObject("dependentRequired");
                ArrayNode needed = dependent.has(d.getKey()) ? (ArrayNode) dependent.get(d.getKey()) : dependent.putArray(d.getKey());
                Set<JsonNode> present = new HashSet<>();
                needed.forEach(present::add);
                d.getValue().forEach(n -> {
                    if (present.add(n)) {
                        needed.add(n.deepCopy());
                    }
                });
            });
            for (String keyword : List.of("additionalProperties", "title", "description")) {
                if (!schema.has(keyword) && member.has(keyword)) {
                    schema.set(keyword, member.get(keyword).deepCopy());
                }
            }
        }
        schema.set("properties", properties);
        if (!required.isEmpty()) {
            ArrayNode list = NODES.arrayNode();
            required.forEach(list::add);
            schema.set("required", list);
        }
        if (!conditions.isEmpty()) {
            schema.set(CONDITIONS, conditions);
        }
        schema.put("type", "object");
        schema.remove("allOf");
    }

    private static boolean isObjectSchema(JsonNode schema) {
        return "object".equals(schema.path("type").asText(null)) || schema.has("properties")
                || schema.has("required") || schema.has("if") || schema.has(CONDITIONS);
    }

    // ---- $ref with siblings -------------------------------------------------------------------

    private void inlineScalarReference(ObjectNode schema, Context context) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.isTextual() || !(schema.has("title") || schema.has("description"))) {
            return;
        }
        JsonNode target = resolved(NODES.objectNode().put("$ref", ref.asText()), context);
        if (target == null || isObjectSchema(target) || target.has("enum") || target.has("$ref")
                || !target.has("type")) {
            return;
        }
        ObjectNode merged = schema.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = target.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> keyword = it.next();
            if (keyword.getKey().equals("$id") || keyword.getKey().equals("$schema")) {
                continue;
            }
            if (!merged.has(keyword.getKey())) {
                merged.set(keyword.getKey(), keyword.getValue().deepCopy());
            } else if (!ANNOTATIONS.contains(keyword.getKey()) && !merged.get(keyword.getKey()).equals(keyword.getValue())) {
                return; // both constrain the same keyword differently: leave the reference as written
            }
        }
        if (target.hasNonNull("title")) {
            merged.put(FORMAT_TITLE, target.get("title").asText());
        }
        if (target.hasNonNull("description")) {
            merged.put(FORMAT_DESCRIPTION, target.get("description").asText());
        }
        merged.remove("$ref");
        schema.removeAll();
        schema.setAll(merged);
    }

    // ---- references ---------------------------------------------------------------------------

    /**
     * The schema a node stands for: the node itself, or the normalised target of its {@code $ref}
     * when the node is nothing but a reference. {@code null} when the reference cannot be followed.
     */
    private JsonNode resolved(JsonNode node, Context context) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        if (!ref.isTextual()) {
            return null;
        }
        URI target;
        try {
            target = context.base().resolve(ref.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
        Optional<Path> file = ref.asText().startsWith("#") ? Optional.of(context.file())
                : catalog.fileFor(LocalSchemaCatalog.withoutFragment(target));
        if (file.isEmpty()) {
            return null;
        }
        String fragment = target.getRawFragment() == null ? "" : URLDecoder.decode(target.getRawFragment(), StandardCharsets.UTF_8);
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            return null;
        }
        String key = file.get() + "#" + fragment;
        if (!inProgress.add(key)) {
            return null; // a reference cycle: leave it to jsonschema2pojo, which handles recursion
        }
        try {
            JsonNode raw = catalog.document(file.get());
            JsonNode at = fragment.isEmpty() ? raw : raw.at(JsonPointer.compile(fragment));
            if (at.isMissingNode()) {
                return null;
            }
            JsonNode copy = at.deepCopy();
            return normalize(copy, new Context(file.get(), catalog.baseUri(file.get())));
        } catch (IllegalArgumentException e) {
            return null;
        } finally {
            inProgress.remove(key);
        }
    }
}
