package dev.withheld.codegen.differential;

import com.networknt.schema.Error;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one generator over the corpus and compares every verdict with the reference: generate each
 * schema set into its own package, compile them all in one compiler run, then put every instance
 * through the class generated for the root schema.
 */
final class DifferentialRun {

    private final GeneratorUnderTest generator;
    private final ReferenceVerdicts reference;
    private final Path workDirectory;

    DifferentialRun(GeneratorUnderTest generator, ReferenceVerdicts reference, Path workDirectory) {
        this.generator = generator;
        this.reference = reference;
        this.workDirectory = workDirectory.resolve(generator.key());
    }

    ToolResult run(List<CorpusEntry> entries) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Path> generated = new LinkedHashMap<>();
        Map<String, List<String>> warnings = new LinkedHashMap<>();
        for (CorpusEntry entry : entries) {
            Path output = workDirectory.resolve("src").resolve(entry.packageSegment());
            try {
                warnings.put(entry.name(), generator.generate(entry.directory(), entry.sources(), targetPackage(entry), output, entry.yaml()).warnings());
                generated.put(entry.name(), output);
            } catch (Throwable e) {
                findings.add(new Finding(entry.name(), "-", Category.BUILD, "generation: "
                        + ModelProbe.firstLine(e).replace(entry.directory().toAbsolutePath() + java.io.File.separator, "")));
            }
        }
        writeWarnings(warnings);
        long started = System.nanoTime();
        BatchCompiler.Result compiled = new BatchCompiler(generator.compileClasspath())
                .compile(generated, workDirectory.resolve("classes"));
        System.out.printf("%s: compiled %d schema sets in %.1f s%n", generator.name(), generated.size(), (System.nanoTime() - started) / 1e9);
        compiled.failures().forEach((schema, error) -> findings.add(new Finding(schema, "-", Category.BUILD, "compilation: " + error)));

        int builds = 0;
        int instances = 0;
        int instancesRun = 0;
        for (CorpusEntry entry : entries) {
            instances += entry.valid().size() + entry.invalid().size();
            if (!generated.containsKey(entry.name())) {
                continue;
            }
            GeneratedTypes types = GeneratedTypes.scan(generated.get(entry.name()));
            types.numberedNames().forEach(t -> findings.add(new Finding(entry.name(), t.simpleName(), Category.NUMBERED_NAME,
                    "generated type " + t.packageName() + "." + t.simpleName())));
            if (compiled.failures().containsKey(entry.name())) {
                continue;
            }
            Optional<String> root = types.rootClass(entry.sources(), entry.root());
            if (root.isEmpty()) {
                findings.add(new Finding(entry.name(), "-", Category.BUILD, "no class generated for the root schema "
                        + entry.directory().relativize(entry.root())));
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(root.get(), true, compiled.loader());
            } catch (ClassNotFoundException | LinkageError e) {
                findings.add(new Finding(entry.name(), "-", Category.BUILD, "cannot load " + root.get() + ": " + ModelProbe.firstLine(e)));
                continue;
            }
            builds++;
            for (Path instance : concat(entry.valid(), entry.invalid())) {
                List<Error> errors = reference.errors(instance);
                if (errors == null) {
                    continue;
                }
                instancesRun++;
                String subject = entry.directory().relativize(instance).toString().replace('\\', '/');
                ModelProbe.Outcome outcome = ModelProbe.probe(type, Documents.text(instance), generator.checksRules());
                Judge.classify(entry.name(), subject, errors, outcome, warnings.get(entry.name())).ifPresent(findings::add);
            }
        }
        return new ToolResult(generator.name(), entries.size(), builds, instances, instancesRun, List.copyOf(findings));
    }

    /** Every build warning, per schema, to {@code warnings.txt} in the work directory: what the silent-miss rule matched against. */
    private void writeWarnings(Map<String, List<String>> warnings) {
        StringBuilder text = new StringBuilder();
        warnings.forEach((schema, lines) -> lines.forEach(line -> text.append(schema).append(": ").append(line).append('\n')));
        try {
            Files.createDirectories(workDirectory);
            Files.writeString(workDirectory.resolve("warnings.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String targetPackage(CorpusEntry entry) {
        return "corpus." + generator.key() + "." + entry.packageSegment();
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
