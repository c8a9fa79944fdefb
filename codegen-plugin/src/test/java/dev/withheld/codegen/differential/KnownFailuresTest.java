package dev.withheld.codegen.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratchet works both ways: new failures and vanished ones are both reported. */
class KnownFailuresTest {

    @Test
    void reportsUnlistedFailuresAndListedOnesThatNoLongerHappen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("known-failures.txt");
        Files.writeString(file, """
                # comment
                round-trip config valid/empty.json -- /tags: read (absent), wrote []
                build other - -- generation: it crashed
                """);
        KnownFailures known = KnownFailures.read(file);
        List<Finding> found = List.of(
                new Finding("config", "valid/empty.json", Category.ROUND_TRIP, "a different first line is fine"),
                new Finding("config", "valid/full.json", Category.FALSE_REFUSAL, "parse: new"));

        assertThat(known.unlisted(found)).extracting(Finding::key).containsExactly("false-refusal config valid/full.json");
        assertThat(known.fixed(found)).containsExactly("build other -");
    }

    @Test
    void candidateLinesReadBackAsTheSameKeys(@TempDir Path dir) throws Exception {
        List<Finding> found = List.of(new Finding("s", "Content__1", Category.NUMBERED_NAME, "generated type x.Content__1"));
        Path file = dir.resolve("candidate.txt");
        Files.writeString(file, KnownFailures.lines(found));
        assertThat(KnownFailures.read(file).unlisted(found)).isEmpty();
        assertThat(KnownFailures.read(file).fixed(found)).isEmpty();
    }
}
