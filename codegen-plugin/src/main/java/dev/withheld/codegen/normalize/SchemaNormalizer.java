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
import java.util.Deque;
import java.util.ArrayDeque;
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
    /**
     * Properties that two {@code allOf} members (or a {@code $ref} and its siblings) both constrain in
     * ways that cannot be merged into one Java property; the generated checks keep only the first.
     */
    public static final String UNMERGED = "x-codegen-unmerged";
    /**
     * Beside a {@code format} that the document's dialect asserts: the format's definition (the
     * {@code $defs} entry of its name in the dialect's meta-schema), which the generated checks compile.
     */
    public static final String ASSERTED_FORMAT = "x-codegen-asserted-format";
    /** Title of a referenced scalar definition that was inlined, for messages in plain words. */
    public static final String FORMAT_TITLE = "x-codegen-format-title";
    /** Description of a referenced scalar definition that was inlined. */
    public static final String FORMAT_DESCRIPTION = "x-codegen-format-description";

    /**
     * Members whose values are instance data (and the enumeration marker), never schemas: a
     * {@code $ref} inside them is data, not a reference.
     */
    public static final Set<String> DATA = Set.of("const", "enum", "examples", "default", VALUES);

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
        referenceWithSiblingsToAllOf(schema, context);
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
        JsonNode constant = schema.get("const");
        if (constant != null && !schema.has("type") && !schema.has("$ref")) {
            // A const says its own type; stating it lets the property get a Java type and its check.
            if (constant.isTextual()) {
                schema.put("type", "string");
            } else if (constant.isBoolean()) {
                schema.put("type", "boolean");
            } else if (constant.isIntegralNumber()) {
                schema.put("type", "integer");
            } else if (constant.isNumber()) {
                schema.put("type", "number");
            }
        }
        JsonNode enumValues = schema.get("enum");
        if (enumValues != null && enumValues.isArray() && allStrings(enumValues)) {
            ArrayNode values = NODES.arrayNode();
            enumValues.forEach(v -> values.add(value(v.asText(), null)));
            schema.set(VALUES, values);
            schema.put(OPEN, false);
            if (!schema.has("type")) {
                schema.put("type", "string");
            }
            return;
        }
        Optional<ArrayNode> consts = constBranches(schema.get("oneOf"), context);
        if (consts.isEmpty()) {
            consts = constBranches(schema.get("anyOf"), context);
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

    /**
     * The values of a {@code oneOf}/{@code anyOf} whose branches are each a string {@code const} (with
     * its description), or a reference to a closed enumeration (whose values it takes over, as a later
     * revision of a schema adds codes to an earlier one's list).
     */
    private Optional<ArrayNode> constBranches(JsonNode list, Context context) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode values = NODES.arrayNode();
        for (JsonNode branch : list) {
            if (branch.has("$ref") && !branch.has("const")) {
                JsonNode target = resolved(branch, context);
                if (target == null || !target.has(VALUES) || target.path(OPEN).asBoolean(true)) {
                    return Optional.empty();
                }
                values.addAll((ArrayNode) target.get(VALUES).deepCopy());
                continue;
            }
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
            if (!Set.of("type", "pattern", "minLength", "maxLength", "format", "not", ASSERTED_FORMAT).contains(keyword)
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
            JsonNode target = resolvedFully(member, context);
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
        Set<String> unmerged = new LinkedHashSet<>();
        for (JsonNode member : members) {
            member.path("properties").properties().forEach(p -> {
                if (!properties.has(p.getKey())) {
                    properties.set(p.getKey(), p.getValue().deepCopy());
                } else {
                    JsonNode merged = mergeProperty(properties.get(p.getKey()), p.getValue(), context);
                    if (merged != null) {
                        properties.set(p.getKey(), merged);
                    } else {
                        unmerged.add(p.getKey());
                    }
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
                addOnce(conditions, condition);
            }
            member.path(CONDITIONS).forEach(c -> addOnce(conditions, c.deepCopy()));
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
            member.path("patternProperties").properties().forEach(pattern -> {
                // Every member's patternProperties hold: one map, both schemas where a pattern repeats.
                ObjectNode patterns = schema.has("patternProperties") && schema.get("patternProperties").isObject()
                        ? (ObjectNode) schema.get("patternProperties") : schema.putObject("patternProperties");
                JsonNode present = patterns.get(pattern.getKey());
                if (present == null) {
                    patterns.set(pattern.getKey(), pattern.getValue().deepCopy());
                } else if (!present.equals(pattern.getValue())) {
                    ObjectNode both = NODES.objectNode();
                    both.putArray("allOf").add(present).add(pattern.getValue().deepCopy());
                    patterns.set(pattern.getKey(), both);
                }
            });
            for (String keyword : List.of("additionalProperties", "propertyNames", "title", "description")) {
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
        if (!unmerged.isEmpty()) {
            ArrayNode names = NODES.arrayNode();
            unmerged.forEach(names::add);
            schema.set(UNMERGED, names);
        }
        schema.put("type", "object");
        schema.remove("allOf");
    }

    private static boolean isObjectSchema(JsonNode schema) {
        return "object".equals(schema.path("type").asText(null)) || schema.has("properties")
                || schema.has("required") || schema.has("if") || schema.has(CONDITIONS);
    }

    // ---- $ref with siblings -------------------------------------------------------------------

    private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "required", "if", "then", "else",
            "dependentRequired", "additionalProperties", "allOf", "patternProperties");

    /**
     * {@code {"$ref": base, "properties": {...}}} (2020-12 evaluates both) becomes
     * {@code {"allOf": [{"$ref": base}, {"properties": {...}}]}} when the reference is to an object
     * schema, so that the extension and its base merge into one class.
     */
    private void referenceWithSiblingsToAllOf(ObjectNode schema, Context context) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.isTextual() || OBJECT_KEYWORDS.stream().noneMatch(schema::has)) {
            return;
        }
        // Through every hop: a schema that is only a $ref (with words) to an object schema is one too.
        JsonNode target = resolvedFully(NODES.objectNode().put("$ref", ref.asText()), context);
        if (target == null || !isObjectSchema(target)) {
            return;
        }
        ObjectNode extension = NODES.objectNode();
        for (String keyword : OBJECT_KEYWORDS) {
            if (schema.has(keyword)) {
                extension.set(keyword, schema.remove(keyword));
            }
        }
        ArrayNode allOf = NODES.arrayNode();
        allOf.add(NODES.objectNode().put("$ref", ref.asText()));
        if (extension.has("allOf")) {
            extension.remove("allOf").forEach(allOf::add);
        }
        allOf.add(extension);
        schema.remove("$ref");
        schema.set("allOf", allOf);
    }

    /** Adds a condition unless the same one is there: a rule reached by two paths (two revisions' $refs) holds once. */
    private static void addOnce(ArrayNode conditions, JsonNode condition) {
        for (JsonNode present : conditions) {
            if (present.equals(condition)) {
                return;
            }
        }
        conditions.add(condition);
    }

    /**
     * One property constrained by two merged schemas: when one side accepts any string, the other
     * side says everything; when both stand for the same schema, either does. Otherwise {@code null}.
     */
    private JsonNode mergeProperty(JsonNode first, JsonNode second, Context context) {
        JsonNode a = resolvedFully(first, context);
        JsonNode b = resolvedFully(second, context);
        if (a == null || b == null) {
            return null;
        }
        if (withoutAnnotations(a).equals(withoutAnnotations(b))) {
            return first;
        }
        if (acceptsAnyString(a) && isStringSchema(b)) {
            return asString(second);
        }
        if (acceptsAnyString(b) && isStringSchema(a)) {
            return asString(first);
        }
        boolean aString = isStringSchema(a);
        boolean bString = isStringSchema(b);
        if ((aString || bString) && (aString || constrainsStrings(a)) && (bString || constrainsStrings(b))) {
            // Two sets of rules on one string (a later revision narrows an earlier one's): a string with both.
            ObjectNode both = NODES.objectNode();
            both.put("type", "string");
            both.putArray("allOf").add(first.deepCopy()).add(second.deepCopy());
            return both;
        }
        if (isObjectSchema(a) && isObjectSchema(b)) {
            // A later revision's schema that is written over the earlier one holds all of its rules: it alone.
            if (extendsDocument(second, first, context)) {
                return second;
            }
            if (extendsDocument(first, second, context)) {
                return first;
            }
            // Both object schemas hold: one class with the rules of both.
            ObjectNode both = NODES.objectNode();
            both.putArray("allOf").add(first.deepCopy()).add(second.deepCopy());
            return normalize(both, context);
        }
        return null;
    }

    /**
     * Whether {@code extension} and {@code base} are references to whole documents and the document of
     * {@code extension} is written over that of {@code base}: it refers to it (through a {@code $ref}
     * beside its own keywords, or an {@code allOf} member), directly or through documents that do.
     */
    private boolean extendsDocument(JsonNode extension, JsonNode base, Context context) {
        Optional<Path> from = documentOf(extension, context);
        Optional<Path> to = documentOf(base, context);
        if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
            return false;
        }
        Set<Path> seen = new HashSet<>();
        Deque<Path> pending = new ArrayDeque<>(List.of(from.get()));
        while (!pending.isEmpty() && seen.size() < 32) {
            Path file = pending.removeFirst();
            if (!seen.add(file)) {
                continue;
            }
            JsonNode document = catalog.document(file);
            Context here = new Context(file, catalog.baseUri(file));
            List<JsonNode> references = new ArrayList<>(List.of(document));
            document.path("allOf").forEach(references::add);
            for (JsonNode reference : references) {
                Optional<Path> next = documentOf(reference, here);
                if (next.isPresent() && next.equals(to)) {
                    return true;
                }
                next.ifPresent(pending::add);
            }
        }
        return false;
    }

    /** The file a {@code $ref} names when it names a whole document (no fragment). */
    private Optional<Path> documentOf(JsonNode node, Context context) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.isTextual() || ref.asText().contains("#") && !ref.asText().endsWith("#")) {
            return Optional.empty();
        }
        try {
            return catalog.fileFor(LocalSchemaCatalog.withoutFragment(context.base().resolve(ref.asText())))
                    .map(p -> p.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private JsonNode resolvedFully(JsonNode node, Context context) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 16; hops++) {
            current = resolved(current, context);
        }
        return current;
    }

    private static JsonNode withoutAnnotations(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        copy.remove(ANNOTATIONS);
        copy.remove(List.of("$id", "$schema", "$comment", FORMAT_TITLE, FORMAT_DESCRIPTION));
        return copy;
    }

    /** The schema with {@code type: string} stated, as the merged property is known to be a string. */
    private static JsonNode asString(JsonNode schema) {
        if (!schema.isObject() || schema.has("type") || schema.has("$ref")) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        copy.put("type", "string");
        return copy;
    }

    /**
     * A schema without a type whose assertions all apply to strings ({@code not}, {@code pattern},
     * lengths, {@code format}, string values), and which leaves the type to the schema beside it.
     */
    private static boolean constrainsStrings(JsonNode schema) {
        if (!schema.isObject() || schema.has("type") || schema.has("$ref")) {
            return false;
        }
        boolean asserts = false;
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            String keyword = names.next();
            if (Set.of("not", "pattern", "minLength", "maxLength", "format").contains(keyword)) {
                asserts = true;
            } else if (!ANNOTATIONS.contains(keyword) && !keyword.startsWith("x-codegen-")) {
                return false;
            }
        }
        return asserts;
    }

    /** Declares strings only: {@code type: string}, or a string {@code const} or {@code enum} without a type. */
    private static boolean isStringSchema(JsonNode schema) {
        if (schema.has("type")) {
            return "string".equals(schema.path("type").asText(null));
        }
        JsonNode constant = schema.get("const");
        if (constant != null) {
            return constant.isTextual();
        }
        JsonNode values = schema.get("enum");
        return values != null && values.isArray() && allStrings(values);
    }

    /** A string schema with no assertion beyond the type, or an open enumeration with an unconstrained other branch. */
    private static boolean acceptsAnyString(JsonNode schema) {
        if (!isStringSchema(schema)) {
            return false;
        }
        if (schema.path(OPEN).asBoolean(false)) {
            for (JsonNode other : schema.path(OTHER)) {
                if (withoutAnnotations(other).equals(NODES.objectNode().put("type", "string"))) {
                    return true;
                }
            }
            return false;
        }
        return withoutAnnotations(schema).equals(NODES.objectNode().put("type", "string"));
    }

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
     * Makes every {@code $ref} in a subtree absolute, resolved against the base of the document it came
     * from, and names the local file where there is one, so that one schema always has one URI (and so
     * one generated class) however it is reached.
     */
    private static void rebase(JsonNode node, URI base, LocalSchemaCatalog catalog) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                try {
                    URI absolute = base.resolve(ref.asText());
                    Optional<Path> file = catalog.fileFor(LocalSchemaCatalog.withoutFragment(absolute));
                    String fragment = absolute.getRawFragment();
                    object.put("$ref", file.map(f -> f.toUri().toString() + (fragment == null ? "" : "#" + fragment))
                            .orElse(absolute.toString()));
                } catch (IllegalArgumentException e) {
                    // left as written: the reference check reports it
                }
            }
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                if (!DATA.contains(member.getKey())) {
                    rebase(member.getValue(), base, catalog);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> rebase(child, base, catalog));
        }
    }

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
            Context targetContext = new Context(file.get(), catalog.baseUri(file.get()));
            JsonNode result = normalize(copy, targetContext);
            if (!file.get().equals(context.file())) {
                // The copy may be placed into another document: its references must not depend on where it lies.
                rebase(result, targetContext.base(), catalog);
            }
            return result;
        } catch (IllegalArgumentException e) {
            return null;
        } finally {
            inProgress.remove(key);
        }
    }
}
