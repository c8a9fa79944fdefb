package dev.withheld.codegen.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 7: every schema of the corpus ({@code src/test/resources/corpus}) and every instance
 * of it, judged by networknt and by the models that this project's generator and plain
 * jsonschema2pojo 1.3.3 generate; this project's generator twice, with classes and with records (issue 19), which
 * must give the same figures. Prints the side-by-side table and writes it, with every failure, to
 * {@code target/differential-report.md}.
 *
 * <p>Gate: the corpus must be right (each instance's label agrees with networknt), and this project's
 * failures must be exactly those in {@code corpus/known-failures.txt}: a new failure fails the test,
 * and so does a listed one that no longer happens. jsonschema2pojo's figures are reported, not gated
 * (and left out when the test runs outside Maven, which supplies the Joda-Time jar it needs).
 * A candidate baseline is written to {@code target/known-failures.candidate.txt}.
 */
class DifferentialCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path TARGET = Path.of("target");

    @Test
    void generatedModelsAgreeWithNetworkntOnTheCorpus() throws IOException {
        List<CorpusEntry> entries = CorpusEntry.loadAll(CORPUS);
        ReferenceVerdicts reference = new ReferenceVerdicts(entries);
        Path work = TARGET.resolve("differential");

        ToolResult withheld = timed(() -> new DifferentialRun(new WithheldCodegen(), reference, work).run(entries));
        ToolResult records = timed(() -> new DifferentialRun(WithheldCodegen.records(), reference, work).run(entries));
        List<ToolResult> results = new ArrayList<>(List.of(withheld, records));
        if (System.getProperty(PlainJsonschema2pojo.JODA_TIME_PROPERTY, "").endsWith(".jar")) {
            results.add(timed(() -> new DifferentialRun(new PlainJsonschema2pojo(), reference, work).run(entries)));
        } else {
            System.out.println("jsonschema2pojo column left out: run through Maven, which passes -D" + PlainJsonschema2pojo.JODA_TIME_PROPERTY);
        }

        String report = DifferentialReport.markdown(results);
        Files.writeString(TARGET.resolve("differential-report.md"), report, StandardCharsets.UTF_8);
        Files.writeString(TARGET.resolve("known-failures.candidate.txt"), KnownFailures.lines(withheld.findings()), StandardCharsets.UTF_8);
        System.out.println(report);

        assertThat(entries.size()).as("corpus entries (issue 14 asks for at least 50)").isGreaterThanOrEqualTo(50);
        assertThat(reference.corpusProblems()).as("corpus instances whose label networknt contradicts").isEmpty();
        KnownFailures known = KnownFailures.read(CORPUS.resolve("known-failures.txt"));
        assertThat(known.unlisted(withheld.findings()))
                .as("withheld-codegen failures not in corpus/known-failures.txt (a regression, or a new entry to review)")
                .isEmpty();
        assertThat(known.fixed(withheld.findings()))
                .as("failures listed in corpus/known-failures.txt that no longer happen: remove these lines")
                .isEmpty();
        assertThat(List.of(records.builds(), records.instancesRun())).as("schemas built and instances run with records")
                .isEqualTo(List.of(withheld.builds(), withheld.instancesRun()));
        assertThat(keys(records)).as("what records get wrong is what classes get wrong, no more, no less").isEqualTo(keys(withheld));
        assertThat(declaredRecords(work.resolve(WithheldCodegen.records().key()))).as("records generated from the corpus")
                .isGreaterThan(entries.size());
    }

    /** How many generated files under {@code directory} declare a record. */
    private static long declaredRecords(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("\npublic record ");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
    }

    /** The findings' identities (category, schema, instance), in order. */
    private static List<String> keys(ToolResult result) {
        return result.findings().stream().map(Finding::key).sorted().toList();
    }

    private static ToolResult timed(Supplier<ToolResult> run) {
        long started = System.nanoTime();
        ToolResult result = run.get();
        System.out.printf("%s: %d schemas in %.1f s%n", result.tool(), result.schemas(), (System.nanoTime() - started) / 1e9);
        return result;
    }
}
