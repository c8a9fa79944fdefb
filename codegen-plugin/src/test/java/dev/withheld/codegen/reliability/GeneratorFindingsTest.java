package dev.withheld.codegen.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.withheld.codegen.generate.SchemaProblem;
import dev.withheld.codegen.testing.GeneratedModel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What fuzzing the generator ({@link GeneratorFuzzTest}) found and what is not fixed yet: each test
 * holds the smallest schema that shows the bug, and {@code known-findings/} holds the inputs as the
 * fuzzer wrote them. When a bug is fixed, enable its test and move its files into
 * {@code GeneratorFuzzTestInputs/generateOrSchemaProblem/}, where every build replays them.
 */
class GeneratorFindingsTest {

    @TempDir
    Path dir;

    /**
     * BUG-4: a {@code $ref} whose target, resolved against the schema file's URI, is a {@code file:}
     * URI with a query ({@code other.schema.json?v=1}) or an authority ({@code file://host/x.json})
     * makes {@code LocalSchemaCatalog.fileFor} call {@code Path.of(URI)}, which throws
     * {@code IllegalArgumentException: URI has a query component} out of {@code ReferenceCheck} and
     * {@code ModelGenerator.generate}; the Mojo does not catch it, so the user gets a stack trace
     * instead of "file:line: /properties/a/$ref: ... neither a file nor the $id of a schema".
     */
    @Test
    void aReferenceWithAQueryOrAnAuthorityIsASchemaProblem() {
        for (String ref : new String[] {"other.schema.json?v=1", "file://host/x.json", "https?ema.json"}) {
            GeneratedModel model = new GeneratedModel(dir.resolve(Integer.toHexString(ref.hashCode())))
                    .schema("note.schema.json", "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"" + ref + "\"}}}");
            assertThatThrownBy(() -> model.generate("org.example")).as(ref).isInstanceOf(SchemaProblem.class)
                    .hasMessageContaining("note.schema.json").hasMessageContaining("/properties/a/$ref");
        }
    }

    /**
     * BUG-5: a {@code javaType} that is not a Java name ({@code a..b.C}, {@code ../.././E.scape},
     * {@code /abs.C}) is refused when the files are built, with
     * {@code GeneratedFiles.UnsafeOutputPathException} thrown out of {@code ModelGenerator.generate}
     * (from {@code codeModel.build}, outside the code that turns failures into a {@link SchemaProblem}).
     * Nothing is written, and the Mojo reports the message, but it names neither the schema file nor
     * the pointer, and the generator's contract (generate, or {@code SchemaProblem}) is broken.
     */
    @Test
    void aJavaTypeThatIsNotAJavaNameIsASchemaProblem() {
        for (String javaType : new String[] {"a..b.C", "../.././E.scape", "/abs.C"}) {
            GeneratedModel model = new GeneratedModel(dir.resolve(Integer.toHexString(javaType.hashCode())))
                    .schema("note.schema.json", "{\"type\": \"object\", \"javaType\": \"" + javaType + "\"}");
            assertThatThrownBy(() -> model.generate("org.example")).as(javaType).isInstanceOf(SchemaProblem.class)
                    .hasMessageContaining("note.schema.json").hasMessageContaining("javaType");
        }
    }

    static Stream<Path> knownFindings() throws IOException, URISyntaxException {
        Path directory = Path.of(GeneratorFindingsTest.class.getResource("known-findings").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList().stream();
        }
    }

    /** Every input the fuzzer wrote for BUG-4 and BUG-5 passes the fuzz test's checks once they are fixed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("knownFindings")
    void everyKnownFindingGeneratesOrIsASchemaProblem(Path input) throws IOException {
        GeneratorFuzzTest.createScratch();
        try {
            new GeneratorFuzzTest().generateOrSchemaProblem(Files.readAllBytes(input));
        } finally {
            GeneratorFuzzTest.deleteScratch();
        }
    }
}
