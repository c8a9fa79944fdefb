package dev.withheld.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every suite in {@code suites/} and checks its verdict and pointers.
 *
 * <p>Each case runs in networknt and in harrel, each reading the schemas once from the
 * classpath (as shipped in the jar) and once from {@code schemas/} (as a spec editor edits
 * them), so a case passes only if it is a property of the schema, in every place it is read from.
 */
class SuiteTest {
    private static final List<SchemaImplementation> IMPLEMENTATIONS = List.of(
            new NetworkntImplementation(SchemaSource.CLASSPATH),
            new NetworkntImplementation(SchemaSource.FILES),
            new HarrelImplementation(SchemaSource.CLASSPATH),
            new HarrelImplementation(SchemaSource.FILES));

    @TestFactory
    Stream<DynamicContainer> everyCaseGetsItsDeclaredVerdictAndPointers() {
        List<Suite> suites = SuiteReader.forSchemaDirectory().readAll();
        return IMPLEMENTATIONS.stream().map(implementation -> dynamicContainer(implementation.name(),
                suites.stream().flatMap(suite -> suite.cases().stream().map(suiteCase -> dynamicTest(
                        suite.file() + ": " + suiteCase.description(),
                        () -> check(implementation, suite, suiteCase))))));
    }

    private static void check(SchemaImplementation implementation, Suite suite, SuiteCase suiteCase) {
        String data = Json.write(suiteCase.data());
        Verdict verdict = implementation.validate(suite.schemaId(), data);
        String expected = outcome(suiteCase.valid(), suiteCase.pointers());
        String actual = outcome(verdict.valid(), verdict.pointers());
        assertThat(actual)
                .withFailMessage(() -> "suites/" + suite.file() + ": " + suiteCase.description()
                        + "\n  implementation: " + implementation.name()
                        + "\n  schema:   " + suite.schemaId()
                        + "\n  expected: " + expected
                        + "\n  actual:   " + actual
                        + "\n  data:     " + data
                        + "\n  errors reported by the implementation:\n" + verdict.rawMessages())
                .isEqualTo(expected);
    }

    /** "valid", or "invalid at [...]" with the pointers quoted so that the root "" shows. */
    private static String outcome(boolean valid, SortedSet<String> pointers) {
        if (valid && pointers.isEmpty()) {
            return "valid";
        }
        String locations = pointers.stream().map(pointer -> '"' + pointer + '"').collect(Collectors.joining(", ", "[", "]"));
        return (valid ? "valid, yet with errors at " : "invalid at ") + locations;
    }
}
