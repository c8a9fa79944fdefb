package dev.withheld.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The schemas and suites are on the classpath under {@code dev/withheld/schema/}, exactly as in the source tree.
 *
 * <p>The validator and other projects load the schemas from the {@code schema} jar, and the
 * plugin and spec editors read the files: both must see the same documents, found by the same ids.
 */
class SchemaPackagingTest {

    @TestFactory
    Stream<DynamicTest> everySchemaFileIsAResourceUnderThePathOfItsId() {
        return SchemaSource.schemaFiles().stream().map(file -> dynamicTest(file, () ->
                assertThat(SchemaSource.CLASSPATH.read(SchemaSource.idOf(file)))
                        .as("classpath resource %s%s", SchemaSource.RESOURCE_ROOT, file)
                        .contains(SchemaSource.FILES.read(SchemaSource.idOf(file)).orElseThrow())));
    }

    @TestFactory
    Stream<DynamicTest> everySuiteFileIsAResourceUnderSuites() {
        return SchemaSource.suiteFiles().stream().map(file -> dynamicTest(file, () ->
                assertThat(SchemaSource.readResource(SchemaSource.RESOURCE_ROOT + "suites/" + file))
                        .as("classpath resource %ssuites/%s", SchemaSource.RESOURCE_ROOT, file)
                        .contains(SchemaSource.readFile(SchemaSource.SUITE_DIRECTORY.resolve(file)))));
    }

    @Test
    void anIdWithoutASchemaFileDoesNotResolveAnywhere() {
        String missing = SchemaSource.ID_PREFIX + "profiles/missing.schema.json";
        assertThat(SchemaSource.FILES.read(missing)).isEmpty();
        assertThat(SchemaSource.CLASSPATH.read(missing)).isEmpty();
        List<SchemaImplementation> implementations = List.of(
                new NetworkntImplementation(SchemaSource.CLASSPATH), new NetworkntImplementation(SchemaSource.FILES),
                new HarrelImplementation(SchemaSource.CLASSPATH), new HarrelImplementation(SchemaSource.FILES));
        assertThat(implementations).allSatisfy(implementation ->
                assertThatThrownBy(() -> implementation.validate(missing, "{}")).as(implementation.name()).isInstanceOf(RuntimeException.class));
    }

    @Test
    void onlyPathsBelowThePrefixAreIds() {
        assertThat(SchemaSource.relativePathOf(SchemaSource.ID_PREFIX + "profiles/event-sending.schema.json#/properties/type"))
                .contains("profiles/event-sending.schema.json");
        assertThat(SchemaSource.relativePathOf("https://withheld.dev/other/x.schema.json")).isEmpty();
        assertThat(SchemaSource.relativePathOf(SchemaSource.ID_PREFIX + "../pom.xml")).isEmpty();
        assertThat(SchemaSource.relativePathOf(SchemaSource.ID_PREFIX)).isEmpty();
    }
}
