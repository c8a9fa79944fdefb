package dev.withheld.codegen.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Coordinates as Maven reads them on its command line, and where a repository keeps the file. */
class ArtifactCoordinatesTest {

    @Test
    void threePartsAreAJarOfThatVersion() {
        ArtifactCoordinates coordinates = ArtifactCoordinates.parse("dev.withheld:withheld-schema:0.1.0");

        assertThat(coordinates).isEqualTo(new ArtifactCoordinates("dev.withheld", "withheld-schema", "jar", "", "0.1.0"));
        assertThat(coordinates.repositoryPath()).isEqualTo("dev/withheld/withheld-schema/0.1.0/withheld-schema-0.1.0.jar");
        assertThat(coordinates).hasToString("dev.withheld:withheld-schema:0.1.0");
    }

    @Test
    void extensionAndClassifierComeBeforeTheVersion() {
        ArtifactCoordinates zip = ArtifactCoordinates.parse("org.example:schemas:zip:1.2");
        ArtifactCoordinates classified = ArtifactCoordinates.parse("org.example:schemas:jar:sources:1.2");

        assertThat(zip.repositoryPath()).isEqualTo("org/example/schemas/1.2/schemas-1.2.zip");
        assertThat(classified.repositoryPath()).isEqualTo("org/example/schemas/1.2/schemas-1.2-sources.jar");
        assertThat(zip).hasToString("org.example:schemas:zip:1.2");
        assertThat(classified).hasToString("org.example:schemas:jar:sources:1.2");
    }

    @Test
    void otherShapesAreRefused() {
        assertThatThrownBy(() -> ArtifactCoordinates.parse("org.example:schemas")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArtifactCoordinates.parse("org example:schemas:1.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArtifactCoordinates.parse("a:b:c:d:e:f")).isInstanceOf(IllegalArgumentException.class);
    }
}
