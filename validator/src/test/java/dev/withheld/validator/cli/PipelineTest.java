package dev.withheld.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line as one stage of a pipeline: it answers each line as it comes, stops as soon as
 * nobody reads its output, and keeps nothing from one line to the next.
 */
class PipelineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void aClosedOutputStopsTheRunAtOnceWithTheStatusOfSigpipe() {
        for (String format : new String[] {"json", "text"}) {
            GeneratedEvents input = new GeneratedEvents(1_000_000);
            StringWriter err = new StringWriter();
            int status = ValidateCommand.run(input, new FailingWriter("Broken pipe"), new PrintWriter(err),
                    "--format", format, "--jsonl", "-");
            assertThat(status).as(format).isEqualTo(ValidateCommand.OUTPUT_CLOSED);
            assertThat(err.toString()).as("a reader that has gone is no error to report").isEmpty();
            assertThat(input.bytesRead()).as("%s: bytes read before stopping, of %,d", format, input.totalBytes())
                    .isLessThan(1 << 20);
        }
    }

    @Test
    void aPrintWriterThatHidesTheFailureStopsTheRunToo() {
        GeneratedEvents input = new GeneratedEvents(1_000_000);
        int status = ValidateCommand.run(input, new PrintWriter(new FailingWriter("Broken pipe")),
                new PrintWriter(new StringWriter()), "--format", "json", "--jsonl", "-");
        assertThat(status).isEqualTo(ValidateCommand.OUTPUT_CLOSED);
        assertThat(input.bytesRead()).isLessThan(1 << 20);
    }

    @Test
    void anOutputThatCannotTakeMoreStopsTheRunWithAnError() {
        GeneratedEvents input = new GeneratedEvents(1_000_000);
        StringWriter err = new StringWriter();
        int status = ValidateCommand.run(input, new FailingWriter("No space left on device"), new PrintWriter(err),
                "--format", "json", "--jsonl", "-");
        assertThat(status).isEqualTo(ValidateCommand.TROUBLE);
        assertThat(err.toString()).isEqualTo("withheld-validator: cannot write the report: No space left on device"
                + System.lineSeparator());
        assertThat(input.bytesRead()).isLessThan(1 << 20);
    }

    @Test
    void eachResultIsWrittenOutBeforeTheRunWaitsForMoreInput() {
        RecordingWriter out = new RecordingWriter();
        List<Long> flushedBeforeRead = new ArrayList<>();
        // A pipe fed one line at a time: nothing more is ready until the next read.
        InputStream trickle = new InputStream() {
            private int line;

            @Override
            public int read() {
                throw new UnsupportedOperationException("read in blocks");
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                flushedBeforeRead.add(out.flushedLines());
                if (line == 5) {
                    return -1;
                }
                line++;
                byte[] bytes = ((GeneratedEvents.invalid(line) ? GeneratedEvents.INVALID : GeneratedEvents.VALID) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                System.arraycopy(bytes, 0, into, offset, bytes.length);
                return bytes.length;
            }

            @Override
            public int available() {
                return 0;
            }
        };
        int status = ValidateCommand.run(trickle, out, new PrintWriter(new StringWriter()), "--format", "json", "--jsonl", "-");
        assertThat(status).isZero();
        assertThat(flushedBeforeRead).as("lines of output written out before each read").containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void inputThatIsReadyIsAnsweredInBlocksNotLineByLine() {
        GeneratedEvents input = new GeneratedEvents(2_000);
        RecordingWriter out = new RecordingWriter();
        int status = ValidateCommand.run(input, out, new PrintWriter(new StringWriter()), "--format", "json", "--jsonl", "-");
        assertThat(status).isEqualTo(1);
        assertThat(out.flushedLines()).isEqualTo(2_000);
        // About 90 KB of report: a dozen blocks, not a write and flush per line.
        assertThat(out.writes).as("writes for 2,000 lines").isLessThan(50);
        assertThat(out.flushes).as("flushes for 2,000 lines").isLessThan(50);
    }

    /**
     * As {@code … | head -3}: a real process, fed far more than it could read in the time, is read
     * for three lines and then its output is closed.
     */
    @Test
    void aProcessWhoseOutputIsClosedEndsPromptlyWithoutReadingTheRest() throws Exception {
        GeneratedEvents input = new GeneratedEvents(5_000_000);
        Child child = start(List.of("-Xmx64m"), input);
        Process process = child.process();
        try {
            List<JsonNode> first = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < 3; i++) {
                first.add(JSON.readTree(out.readLine()));
            }
            out.close();

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended after its output was closed").isTrue();
            assertThat(process.exitValue()).isEqualTo(ValidateCommand.OUTPUT_CLOSED);
            assertThat(Files.readString(child.errors())).isEmpty();
            assertThat(first).extracting(line -> line.get("line").asInt()).containsExactly(1, 2, 3);
            child.feeder().join(TimeUnit.SECONDS.toMillis(60));
            assertThat(input.bytesRead()).as("bytes taken by the process, of %,d", input.totalBytes())
                    .isLessThan(input.totalBytes() / 100);
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * 200,000 lines in a heap of 8 MB, of which the command line keeps about 3 MB live: the input
     * (57 MB), the report (11 MB) or an outcome of 40 bytes per line (8 MB) would not fit if kept.
     */
    @Test
    void memoryStaysFlatOnInputThatWouldNotFitInTheHeap() throws Exception {
        long lines = 200_000;
        GeneratedEvents input = new GeneratedEvents(lines, 100);
        // The serial collector suits a heap this small; the invalid lines are few, as they cost the most.
        Child child = start(List.of("-Xmx8m", "-XX:+UseSerialGC"), input);
        Process process = child.process();
        try {
            long count = 0;
            String last = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                count++;
                last = line;
            }
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(child.errors())).isEmpty();
            assertThat(process.exitValue()).isEqualTo(ValidateCommand.INVALID);
            assertThat(count).isEqualTo(lines);
            assertThat(JSON.readTree(last).get("line").asLong()).isEqualTo(lines);
            child.feeder().join(TimeUnit.SECONDS.toMillis(60));
            assertThat(input.bytesRead()).isEqualTo(input.totalBytes());
        } finally {
            process.destroyForcibly();
        }
    }

    /** The command line in a process of its own, reporting JSON Lines for JSON Lines on its standard input. */
    private record Child(Process process, Thread feeder, Path errors) {
    }

    /** Starts the command line's main class on this test's class path, with {@code input} fed to it. */
    private Child start(List<String> jvmOptions, InputStream input) throws IOException {
        Path errors = work.resolve("stderr.txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ValidateCommand.class.getName(),
                "--format", "json", "--jsonl", "-"));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream stdin = process.getOutputStream()) {
                input.transferTo(stdin);
            } catch (IOException e) {
                // The process has stopped reading: what the test is about, or the failure it reports.
            }
        }, "feeder");
        feeder.setDaemon(true);
        feeder.start();
        return new Child(process, feeder, errors);
    }

    /** An output whose every write fails, as standard output does once its reader has gone. */
    private static final class FailingWriter extends Writer {
        private final String message;

        FailingWriter(String message) {
            this.message = message;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            throw new IOException(message);
        }

        @Override
        public void flush() throws IOException {
            throw new IOException(message);
        }

        @Override
        public void close() {
        }
    }

    /** Keeps what it is given, and how often it was written to and flushed. */
    private static final class RecordingWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private long flushedLines;
        private int writes;
        private int flushes;

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
            writes++;
        }

        @Override
        public void flush() {
            flushes++;
            flushedLines = text.chars().filter(c -> c == '\n').count();
        }

        @Override
        public void close() {
        }

        long flushedLines() {
            return flushedLines;
        }
    }
}
