package dev.withheld.schema;

/**
 * A JSON Schema 2020-12 implementation that the suites run against.
 *
 * <p>Every suite case must get its verdict from two independent implementations, so that a case
 * passing because of one library's quirk is caught by the other.
 */
interface SchemaImplementation {

    /** A short name for test names and messages, including where the schemas are read from. */
    String name();

    /**
     * Validates an instance against the schema with the given {@code $id}.
     *
     * @param schemaId the {@code $id} of a schema in {@code schemas/}
     * @param instanceJson the instance, as JSON text
     */
    Verdict validate(String schemaId, String instanceJson);

    /** Validates a schema document against the draft 2020-12 meta-schema shipped with the implementation. */
    Verdict validateAgainstMetaSchema(String schemaJson);
}
