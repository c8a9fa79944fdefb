package dev.withheld.codegen.differential;

import com.networknt.schema.Error;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The harness for one schema file, for the property-based tests in the {@code random} package:
 * generate with withheld-codegen, compile, and judge each instance against networknt exactly as the
 * corpus harness does (same categories, same silent-miss rule).
 */
public final class DifferentialSupport {

    /** A failure: its category label ({@code build}, {@code false-refusal}, ...), the instance (index) and the first line. */
    public record Failure(String category, String subject, String detail) {
        @Override
        public String toString() {
            return category + " " + subject + ": " + detail;
        }
    }

    private DifferentialSupport() {
    }

    public static List<Failure> judgeOneSchema(Path schemaFile, List<String> instances, Path workDirectory) {
        WithheldCodegen generator = new WithheldCodegen();
        Path sources = schemaFile.getParent();
        Path output = workDirectory.resolve("generated");
        List<String> warnings;
        try {
            warnings = generator.generate(sources, sources, "random", output, false).warnings();
        } catch (Throwable e) {
            return List.of(new Failure(Category.BUILD.label(), "-", "generation: " + ModelProbe.firstLine(e)));
        }
        List<Failure> failures = new ArrayList<>();
        GeneratedTypes types = GeneratedTypes.scan(output);
        types.numberedNames().forEach(t -> failures.add(new Failure(Category.NUMBERED_NAME.label(), t.simpleName(), "generated type")));
        BatchCompiler.Result compiled = new BatchCompiler(generator.compileClasspath())
                .compile(Map.of("sample", output), workDirectory.resolve("classes"));
        if (!compiled.failures().isEmpty()) {
            failures.add(new Failure(Category.BUILD.label(), "-", "compilation: " + compiled.failures().get("sample")));
            return failures;
        }
        Optional<String> root = types.rootClass(sources, schemaFile);
        if (root.isEmpty()) {
            failures.add(new Failure(Category.BUILD.label(), "-", "no class generated for the root schema"));
            return failures;
        }
        Class<?> type;
        try {
            type = Class.forName(root.get(), true, compiled.loader());
        } catch (ClassNotFoundException | LinkageError e) {
            failures.add(new Failure(Category.BUILD.label(), "-", "cannot load " + root.get() + ": " + ModelProbe.firstLine(e)));
            return failures;
        }
        ReferenceValidator reference = new ReferenceValidator(schemaFile, List.of(schemaFile));
        for (int i = 0; i < instances.size(); i++) {
            List<Error> errors = reference.validate(Documents.JSON.readTree(instances.get(i)));
            ModelProbe.Outcome outcome = ModelProbe.probe(type, instances.get(i), true);
            Judge.classify("random", "instance " + i, errors, outcome, warnings)
                    .ifPresent(f -> failures.add(new Failure(f.category().label(), f.subject(), f.detail())));
        }
        return failures;
    }

    public static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
