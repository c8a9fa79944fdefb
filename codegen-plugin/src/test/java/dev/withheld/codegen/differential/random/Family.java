package dev.withheld.codegen.differential.random;

/** The keyword families the random schemas are built from; a run chooses which ones it uses. */
public enum Family {
    /** {@code type: string} with {@code minLength}/{@code maxLength}. */
    STRINGS,
    /** {@code type: boolean}. */
    BOOLEANS,
    /** {@code type: integer} with {@code minimum}/{@code maximum} that fit in 32 bits. */
    SMALL_INTEGERS,
    /** {@code type: integer} without bounds or with 64-bit bounds; instances up to and beyond 64 bits. */
    WIDE_INTEGERS,
    /** Integers written as {@code 1.0} or {@code 1e2} in instances. */
    INTEGRAL_DECIMALS,
    /** {@code type: number} with ranges. */
    NUMBERS,
    /** {@code type: "null"} and type arrays such as {@code ["string", "null"]}. */
    NULLS_AND_TYPE_ARRAYS,
    /** {@code enum} of strings. */
    STRING_ENUMS,
    /** {@code enum}/{@code const} of numbers, booleans, null, objects and arrays. */
    ANY_ENUMS_AND_CONSTS,
    /** {@code format} (date-time, uuid, uri) with instances that are not valid formats. */
    FORMATS,
    /** Nested inline object schemas with {@code properties} and {@code required}. */
    NESTED_OBJECTS,
    /** {@code type: array} with {@code items}, {@code minItems}/{@code maxItems}; arrays of arrays. */
    ARRAYS,
    /** {@code uniqueItems}. */
    UNIQUE_ITEMS,
    /** {@code additionalProperties} as {@code false} or as a schema (maps). */
    ADDITIONAL_PROPERTIES,
    /** {@code patternProperties}. */
    PATTERN_PROPERTIES,
    /** {@code allOf}/{@code anyOf}/{@code oneOf}. */
    COMPOSITION,
    /** {@code if}/{@code then}/{@code else}. */
    CONDITIONALS,
    /** {@code default} on properties. */
    DEFAULTS,
    /** Optional members absent, or sent as explicit {@code null} where allowed. */
    ABSENT_OPTIONALS,
    /** Members the schema does not name, at every depth. */
    UNKNOWN_MEMBERS
}
