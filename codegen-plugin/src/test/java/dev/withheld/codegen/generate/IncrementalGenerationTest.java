package dev.withheld.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.withheld.codegen.output.OutputSync;
import dev.withheld.codegen.output.SyncReport;
import dev.withheld.codegen.testing.GeneratedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build with nothing changed writes nothing; a change rewrites only what it affects. */
class IncrementalGenerationTest {

    @TempDir
    Path dir;

    private static final String A = "{\"title\": \"Alpha\", \"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}";
    private static final String B = "{\"title\": \"Beta\", \"type\": \"object\", \"properties\": {\"y\": {\"type\": \"string\"}}}";

    private final List<String> log = new java.util.ArrayList<>();

    private Optional<SyncReport> run(GeneratedModel model) {
        return new ModelGenerator(log::add, w -> { }).generate(model.request("org.example", List.of()));
    }

    @Test
    void unchangedInputsWriteNothingAndSayItInOneLine() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", A).schema("beta.schema.json", B);
        assertThat(run(model)).isPresent();
        Map<Path, FileTime> before = timestamps(model.sources());
        Thread.sleep(20);

        assertThat(run(model)).isEmpty();
        assertThat(log.get(log.size() - 1)).isEqualTo("Generated sources are up to date (2 schemas unchanged); nothing written.");
        assertThat(timestamps(model.sources())).isEqualTo(before);
    }

    @Test
    void aChangedSchemaRewritesOnlyItsOwnClass() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", A).schema("beta.schema.json", B);
        run(model);
        Map<Path, FileTime> before = timestamps(model.sources());
        Thread.sleep(20);

        model.schema("beta.schema.json", B.replace("\"y\"", "\"z\""));
        SyncReport report = run(model).orElseThrow();

        assertThat(report.written()).containsExactly("org/example/Beta.java");
        Path alpha = model.sources().resolve("org/example/Alpha.java");
        assertThat(Files.getLastModifiedTime(alpha)).isEqualTo(before.get(alpha));
    }

    @Test
    void aRemovedSchemaRemovesItsClassButNeverAFileTheGeneratorDidNotWrite() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", A).schema("beta.schema.json", B);
        run(model);
        Path mine = model.sources().resolve("org/example/Handwritten.java");
        Files.writeString(mine, "package org.example; class Handwritten {}");

        Files.delete(model.schemas().resolve("beta.schema.json"));
        SyncReport report = run(model).orElseThrow();

        assertThat(report.removed()).containsExactly("org/example/Beta.java");
        assertThat(model.sources().resolve("org/example/Beta.java")).doesNotExist();
        assertThat(mine).exists();
    }

    @Test
    void aChangedOptionRegeneratesEvenWithTheSameSchemas() {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", A);
        run(model);
        GenerationRequest withSetters = new GenerationRequest(model.schemas(), List.of(), List.of(), "org.example",
                model.sources(), true);
        assertThat(new ModelGenerator(log::add, w -> { }).generate(withSetters)).isPresent();
        assertThat(model.source("org/example/Alpha.java")).contains("public void setX(");
    }

    @Test
    void aDeletedOutputFileIsGeneratedAgain() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", A);
        run(model);
        Files.delete(model.sources().resolve("org/example/Alpha.java"));
        assertThat(run(model)).isPresent();
        assertThat(model.sources().resolve("org/example/Alpha.java")).exists();
        assertThat(OutputSync.stateFileFor(model.sources())).exists();
        assertThat(model.sources().resolve("org/example")).isDirectoryNotContaining("glob:**state*");
    }

    private static Map<Path, FileTime> timestamps(Path root) throws Exception {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
