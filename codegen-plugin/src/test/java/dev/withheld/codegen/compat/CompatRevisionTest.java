package dev.withheld.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.withheld.codegen.generate.SchemaProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading revisions from directories and released artifacts, pairing documents, and mistakes told to people. */
class CompatRevisionTest {

    @TempDir
    Path dir;

    private static final String CONTENT = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "$id": "https://example.org/schema/content.schema.json",
             "type": "object", "properties": {"a": {"type": "string"}}, "required": [%s]}
            """;

    @Test
    void suitesAndExamplesBesideTheSchemasAreSkipped() throws IOException {
        Path schemas = dir.resolve("s");
        Files.createDirectories(schemas.resolve("suites"));
        Files.writeString(schemas.resolve("content.schema.json"), CONTENT.formatted(""));
        Files.writeString(schemas.resolve("suites/content.suite.json"),
                "{\"description\": \"d\", \"schema\": \"x\", \"cases\": []}");
        Files.writeString(schemas.resolve("example.json"),
                "{\"type\": \"m.room_key.withheld\", \"sender\": \"@a:b\", \"content\": {}}");
        SchemaRevision revision = SchemaRevision.load("current", schemas, null, null);
        assertThat(revision.documents()).extracting(SchemaRevision.Document::relativePath)
                .containsExactly("content.schema.json");
        assertThat(revision.skipped()).containsExactlyInAnyOrder("example.json", "suites/content.suite.json");
    }

    @Test
    void documentsPairByIdEvenWhenTheyMoved() {
        CompatibilityReport report = new RevisionPair(dir)
                .before("old/place/content.schema.json", CONTENT.formatted(""))
                .after("content.schema.json", CONTENT.formatted("\"a\""))
                .compare();
        assertThat(report.changes()).extracting(c -> c.rule().id()).containsExactly("required.added");
    }

    @Test
    void documentsWithoutIdPairByPathOrByAUniqueSuffix() {
        CompatibilityReport report = new RevisionPair(dir)
                .before("dev/withheld/schema/a.schema.json", "{\"properties\": {\"x\": {\"type\": \"string\"}}}")
                .after("a.schema.json", "{\"properties\": {\"x\": {\"type\": \"integer\"}}}")
                .after("b.schema.json", "{\"type\": \"object\"}")
                .before("gone.schema.json", "{\"type\": \"object\"}")
                .compare();
        assertThat(report.changes()).extracting(c -> c.rule().id(), Change::document).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("type.changed", "a.schema.json"),
                org.assertj.core.groups.Tuple.tuple("document.added", "b.schema.json"),
                org.assertj.core.groups.Tuple.tuple("document.removed", "gone.schema.json"));
    }

    @Test
    void aMissingDirectoryIsAProblemForPeople() {
        CompatibilityProblem problem = catchThrowableOfType(CompatibilityProblem.class,
                () -> SchemaRevision.load("previous", dir.resolve("nowhere"), null, null));
        assertThat(problem.getMessage()).startsWith("The previous schema directory ").endsWith("nowhere does not exist.");
    }

    @Test
    void aDirectoryWithoutSchemasIsAProblemForPeople() throws IOException {
        Files.writeString(dir.resolve("suite.json"), "{\"cases\": []}");
        CompatibilityProblem problem = catchThrowableOfType(CompatibilityProblem.class,
                () -> SchemaRevision.load("previous", dir, null, null));
        assertThat(problem.getMessage()).contains("holds no JSON Schema document").contains("suite.json");
    }

    @Test
    void aDanglingReferenceIsReportedAtItsFileAndLine() {
        RevisionPair pair = new RevisionPair(dir)
                .before("s.schema.json", "{\"properties\": {\"a\": {\"type\": \"string\"}}}")
                .after("s.schema.json", "{\n  \"properties\": {\n    \"a\": {\"$ref\": \"#/$defs/nope\"}\n  }\n}");
        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, pair::compare);
        assertThat(problem.getMessage()).contains("s.schema.json:3:").contains("/properties/a/$ref")
                .contains("#/$defs/nope").contains("does not exist");
    }

    @Test
    void aMalformedFileNamesItsLine() {
        RevisionPair pair = new RevisionPair(dir)
                .before("s.schema.json", "{\"type\": \"object\"}")
                .after("s.schema.json", "{\n  \"type\": \"object\",\n}");
        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, pair::compare);
        assertThat(problem.getMessage()).contains("s.schema.json:3:").contains("not well-formed JSON");
    }

    @Test
    void aReleasedArtifactIsUnpackedBelowItsSchemaFolder() throws IOException {
        Path jar = jar(Map.of(
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n",
                "META-INF/maven/dev.withheld/withheld-schema/pom.properties", "version=0.1.0\n",
                "dev/withheld/schema/content.schema.json", CONTENT.formatted(""),
                "dev/withheld/schema/suites/content.suite.json", "{\"schema\": \"x\", \"cases\": []}",
                "dev/withheld/schema/../../../../escape.json", "{}"));
        Path unpacked = ArtifactSchemas.unpack(jar, "dev/withheld/schema", dir.resolve("previous"), "g:a:1");
        assertThat(unpacked.resolve("content.schema.json")).isRegularFile();
        assertThat(unpacked.resolve("suites/content.suite.json")).isRegularFile();
        assertThat(dir.resolve("escape.json")).doesNotExist();
        assertThat(dir.getParent().resolve("escape.json")).doesNotExist();

        Path current = dir.resolve("current");
        Files.createDirectories(current);
        Files.writeString(current.resolve("content.schema.json"), CONTENT.formatted("\"a\""));
        CompatibilityReport report = new CompatibilityChecker().compare(
                SchemaRevision.load("previous (g:a:1)", unpacked, null, null),
                SchemaRevision.load("current", current, null, null));
        assertThat(report.changes()).extracting(c -> c.rule().id()).containsExactly("required.added");
        assertThat(report.summary()).contains("previous (g:a:1)");
    }

    @Test
    void unpackingTheWholeArtifactFindsSchemasByIdDeeperDown() throws IOException {
        Path jar = jar(Map.of("dev/withheld/schema/content.schema.json", CONTENT.formatted("")));
        Path unpacked = ArtifactSchemas.unpack(jar, "", dir.resolve("previous"), "g:a:1");
        Path current = dir.resolve("current");
        Files.createDirectories(current);
        Files.writeString(current.resolve("content.schema.json"), CONTENT.formatted(""));
        assertThat(new CompatibilityChecker().compare(SchemaRevision.load("previous", unpacked, null, null),
                SchemaRevision.load("current", current, null, null)).changes()).isEmpty();
    }

    @Test
    void anArtifactWithoutSchemasUnderThePathSaysWhereToLook() throws IOException {
        Path jar = jar(Map.of("dev/withheld/schema/content.schema.json", CONTENT.formatted("")));
        CompatibilityProblem problem = catchThrowableOfType(CompatibilityProblem.class,
                () -> ArtifactSchemas.unpack(jar, "schemas", dir.resolve("previous"), "g:a:1"));
        assertThat(problem.getMessage()).contains("g:a:1 has no JSON or YAML file under schemas/")
                .contains("top-level folders are dev/").contains("previousArtifactPath");
    }

    @Test
    void anArtifactThatIsNoArchiveIsAProblemForPeople() throws IOException {
        Path notAJar = dir.resolve("x.jar");
        Files.writeString(notAJar, "not a zip");
        CompatibilityProblem problem = catchThrowableOfType(CompatibilityProblem.class,
                () -> ArtifactSchemas.unpack(notAJar, "", dir.resolve("previous"), "g:a:1"));
        assertThat(problem.getMessage()).contains("g:a:1").contains("is not a jar or zip file");
    }

    @Test
    void anArtifactResolvedToAFolderIsReadInPlace() throws IOException {
        Path classes = dir.resolve("classes/dev/withheld/schema");
        Files.createDirectories(classes);
        assertThat(ArtifactSchemas.unpack(dir.resolve("classes"), "dev/withheld/schema", dir.resolve("p"), "g:a:1"))
                .isEqualTo(classes);
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("previous.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.copyOf(new java.util.TreeSet<>(entries.keySet()))) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
