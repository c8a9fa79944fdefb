package dev.withheld.codegen.check;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The keywords of JSON Schema draft 2020-12, sorted by what their values are: subschemas,
 * maps or arrays of subschemas, instance data, or plain settings. The walker needs the first
 * groups to find every subschema; the unknown-keyword rule needs all of them.
 */
public final class Keywords {
    /** Keywords whose value is a map from names to subschemas. */
    public static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");

    /** Keywords whose value is one subschema ({@code items} may also be an array in older drafts). */
    public static final Set<String> SCHEMA_VALUES = Set.of("additionalProperties", "propertyNames", "items", "contains", "if", "then",
            "else", "not", "unevaluatedItems", "unevaluatedProperties", "contentSchema", "additionalItems");

    /** Keywords whose value is an array of subschemas. */
    public static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    /** Keywords whose value is instance data, never a subschema: a {@code $ref} member inside them is data. */
    public static final Set<String> DATA = Set.of("const", "enum", "examples", "default");

    /**
     * Keywords that apply their subschemas to the same instance as the schema that holds them, so a
     * {@code required} inside them is about the holder's properties.
     */
    public static final Set<String> IN_PLACE = Set.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas");

    /** Every keyword of the draft 2020-12 vocabularies (core, applicator, unevaluated, validation, meta-data, format, content). */
    public static final Set<String> DRAFT_2020_12 = Set.of(
            "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
            "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties", "dependentSchemas",
            "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
            "unevaluatedItems", "unevaluatedProperties",
            "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
            "maxProperties", "minProperties", "required", "dependentRequired",
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
            "format", "contentEncoding", "contentMediaType", "contentSchema");

    /** Keywords of earlier drafts that 2020-12 replaced; accepted in schemas that declare an earlier dialect. */
    public static final Set<String> EARLIER_DRAFTS = Set.of("definitions", "dependencies", "additionalItems", "$recursiveRef",
            "$recursiveAnchor", "id");

    /** Keywords an older-draft schema may use: 2020-12's and the earlier ones. */
    public static final Set<String> ANY_DRAFT = Stream.concat(DRAFT_2020_12.stream(), EARLIER_DRAFTS.stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Annotations of one's own start with this prefix; validators and the lint rules ignore them. */
    public static final String EXTENSION_PREFIX = "x-";

    private Keywords() {
    }
}
