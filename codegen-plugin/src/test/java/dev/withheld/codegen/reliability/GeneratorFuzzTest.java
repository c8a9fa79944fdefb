package dev.withheld.codegen.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.generate.ModelGenerator;
import dev.withheld.codegen.generate.SchemaProblem;
import dev.withheld.codegen.output.OutputSync;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the plugin's generation core ({@link ModelGenerator}) with mutated schemas.
 *
 * <p>Each input is one schema file ({@code fuzzed.schema.json}, or {@code fuzzed.schema.yaml} when it
 * does not start like JSON) in a source directory that also holds two fixed files it may
 * {@code $ref}: {@code common/types.yaml} and {@code common/defs.schema.json}. Properties:
 * <ul>
 * <li>the generator either generates or throws {@link SchemaProblem} with a message that names
 *     where and what; never another exception, never an {@link Error} (a stack overflow on a
 *     recursive {@code $ref} is a finding);</li>
 * <li>it never writes outside its output directory: after the run, the only files anywhere under
 *     the scratch directory are the unchanged schemas, files under the output directory, and the
 *     state and lock files beside it; every generated file is a {@code .java} file;</li>
 * <li>a second run on the same inputs gives the same outcome and leaves the output unchanged.</li>
 * </ul>
 * Schemas are trusted input (the build's own), but a generator that crashes, hangs or writes
 * elsewhere on a broken one is still a bug.
 */
class GeneratorFuzzTest {

    private static final String TYPES_YAML = """
            $schema: https://json-schema.org/draft/2020-12/schema
            $defs:
              Identified:
                type: object
                properties:
                  id:
                    type: string
                    pattern: "^ord-"
                required: [id]
              Money:
                type: object
                properties:
                  currency:
                    type: string
                    enum: [EUR, USD]
                  amount:
                    type: integer
                    minimum: 0
                required: [currency, amount]
            """;

    private static final String DEFS_JSON = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$defs": {
                "roomId": {"type": "string", "pattern": "^!", "minLength": 2, "maxLength": 255},
                "code": {"anyOf": [{"enum": ["m.no_olm", "m.unverified"]}, {"type": "string"}]},
                "pair": {"type": "object", "properties": {"left": {"type": "string"}, "right": {"type": "integer"}},
                         "required": ["left"]}
              }
            }
            """;

    private static Path scratch;

    @BeforeAll
    static void createScratch() throws IOException {
        scratch = Files.createTempDirectory("generator-fuzz");
    }

    @AfterAll
    static void deleteScratch() throws IOException {
        delete(scratch);
    }

    @FuzzTest
    void generateOrSchemaProblem(byte[] input) throws IOException {
        Path root = Files.createTempDirectory(scratch, "run");
        try {
            Path project = root.resolve("project/module");
            Path schemas = project.resolve("src/main/schema");
            Path output = project.resolve("target/generated-sources/withheld-codegen");
            Files.createDirectories(schemas.resolve("common"));
            Files.writeString(schemas.resolve("common/types.yaml"), TYPES_YAML);
            Files.writeString(schemas.resolve("common/defs.schema.json"), DEFS_JSON);
            Files.write(schemas.resolve(looksLikeJson(input) ? "fuzzed.schema.json" : "fuzzed.schema.yaml"), input);
            Map<Path, byte[]> schemaFiles = snapshot(schemas);
            GenerationRequest request = new GenerationRequest(schemas, List.of("*.json", "*.yaml"), List.of(),
                    "org.example.fuzz", output, false);

            String first = run(request);
            checkOnlyExpectedFiles(root, schemas, output, schemaFiles);
            Map<Path, byte[]> generated = Files.isDirectory(output) ? snapshot(output) : Map.of();

            String second = run(request);
            assertThat(second).as("the same inputs give the same outcome").isEqualTo(first);
            checkOnlyExpectedFiles(root, schemas, output, schemaFiles);
            if (!generated.isEmpty()) {
                assertThat(sameContent(snapshot(output), generated)).as("a second run leaves the output as it was").isTrue();
            }
        } finally {
            delete(root);
        }
    }

    /** Runs the generator: "generated", or the SchemaProblem's message. Anything else escapes. */
    static String run(GenerationRequest request) {
        List<String> log = new ArrayList<>();
        try {
            new ModelGenerator(log::add, warning -> { }).generate(request);
            return "generated";
        } catch (SchemaProblem problem) {
            assertThat(problem.getMessage()).isNotBlank();
            assertThat(problem.reason()).isNotBlank();
            return "problem: " + problem.getMessage();
        }
    }

    private static void checkOnlyExpectedFiles(Path root, Path schemas, Path output, Map<Path, byte[]> schemaFiles)
            throws IOException {
        Set<Path> besideOutput = Set.of(OutputSync.stateFileFor(output), OutputSync.lockFileFor(output));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (file.startsWith(schemas)) {
                    assertThat(schemaFiles).as("the generator created %s among the schemas", file).containsKey(file);
                    assertThat(Files.readAllBytes(file)).as("the generator changed the schema %s", file)
                            .isEqualTo(schemaFiles.get(file));
                } else if (file.startsWith(output)) {
                    assertThat(file.getFileName().toString()).as("a generated file").endsWith(".java");
                } else {
                    assertThat(file).as("the generator wrote outside its output directory").isIn(besideOutput);
                }
            }
        }
    }

    private static boolean looksLikeJson(byte[] input) {
        for (byte b : input) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    private static Map<Path, byte[]> snapshot(Path directory) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static boolean sameContent(Map<Path, byte[]> left, Map<Path, byte[]> right) {
        return left.keySet().equals(right.keySet())
                && left.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), right.get(e.getKey())));
    }

    private static void delete(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
