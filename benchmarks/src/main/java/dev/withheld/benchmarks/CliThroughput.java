package dev.withheld.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Events per second and memory of the validator's command line on large JSON Lines files.
 *
 * <p>Writes files of {@code N} lines under {@code benchmarks/target/} (never in git), built by
 * cycling through the {@link EventMix}: an all-valid file, and a file where every tenth line is
 * invalid. Then runs {@code java -Xmx64m -jar withheld-validator.jar FILE} on each, several
 * times, sampling the child's resident set size from {@code /proc} every 50 ms, and prints the
 * median wall time, events per second and peak RSS. A small file of the same kind is run too: if
 * memory is flat, the peak RSS for one million lines is that of ten thousand.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.withheld.benchmarks.CliThroughput \
 *     validator/target/withheld-validator.jar [LINES] [RUNS] [HEAP]</pre>
 */
public final class CliThroughput {

    private static final int SMALL = 10_000;

    private CliThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CliThroughput VALIDATOR_JAR [LINES=1000000] [RUNS=3] [HEAP=64m]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String heap = args.length > 3 ? args[3] : "64m";
        Path dir = Path.of("benchmarks", "target", "jsonl");
        Files.createDirectories(dir);

        System.out.printf(Locale.ROOT, "CLI: java -Xmx%s -jar %s FILE  (%d cores; median of %d runs)%n%n", heap, jar,
                Runtime.getRuntime().availableProcessors(), runs);
        System.out.println("| file | lines | size | exit | summary | wall (median) | events/s (median) | peak RSS (max)"
                + " | GCs | heap after GC (max) | heap committed (max) |");
        System.out.println("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        List<String> marginal = new ArrayList<>();
        for (boolean withInvalid : new boolean[] {false, true}) {
            long smallWall = 0;
            for (int n : new int[] {SMALL, lines}) {
                String name = (withInvalid ? "mixed-" : "valid-") + n + ".jsonl";
                Path file = dir.resolve(name);
                write(file, n, withInvalid);
                List<Run> results = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    results.add(run(jar, heap, file, dir.resolve(name + ".out")));
                }
                List<Long> walls = new ArrayList<>(results.stream().map(Run::wallNanos).toList());
                Collections.sort(walls);
                long wall = walls.get(walls.size() / 2);
                long peak = results.stream().mapToLong(Run::peakRssKb).max().orElse(0);
                Run last = results.get(results.size() - 1);
                int[] gc = last.heapAfterGc();
                System.out.printf(Locale.ROOT, "| %s | %,d | %,d MB | %d | %s | %.2f s | %,.0f | %,d MB | %d | %d MB | %d MB |%n",
                        name, n, Files.size(file) / 1_000_000, last.exit(), last.summary(), wall / 1e9, n / (wall / 1e9),
                        peak / 1024, gc[0], gc[1], gc[2]);
                if (n == SMALL) {
                    smallWall = wall;
                } else {
                    marginal.add(String.format(Locale.ROOT, "- %s: **%,.0f events/s** once started ((%,d - %,d) lines"
                            + " in %.2f s - %.2f s)", withInvalid ? "90% valid, 10% invalid" : "all valid",
                            (n - SMALL) / ((wall - smallWall) / 1e9), n, SMALL, wall / 1e9, smallWall / 1e9));
                }
            }
        }
        System.out.println();
        System.out.println("Events/s in the table include the JVM start and the schema compilation (one process per file).");
        marginal.forEach(System.out::println);
    }

    /** One line per event, cycling through the valid mix; with invalid, every tenth line from the invalid mix. */
    static void write(Path file, int lines, boolean withInvalid) throws IOException {
        List<byte[]> valid = EventMix.valid();
        List<byte[]> invalid = EventMix.invalid();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            int v = 0;
            int w = 0;
            for (int i = 0; i < lines; i++) {
                byte[] event = withInvalid && i % 10 == 9 ? invalid.get(w++ % invalid.size()) : valid.get(v++ % valid.size());
                out.write(event);
                out.write('\n');
            }
        }
    }

    record Run(long wallNanos, long peakRssKb, int exit, String summary, int[] heapAfterGc) {
    }

    private static final java.util.regex.Pattern GC_LINE = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** {collections, largest heap after a collection in MB, largest committed heap in MB}, from the unified GC log. */
    private static int[] maxHeapAfterGcMb(Path gcLog) throws IOException {
        int count = 0;
        int after = 0;
        int committed = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            java.util.regex.Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                count++;
                after = Math.max(after, Integer.parseInt(m.group(2)));
                committed = Math.max(committed, Integer.parseInt(m.group(3)));
            }
        }
        return new int[] {count, after, committed};
    }

    static Run run(Path jar, String heap, Path file, Path output) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path gcLog = Path.of(output + ".gc.log");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(),
                file.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, rssKb(process.pid()));
        }
        long wall = System.nanoTime() - start;
        return new Run(wall, peak, process.exitValue(), lastLine(output), maxHeapAfterGcMb(gcLog));
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The process ended between two samples.
        }
        return 0;
    }

    private static String lastLine(Path output) throws IOException {
        // Read only the tail: the output of a file with invalid lines can be large.
        try (var channel = Files.newByteChannel(output)) {
            long size = channel.size();
            int take = (int) Math.min(size, 4096);
            channel.position(size - take);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(take);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // keep reading
            }
            String tail = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return tail.substring(tail.lastIndexOf('\n') + 1);
        }
    }
}
