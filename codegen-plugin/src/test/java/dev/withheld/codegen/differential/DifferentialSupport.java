package dev.withheld.codegen.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The harness for one schema file, for the property-based tests in the {@code random} package: the
 * corpus harness itself ({@link DifferentialRun}) on an entry of one schema, so the categories, the
 * silent-miss rule and the check of refusals that name an option are the same.
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

    /**
     * Judges the instances of one schema: each is filed under {@code valid/} or {@code invalid/} as
     * networknt judges it, beside the schema's folder, and the folder is run as a corpus entry of one.
     *
     * @param schemaFile the schema, in a folder named {@code schema} (the entry is that folder's parent)
     */
    public static List<Failure> judgeOneSchema(Path schemaFile, List<String> instances, Path workDirectory) {
        Path entryDirectory = schemaFile.getParent().getParent();
        ReferenceValidator reference = new ReferenceValidator(schemaFile, List.of(schemaFile));
        try {
            for (int i = 0; i < instances.size(); i++) {
                boolean valid;
                try {
                    valid = reference.validate(Documents.JSON.readTree(instances.get(i))).isEmpty();
                } catch (RuntimeException referenceFailed) {
                    // networknt cannot judge it (3.x throws on 12200160415121876370.0 against a maximum beyond
                    // 64 bits): there is no verdict to compare with, so the instance is left out.
                    continue;
                }
                Path file = entryDirectory.resolve(valid ? "valid" : "invalid").resolve(i + ".json");
                Files.createDirectories(file.getParent());
                Files.writeString(file, instances.get(i), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CorpusEntry> entry = List.of(CorpusEntry.load(entryDirectory));
        ToolResult result = new DifferentialRun(new WithheldCodegen(), new ReferenceVerdicts(entry), workDirectory).run(entry);
        return result.findings().stream().filter(f -> f.category().failure())
                .map(f -> new Failure(f.category().label(), f.subject(), f.detail())).toList();
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
