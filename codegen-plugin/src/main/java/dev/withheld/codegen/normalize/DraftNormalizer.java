package dev.withheld.codegen.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites a schema document of any supported {@link Draft} into 2020-12 vocabulary, so that
 * everything after it (the reference check, the generator's rules, the spec-editor goals' reference
 * resolution) reads one vocabulary instead of special-casing drafts:
 *
 * <ul>
 *   <li>{@code definitions} becomes {@code $defs} (a name both hold stays under {@code definitions});</li>
 *   <li>{@code dependencies} becomes {@code dependentRequired} (array form) and {@code dependentSchemas}
 *       (schema form);</li>
 *   <li>array-form {@code items} becomes {@code prefixItems}, and {@code additionalItems} becomes
 *       {@code items}; {@code additionalItems} beside a single {@code items} schema (or none) is dropped,
 *       as those drafts ignore it;</li>
 *   <li>draft-04's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} become the numeric forms,
 *       taking the value of {@code minimum}/{@code maximum};</li>
 *   <li>draft-04's {@code id} becomes {@code $id}; an {@code id}/{@code $id} of the form {@code #name}
 *       (drafts 4 to 7) becomes {@code $anchor: name};</li>
 *   <li>2019-09's {@code $recursiveAnchor: true} becomes {@code $dynamicAnchor} and {@code $recursiveRef}
 *       a {@code $dynamicRef} to it (or a plain {@code $ref} where no recursive anchor is in scope);</li>
 *   <li>in drafts 4 to 7 a {@code $ref} makes its siblings ignored, so the assertion and applicator
 *       keywords beside it are dropped; annotations ({@code title}, {@code description}, {@code default},
 *       ...), identifiers, {@code definitions} and unknown keywords stay.</li>
 * </ul>
 *
 * <p>Only schema positions are walked (property values, {@code items}, {@code allOf} members, ...):
 * a property named {@code id} or {@code definitions} and the values of {@code const}, {@code enum},
 * {@code default} and {@code examples} are never rewritten. Every move is recorded in a
 * {@link SourceMap}, so a {@code $ref} written against the original layout still finds its target,
 * and a problem found in the normalised form is still reported at its line in the file.
 * The input is not changed.
 */
public final class DraftNormalizer {

    /** The {@code $dynamicAnchor} name that stands for 2019-09's {@code $recursiveAnchor: true}. */
    public static final String RECURSIVE_ANCHOR = "recursiveAnchor";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Assertion and applicator keywords of drafts 4 to 7, which those drafts ignore beside {@code $ref}. */
    private static final Set<String> IGNORED_BESIDE_REF = Set.of("type", "enum", "const", "properties",
            "patternProperties", "additionalProperties", "required", "dependencies", "propertyNames", "minProperties",
            "maxProperties", "items", "additionalItems", "contains", "minItems", "maxItems", "uniqueItems", "minimum",
            "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "format",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "contentMediaType", "contentEncoding");

    private final Draft defaultDraft;

    /** @param defaultDraft the draft of a document without a {@code $schema} the plugin recognises */
    public DraftNormalizer(Draft defaultDraft) {
        this.defaultDraft = Objects.requireNonNull(defaultDraft, "defaultDraft");
    }

    /**
     * The document in 2020-12 vocabulary.
     *
     * @param document the document as written
     * @param draft the draft it was read as
     * @param sourceMap how pointers of the two forms correspond
     */
    public record Result(JsonNode document, Draft draft, SourceMap sourceMap) {
    }

    /** Rewrites a whole document; its draft is its {@code $schema}, else the default draft. */
    public Result normalize(JsonNode document) {
        return normalize(document, null);
    }

    /**
     * Rewrites a whole document written in a dialect of its own: {@code dialect} is that dialect's
     * meta-schema (found among the local schemas), or {@code null}. The document's draft is then the
     * meta-schema's, and where the dialect turns on format assertion, each {@code format} it defines in
     * {@code $defs} gets its definition beside it ({@link SchemaNormalizer#ASSERTED_FORMAT}).
     */
    public Result normalize(JsonNode document, JsonNode dialect) {
        Draft draft = declaredDraft(document).or(() -> declaredDraft(dialect)).orElse(defaultDraft);
        SourceMap map = new SourceMap();
        JsonNode result = schema(document, "", "", draft, false, true, map);
        if (dialect != null && dialect.path("$vocabulary").path(FORMAT_ASSERTION).asBoolean(false)) {
            assertFormats(result, dialect.path("$defs"));
        }
        return new Result(result, draft, map);
    }

    /** The 2019-09 and 2020-12 vocabulary that makes {@code format} an assertion. */
    private static final String FORMAT_ASSERTION = "https://json-schema.org/draft/2020-12/vocab/format-assertion";

    private static void assertFormats(JsonNode document, JsonNode definitions) {
        SchemaPositions.walk(document, "", null, (schema, pointer, context) -> {
            JsonNode format = schema.get("format");
            if (format != null && format.isTextual() && definitions.path(format.asText()).isObject()) {
                schema.set(SchemaNormalizer.ASSERTED_FORMAT, definitions.get(format.asText()).deepCopy());
            }
            return context;
        });
    }

    /** The draft a document's {@code $schema} names, if it names one the plugin knows. */
    public static Optional<Draft> declaredDraft(JsonNode schema) {
        JsonNode declared = schema == null ? null : schema.get("$schema");
        return declared != null && declared.isTextual() ? Draft.ofMetaSchema(declared.asText()) : Optional.empty();
    }

    private JsonNode schema(JsonNode node, String source, String normalized, Draft inherited, boolean recursiveInScope,
            boolean documentRoot, SourceMap map) {
        map.moved(source, normalized);
        if (!(node instanceof ObjectNode in)) {
            return node.deepCopy(); // true, false, or not a schema: left as it is
        }
        Draft draft = declaredDraft(in).orElse(inherited);
        JsonNode id = in.get(draft == Draft.DRAFT_04 ? "id" : "$id");
        boolean resourceRoot = documentRoot || id != null && id.isTextual() && !id.asText().startsWith("#");
        boolean recursive = resourceRoot ? in.path("$recursiveAnchor").asBoolean(false) : recursiveInScope;
        boolean refAlone = draft.before(Draft.DRAFT_2019_09) && in.has("$ref");
        boolean itemsArray = in.path("items").isArray();

        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> member : in.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            String from = SourceMap.child(source, keyword);
            if (refAlone && IGNORED_BESIDE_REF.contains(keyword)) {
                continue;
            }
            switch (keyword) {
                case "$schema" -> {
                    // A draft the plugin knows is now 2020-12; any other meta-schema is left as written.
                    boolean known = value.isTextual() && Draft.ofMetaSchema(value.asText()).isPresent();
                    out.set("$schema", known ? NODES.textNode(Draft.DRAFT_2020_12.metaSchema()) : value.deepCopy());
                }
                case "id", "$id" -> {
                    boolean isKeyword = keyword.equals("id") == (draft == Draft.DRAFT_04);
                    if (isKeyword && value.isTextual()) {
                        identifier(out, value.asText(), draft, from, normalized, map);
                    } else {
                        out.set(keyword, value.deepCopy());
                    }
                }
                case "definitions", "$defs" -> schemaMap(out, value, from, normalized, "$defs", keyword,
                        keyword.equals("definitions") ? names(in.get("$defs")) : Set.of(), draft, recursive, map);
                case "dependencies" -> dependencies(out, value, from, normalized,
                        union(names(in.get("dependentRequired")), names(in.get("dependentSchemas"))), draft, recursive, map);
                case "dependentRequired" -> {
                    if (value.isObject()) {
                        member(out, keyword).setAll(((ObjectNode) value).deepCopy());
                    } else {
                        out.set(keyword, value.deepCopy());
                    }
                }
                case "items" -> {
                    if (itemsArray) {
                        out.set("prefixItems", schemaArray(value, from, SourceMap.child(normalized, "prefixItems"), draft, recursive, map));
                    } else {
                        out.set("items", schema(value, from, SourceMap.child(normalized, "items"), draft, recursive, false, map));
                    }
                }
                case "additionalItems" -> {
                    if (itemsArray) {
                        out.set("items", schema(value, from, SourceMap.child(normalized, "items"), draft, recursive, false, map));
                    }
                }
                case "minimum", "maximum" -> {
                    String exclusive = keyword.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum";
                    if (in.path(exclusive).isBoolean() && in.get(exclusive).booleanValue()) {
                        out.set(exclusive, value.deepCopy());
                        map.moved(from, SourceMap.child(normalized, exclusive));
                    } else {
                        out.set(keyword, value.deepCopy());
                    }
                }
                case "exclusiveMinimum", "exclusiveMaximum" -> {
                    if (!value.isBoolean()) {
                        out.set(keyword, value.deepCopy());
                    }
                }
                case "$recursiveAnchor" -> {
                    if (value.asBoolean(false)) {
                        out.put("$dynamicAnchor", RECURSIVE_ANCHOR);
                        map.moved(from, SourceMap.child(normalized, "$dynamicAnchor"));
                    }
                }
                case "$recursiveRef" -> {
                    if (recursive) {
                        out.put("$dynamicRef", "#" + RECURSIVE_ANCHOR);
                        map.moved(from, SourceMap.child(normalized, "$dynamicRef"));
                    } else {
                        out.set("$ref", value.deepCopy());
                        map.moved(from, SourceMap.child(normalized, "$ref"));
                    }
                }
                default -> {
                    String to = SourceMap.child(normalized, keyword);
                    if (SchemaPositions.SINGLE.contains(keyword)) {
                        out.set(keyword, schema(value, from, to, draft, recursive, false, map));
                    } else if (SchemaPositions.ARRAYS.contains(keyword) && value.isArray()) {
                        out.set(keyword, schemaArray(value, from, to, draft, recursive, map));
                    } else if (SchemaPositions.MAPS.contains(keyword) && value.isObject()) {
                        schemaMap(out, value, from, normalized, keyword, keyword, Set.of(), draft, recursive, map);
                    } else {
                        out.set(keyword, value.deepCopy()); // data (const, enum, default, examples) or unknown
                    }
                }
            }
        }
        return out;
    }

    /** {@code id} or {@code $id}: a plain-name fragment ({@code #foo}) is an anchor, the rest an identifier. */
    private static void identifier(ObjectNode out, String id, Draft draft, String from, String normalized, SourceMap map) {
        int hash = id.indexOf('#');
        String resource = hash < 0 ? id : id.substring(0, hash);
        String fragment = hash < 0 ? "" : id.substring(hash + 1);
        if (!resource.isEmpty()) {
            out.put("$id", resource);
            map.moved(from, SourceMap.child(normalized, "$id"));
        }
        if (!fragment.isEmpty() && draft.before(Draft.DRAFT_2019_09) && !fragment.startsWith("/")) {
            out.put("$anchor", fragment);
            if (resource.isEmpty()) {
                map.moved(from, SourceMap.child(normalized, "$anchor"));
            }
        }
    }

    private ArrayNode schemaArray(JsonNode value, String from, String to, Draft draft, boolean recursive, SourceMap map) {
        map.moved(from, to);
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < value.size(); i++) {
            out.add(schema(value.get(i), from + "/" + i, to + "/" + i, draft, recursive, false, map));
        }
        return out;
    }

    /**
     * Moves the named subschemas of {@code value} into {@code keyword} of {@code out}; a name that
     * {@code keyword} already holds keeps its place under {@code fallback}.
     */
    private void schemaMap(ObjectNode out, JsonNode value, String from, String normalized, String keyword, String fallback,
            Set<String> taken, Draft draft, boolean recursive, SourceMap map) {
        if (!value.isObject()) {
            out.set(fallback, value.deepCopy());
            return;
        }
        if (!out.has(keyword)) {
            map.moved(from, SourceMap.child(normalized, keyword));
        }
        member(out, keyword); // an empty map stays, as written
        for (Map.Entry<String, JsonNode> named : value.properties()) {
            boolean clash = taken.contains(named.getKey()) || out.path(keyword).has(named.getKey());
            String target = clash ? fallback : keyword;
            String to = SourceMap.child(SourceMap.child(normalized, target), named.getKey());
            member(out, target).set(named.getKey(),
                    schema(named.getValue(), SourceMap.child(from, named.getKey()), to, draft, recursive, false, map));
        }
    }

    /** {@code dependencies}: a list of names is a {@code dependentRequired}, anything else a {@code dependentSchemas}. */
    private void dependencies(ObjectNode out, JsonNode value, String from, String normalized, Set<String> taken, Draft draft,
            boolean recursive, SourceMap map) {
        if (!value.isObject()) {
            out.set("dependencies", value.deepCopy());
            return;
        }
        for (Map.Entry<String, JsonNode> named : value.properties()) {
            String name = named.getKey();
            String keyword = named.getValue().isArray() ? "dependentRequired" : "dependentSchemas";
            if (taken.contains(name) || out.path(keyword).has(name)) {
                keyword = "dependencies";
            }
            String to = SourceMap.child(SourceMap.child(normalized, keyword), name);
            String at = SourceMap.child(from, name);
            member(out, keyword).set(name, named.getValue().isArray()
                    ? withMove(named.getValue().deepCopy(), at, to, map)
                    : schema(named.getValue(), at, to, draft, recursive, false, map));
        }
    }

    private static JsonNode withMove(JsonNode value, String from, String to, SourceMap map) {
        map.moved(from, to);
        return value;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new java.util.HashSet<>();
        if (object != null && object.isObject()) {
            object.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static ObjectNode member(ObjectNode out, String keyword) {
        JsonNode existing = out.get(keyword);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        return out.putObject(keyword);
    }
}
