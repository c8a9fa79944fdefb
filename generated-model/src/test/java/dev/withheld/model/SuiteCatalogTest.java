package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Proves that the suite-driven tests see every suite: no suite on the classpath is silently
 * skipped because its target is unknown here, every target has cases, and the profiles really build
 * on the base schemas the model is generated from (which is why their valid cases must
 * round-trip through the model).
 */
class SuiteCatalogTest {

    @Test
    void everySuiteOnTheClasspathTargetsASchemaTheTestsKnow() {
        assertThat(Suites.targetIds())
                .as("targets of %s", Suites.fileNames())
                .allSatisfy(id -> assertThat(SuiteTarget.forId(id)).as(id).isPresent());
    }

    @Test
    void everyTargetHasCases() {
        assertThat(Arrays.asList(SuiteTarget.values()))
                .allSatisfy(target -> assertThat(Suites.cases().filter(c -> c.target() == target))
                        .as("cases for %s", target.id).isNotEmpty());
        assertThat(Suites.validCases()).hasSizeGreaterThan(10);
        assertThat(Suites.invalidCasesForTheModel()).hasSizeGreaterThan(10);
    }

    @Test
    void everyProfileBuildsOnTheBaseSchemaOfItsModelClass() {
        for (SuiteTarget target : SuiteTarget.values()) {
            JsonNode schema = SchemaResources.schema(target.id);
            assertThat(schema.path("$id").asText()).isEqualTo(target.id);
            if (target.base == null) {
                assertThat(schema.has("$ref")).as("%s is a base schema", target.id).isFalse();
            } else {
                URI ref = URI.create(target.id).resolve(schema.path("$ref").asText());
                assertThat(ref).as("$ref of %s", target.id).hasToString(target.base.id);
                assertThat(target.modelClass).isEqualTo(target.base.modelClass);
            }
        }
    }

    @Test
    void theReceivingProfileNamesTheStableAndTheUnstableType() {
        assertThat(SuiteCase.receivingTypes())
                .containsExactlyInAnyOrder("m.room_key.withheld", "org.matrix.room_key.withheld");
    }
}
