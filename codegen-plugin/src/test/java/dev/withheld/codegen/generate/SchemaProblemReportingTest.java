package dev.withheld.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.withheld.codegen.testing.GeneratedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad schemas fail with file, pointer, line and column, and leave the output directory alone. */
class SchemaProblemReportingTest {

    @TempDir
    Path dir;

    @Test
    void aDanglingReferenceIsReportedAtItsFilePointerAndLine() {
        GeneratedModel model = new GeneratedModel(dir).schema("broken.schema.json", """
                {
                  "type": "object",
                  "properties": {
                    "room_id": {"$ref": "#/$defs/roomID"}
                  },
                  "$defs": {"roomId": {"type": "string"}}
                }
                """);
        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, () -> model.generate("org.example"));
        assertThat(problem.file()).hasFileName("broken.schema.json");
        assertThat(problem.pointer()).isEqualTo("/properties/room_id/$ref");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.getMessage()).contains("broken.schema.json:4:").contains("/$defs/roomID, which does not exist");
    }

    @Test
    void aReferenceToAMissingFileOrRemoteSchemaIsNeverFetched() {
        GeneratedModel model = new GeneratedModel(dir).schema("a.schema.json",
                "{\"properties\": {\"x\": {\"$ref\": \"https://example.invalid/nowhere.json\"}}}");
        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, () -> model.generate("org.example"));
        assertThat(problem.getMessage()).contains("/properties/x/$ref").contains("remote schemas are never fetched");
    }

    @Test
    void malformedJsonAndYamlGiveLineAndColumn() {
        GeneratedModel json = new GeneratedModel(dir.resolve("j")).schema("bad.schema.json", "{\n  \"type\": \"object\",\n  \"properties\": {\n}");
        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, () -> json.generate("org.example"));
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.getMessage()).contains("bad.schema.json:4:").contains("not well-formed JSON");

        GeneratedModel yaml = new GeneratedModel(dir.resolve("y")).schema("bad.yaml", "type: object\nproperties:\n  a: [unclosed\n");
        SchemaProblem yamlProblem = catchThrowableOfType(SchemaProblem.class, () -> yaml.generate("org.example"));
        assertThat(yamlProblem.line()).isGreaterThan(0);
        assertThat(yamlProblem.getMessage()).contains("not well-formed YAML");
    }

    @Test
    void aDuplicateKeyInASchemaIsAnError() {
        GeneratedModel model = new GeneratedModel(dir).schema("dup.schema.json", "{\"type\": \"object\", \"type\": \"string\"}");
        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, () -> model.generate("org.example"));
        assertThat(problem.getMessage()).contains("dup.schema.json:1:").contains("Duplicate field 'type'");
    }

    @Test
    void aFailedGenerationLeavesThePreviousOutputAsItWas() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("good.schema.json",
                "{\"title\": \"Good\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}");
        model.generate("org.example");
        String before = model.source("org/example/Good.java");

        model.schema("good.schema.json", "{\"title\": \"Good\", \"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/nope\"}}}");
        catchThrowableOfType(SchemaProblem.class, () -> model.generate("org.example"));

        assertThat(model.source("org/example/Good.java")).isEqualTo(before);
    }

    @Test
    void aJavaTypeFromTheSchemaCannotWriteOutsideTheOutputDirectory() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("evil.schema.json",
                "{\"type\": \"object\", \"javaType\": \"..evil.Escape\", \"properties\": {\"a\": {\"type\": \"string\"}}}");
        catchThrowableOfType(RuntimeException.class, () -> model.generate("org.example"));
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("Escape.java"))
                    .filter(f -> !f.startsWith(model.sources()))).isEmpty();
        }
    }
}
