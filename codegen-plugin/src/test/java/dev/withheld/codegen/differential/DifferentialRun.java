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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Built built = build(generator, entries, workDirectory, findings);
        int instances = 0;
        int instancesRun = 0;
        for (CorpusEntry entry : entries) {
            instances += entry.valid().size() + entry.invalid().size();
            Class<?> type = built.roots().get(entry.name());
            if (type == null) {
                continue;
            }
            for (Path instance : concat(entry.valid(), entry.invalid())) {
                List<Error> errors = reference.errors(instance);
                if (errors == null) {
                    continue;
                }
                instancesRun++;
                ModelProbe.Outcome outcome = ModelProbe.probe(type, Documents.text(instance), generator.checksRules());
                Judge.classify(entry.name(), subject(entry, instance), errors, outcome, built.warnings().get(entry.name()))
                        .ifPresent(findings::add);
            }
        }
        return new ToolResult(generator.name(), entries.size(), built.roots().size(), instances, instancesRun,
                confirmOptionRefusals(entries, findings));
    }

    /** What building a corpus gave: the class of each root schema that built, and each entry's build warnings. */
    private record Built(Map<String, Class<?>> roots, Map<String, List<String>> warnings) {
    }

    /**
     * Generates every entry into its own package, compiles them all in one compiler run, and loads the
     * class of each root schema; build failures and numbered names go to {@code findings}.
     */
    private static Built build(GeneratorUnderTest generator, List<CorpusEntry> entries, Path workDirectory, List<Finding> findings) {
        Map<String, Path> generated = new LinkedHashMap<>();
        Map<String, List<String>> warnings = new LinkedHashMap<>();
        for (CorpusEntry entry : entries) {
            Path output = workDirectory.resolve("src").resolve(entry.packageSegment());
            try {
                warnings.put(entry.name(), generator.generate(entry.directory(), entry.sources(),
                        "corpus." + generator.key() + "." + entry.packageSegment(), output, entry.yaml()).warnings());
                generated.put(entry.name(), output);
            } catch (Throwable e) {
                findings.add(new Finding(entry.name(), "-", Category.BUILD, "generation: "
                        + ModelProbe.firstLine(e).replace(entry.directory().toAbsolutePath() + java.io.File.separator, "")));
            }
        }
        writeWarnings(workDirectory, warnings);
        long started = System.nanoTime();
        BatchCompiler.Result compiled = new BatchCompiler(generator.compileClasspath())
                .compile(generated, workDirectory.resolve("classes"));
        System.out.printf("%s: compiled %d schema sets in %.1f s%n", generator.name(), generated.size(), (System.nanoTime() - started) / 1e9);
        compiled.failures().forEach((schema, error) -> findings.add(new Finding(schema, "-", Category.BUILD, "compilation: " + error)));

        Map<String, Class<?>> roots = new LinkedHashMap<>();
        for (CorpusEntry entry : entries) {
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
            try {
                roots.put(entry.name(), Class.forName(root.get(), true, compiled.loader()));
            } catch (ClassNotFoundException | LinkageError e) {
                findings.add(new Finding(entry.name(), "-", Category.BUILD, "cannot load " + root.get() + ": " + ModelProbe.firstLine(e)));
            }
        }
        return new Built(roots, warnings);
    }

    /** The option a refusal names ("... (generate with useBigIntegers to read larger ones)"). */
    private static final Pattern NAMED_OPTION = Pattern.compile("generate with (\\w+)");

    /**
     * A valid instance refused with a message that names a generator option is put through the model
     * generated with that option: if it reads, checks and writes back unchanged there, the refusal is
     * the documented mapping ({@link Category#REFUSED_WITH_OPTION}); otherwise it stays a false refusal,
     * with what the option did.
     */
    private List<Finding> confirmOptionRefusals(List<CorpusEntry> entries, List<Finding> findings) {
        Map<String, List<Finding>> byOption = new LinkedHashMap<>();
        for (Finding f : findings) {
            Matcher named = NAMED_OPTION.matcher(f.detail());
            if (f.category() == Category.FALSE_REFUSAL && f.detail().startsWith("parse: ") && named.find()) {
                byOption.computeIfAbsent(named.group(1), o -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> confirmed = new ArrayList<>(findings);
        byOption.forEach((option, refused) -> generator.withOption(option).ifPresent(variant -> {
            List<CorpusEntry> concerned = entries.stream().filter(e -> refused.stream().anyMatch(f -> f.schema().equals(e.name()))).toList();
            Built built = build(variant, concerned, workDirectory.resolveSibling(variant.key()), new ArrayList<>());
            for (Finding f : refused) {
                Class<?> type = built.roots().get(f.schema());
                CorpusEntry entry = concerned.stream().filter(e -> e.name().equals(f.schema())).findFirst().orElseThrow();
                String outcome = "does not build";
                if (type != null) {
                    ModelProbe.Outcome with = ModelProbe.probe(type, Documents.text(entry.directory().resolve(f.subject())), variant.checksRules());
                    outcome = with.refusal() != null ? with.refusal()
                            : !with.violations().isEmpty() ? with.violations().get(0)
                            : with.roundTrip().map(d -> "round trip " + d).orElse(null);
                }
                confirmed.set(confirmed.indexOf(f), outcome == null
                        ? new Finding(f.schema(), f.subject(), Category.REFUSED_WITH_OPTION, f.detail() + "; with " + option + ": read and written back unchanged")
                        : new Finding(f.schema(), f.subject(), Category.FALSE_REFUSAL, f.detail() + "; with " + option + " still: " + outcome));
            }
        }));
        return List.copyOf(confirmed);
    }

    private static String subject(CorpusEntry entry, Path instance) {
        return entry.directory().relativize(instance).toString().replace('\\', '/');
    }

    /** Every build warning, per schema, to {@code warnings.txt} in the work directory: what the silent-miss rule matched against. */
    private static void writeWarnings(Path workDirectory, Map<String, List<String>> warnings) {
        StringBuilder text = new StringBuilder();
        warnings.forEach((schema, lines) -> lines.forEach(line -> text.append(schema).append(": ").append(line).append('\n')));
        try {
            Files.createDirectories(workDirectory);
            Files.writeString(workDirectory.resolve("warnings.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
