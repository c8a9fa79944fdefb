package dev.withheld.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;

/**
 * Every schema file is a well-formed draft 2020-12 schema whose {@code $id} matches its path.
 *
 * <p>This is the check a spec editor needs first: a schema that does not pass its meta-schema
 * makes every other result meaningless. Both implementations check it, offline, against the
 * meta-schema they ship.
 */
class SchemaFilesTest {
    private static final List<SchemaImplementation> IMPLEMENTATIONS = List.of(
            new NetworkntImplementation(SchemaSource.FILES),
            new HarrelImplementation(SchemaSource.FILES));

    @TestFactory
    Stream<DynamicTest> everySchemaPassesTheDraft202012MetaSchema() {
        return IMPLEMENTATIONS.stream().flatMap(implementation -> SchemaSource.schemaFiles().stream().map(file ->
                dynamicTest(implementation.name() + ": " + file, () -> {
                    Verdict verdict = implementation.validateAgainstMetaSchema(source(file));
                    assertThat(verdict.valid())
                            .withFailMessage(() -> "schemas/" + file + " does not pass the draft 2020-12 meta-schema in "
                                    + implementation.name() + ":\n" + verdict.rawMessages())
                            .isTrue();
                })));
    }

    @Test
    void theMetaSchemaCheckRejectsABrokenSchema() {
        String broken = """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "objekt", "required": "code"}""";
        assertThat(IMPLEMENTATIONS).allSatisfy(implementation -> {
            Verdict verdict = implementation.validateAgainstMetaSchema(broken);
            assertThat(verdict.valid()).as(implementation.name()).isFalse();
            assertThat(verdict.pointers()).as(implementation.name()).contains("/type", "/required");
        });
    }

    @TestFactory
    Stream<DynamicTest> everySchemaDeclaresDraft202012OrItsMatrixDialectAndTheIdOfItsPath() {
        return SchemaSource.schemaFiles().stream().map(file -> dynamicTest(file, () -> {
            assertThat(file).as("schema files are named *.schema.json").endsWith(".schema.json");
            JsonNode schema = Json.parse(source(file));
            // 2020-12, or the project's dialect: 2020-12 with the Matrix formats asserted.
            assertThat(schema.path("$schema").asString("")).as(file + " $schema")
                    .isIn(NetworkntImplementation.DRAFT_2020_12, SchemaSource.MATRIX_FORMATS_DIALECT);
            assertThat(schema.path("$id").asString("")).as(file + " $id").isEqualTo(SchemaSource.idOf(file));
        }));
    }

    private static String source(String file) {
        return SchemaSource.readFile(SchemaSource.SCHEMA_DIRECTORY.resolve(file));
    }
}
