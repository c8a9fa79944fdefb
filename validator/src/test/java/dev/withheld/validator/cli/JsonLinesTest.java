package dev.withheld.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting JSON Lines however the stream hands its bytes over. */
class JsonLinesTest {

    /** Each line as text, or {@code TOO LONG}. */
    private static List<String> lines(InputStream in, int maxBytes) throws IOException {
        JsonLines lines = new JsonLines(in, maxBytes, () -> { });
        List<String> found = new ArrayList<>();
        long expected = 1;
        for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            assertThat(line.number()).isEqualTo(expected++);
            found.add(line.tooLong() ? "TOO LONG" : new String(line.bytes(), StandardCharsets.UTF_8));
        }
        return found;
    }

    /** Hands over at most {@code chunk} bytes per read, as a pipe may. */
    private static InputStream trickle(String text, int chunk) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, chunk));
            }
        };
    }

    @Test
    void linesAreTheSameWhateverSizeTheReadsHave() throws IOException {
        String text = "{\"a\":1}\n\n  \r\n[1,2,3]\r\n\"last, without a line end\"";
        List<String> expected = List.of("{\"a\":1}", "", "  ", "[1,2,3]", "\"last, without a line end\"");
        for (int chunk : new int[] {1, 2, 3, 7, 64, 1 << 20}) {
            assertThat(lines(trickle(text, chunk), 100)).as("reads of %d bytes", chunk).isEqualTo(expected);
        }
    }

    @Test
    void theLimitCountsTheLineWithoutItsLineEnd() throws IOException {
        String exact = "x".repeat(10);
        String over = "y".repeat(11);
        String text = exact + "\n" + exact + "\r\n" + over + "\n" + over + "\r\n" + "z".repeat(100_000) + "\nlast\n";
        for (int chunk : new int[] {1, 4, 1 << 20}) {
            assertThat(lines(trickle(text, chunk), 10)).as("reads of %d bytes", chunk)
                    .containsExactly(exact, exact, "TOO LONG", "TOO LONG", "TOO LONG", "last");
        }
    }

    @Test
    void anEmptyStreamHasNoLinesAndALoneLineEndHasOneEmptyLine() throws IOException {
        assertThat(lines(trickle("", 1), 10)).isEmpty();
        assertThat(lines(trickle("\n", 1), 10)).containsExactly("");
    }

    @Test
    void theHookRunsBeforeEveryRead() throws IOException {
        int[] reads = {0};
        int[] hooks = {0};
        InputStream in = new ByteArrayInputStream("a\nb\nc\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                assertThat(hooks[0]).as("hook before read %d", reads[0] + 1).isEqualTo(reads[0] + 1);
                reads[0]++;
                return super.read(into, offset, Math.min(length, 2));
            }
        };
        JsonLines lines = new JsonLines(in, 10, () -> hooks[0]++);
        while (lines.next() != null) {
            // read them all
        }
        assertThat(reads[0]).isEqualTo(4);
        assertThat(hooks[0]).isEqualTo(4);
    }
}
