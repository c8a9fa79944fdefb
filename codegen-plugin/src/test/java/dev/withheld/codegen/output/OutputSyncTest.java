package dev.withheld.codegen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;


/**
 * The output directory is swapped as a whole: a sync that fails before the swap leaves it (and the
 * state file) byte for byte as it was, a sync stopped at any point is put right by the next normal
 * one, unchanged files keep their timestamps, files the generator never wrote survive, and two syncs
 * to one directory wait for each other.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OutputSyncTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    /** The generation before: Alpha, Beta (to be removed) and Gamma (unchanged). */
    private static final Map<String, byte[]> OLD = files(
            "org/example/Alpha.java", "class Alpha {}",
            "org/example/gone/Beta.java", "class Beta {}",
            "org/example/Gamma.java", "class Gamma {}");
    /** The generation after: Alpha changed, Beta gone, Gamma unchanged, Delta new in a new package. */
    private static final Map<String, byte[]> NEW = files(
            "org/example/Alpha.java", "class Alpha { int renamed; }",
            "org/example/Gamma.java", "class Gamma {}",
            "org/example/more/Delta.java", "class Delta {}");
    private static final String FOREIGN = "org/example/Handwritten.java";

    @TempDir
    Path dir;

    private Path output;

    @BeforeEach
    void previousBuild() throws IOException {
        output = dir.resolve("target/generated-sources/withheld-codegen");
        new OutputSync(output).apply(OLD, "old");
        Files.writeString(output.resolve(FOREIGN), "class Handwritten {}");
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    @Test
    void aSyncReplacesChangedFilesRemovesStaleOnesAndKeepsTheRest() throws IOException {
        SyncReport report = new OutputSync(output).apply(NEW, "new");

        assertThat(report.written()).containsExactly("org/example/Alpha.java", "org/example/more/Delta.java");
        assertThat(report.unchanged()).containsExactly("org/example/Gamma.java");
        assertThat(report.removed()).containsExactly("org/example/gone/Beta.java");
        assertThat(contents(output)).isEqualTo(expected(NEW));
        assertThat(output.resolve("org/example/gone")).as("an emptied package directory").doesNotExist();
        assertThat(Files.getLastModifiedTime(output.resolve("org/example/Gamma.java"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(output.resolve(FOREIGN))).isEqualTo(LONG_AGO);
        assertClean();
        assertThat(new OutputSync(output).isUpToDate("new")).isTrue();
        assertThat(new OutputSync(output).isUpToDate("old")).isFalse();
    }

    @Test
    void withoutHardLinksUnchangedFilesAreCopiedWithTheirTimestamps() throws IOException {
        new OutputSync(output, step -> { }, false).apply(NEW, "new");

        assertThat(contents(output)).isEqualTo(expected(NEW));
        assertThat(Files.getLastModifiedTime(output.resolve("org/example/Gamma.java"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(output.resolve(FOREIGN))).isEqualTo(LONG_AGO);
        assertClean();
    }

    @Test
    void aChangedFileIsANewFileAndNeverWrittenThroughAHardLink() throws IOException {
        Path alpha = output.resolve("org/example/Alpha.java");
        Path elsewhere = dir.resolve("linked-elsewhere.java");
        Files.createLink(elsewhere, alpha);

        new OutputSync(output).apply(NEW, "new");

        assertThat(Files.readString(elsewhere)).as("another link to the old Alpha.java").isEqualTo("class Alpha {}");
        assertThat(Files.readString(alpha)).isEqualTo("class Alpha { int renamed; }");
    }

    @Test
    void nothingChangedWritesNothing() throws IOException {
        new OutputSync(output).apply(NEW, "new");
        Map<String, FileTime> before = times(output);
        Path state = OutputSync.stateFileFor(output);
        Files.setLastModifiedTime(state, LONG_AGO);
        Object directoryKey = Files.readAttributes(output, BasicFileAttributes.class).fileKey();

        SyncReport report = new OutputSync(output).apply(NEW, "new");

        assertThat(report.written()).isEmpty();
        assertThat(report.removed()).isEmpty();
        assertThat(times(output)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(state)).as("the state file, already right").isEqualTo(LONG_AGO);
        assertThat(Files.readAttributes(output, BasicFileAttributes.class).fileKey()).as("the same directory, not swapped")
                .isEqualTo(directoryKey);
    }

    /** Every step up to the second rename: an I/O failure puts everything back as it was. */
    @ParameterizedTest
    @EnumSource(value = OutputSync.Step.class, names = {"STAGING_LINKED", "STAGING_COMPLETE", "PENDING_STATE_WRITTEN", "OUTPUT_MOVED_ASIDE"})
    void aFailureBeforeTheSwapLeavesTheOutputByteForByte(OutputSync.Step failing) throws IOException {
        Snapshot before = Snapshot.of(output);
        OutputSync failingSync = new OutputSync(output, step -> {
            if (step == failing) {
                throw new IOException("disk full (injected at " + step + ")");
            }
        }, true);

        assertThatThrownBy(() -> failingSync.apply(NEW, "new")).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot write generated sources to " + output)
                .hasMessageContaining("disk full")
                .hasMessageContaining("Nothing was changed: the previous generated sources are as they were");

        assertThat(Snapshot.of(output)).isEqualTo(before);
        assertClean();
        assertThat(new OutputSync(output).isUpToDate("old")).isTrue();
        assertThat(new OutputSync(output).apply(NEW, "new").written()).hasSize(2);
        assertThat(contents(output)).isEqualTo(expected(NEW));
    }

    @Test
    void aDirectoryWhereAGeneratedFileGoesFailsTheSyncWithoutTouchingAnything() throws IOException {
        Files.delete(output.resolve("org/example/Alpha.java"));
        Files.createDirectories(output.resolve("org/example/Alpha.java/in-the-way"));
        Snapshot before = Snapshot.of(output);

        assertThatThrownBy(() -> new OutputSync(output).apply(NEW, "new")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(output.resolve("org/example/Alpha.java").toString())
                .hasMessageContaining("a directory is where the generated file org/example/Alpha.java goes; move or delete that directory")
                .hasMessageContaining("Nothing was changed");

        assertThat(Snapshot.of(output)).isEqualTo(before);
        assertClean();
    }

    @Test
    void aFileWhereAGeneratedPackageGoesFailsTheSyncWithoutTouchingAnything() throws IOException {
        Files.writeString(output.resolve("org/example/more"), "a file, not a package");
        Snapshot before = Snapshot.of(output);

        assertThatThrownBy(() -> new OutputSync(output).apply(NEW, "new")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("a file is where the generated file org/example/more/Delta.java needs a directory");

        assertThat(Snapshot.of(output)).isEqualTo(before);
        assertClean();
    }

    @Test
    void aFailureAfterTheSwapSaysTheNewSourcesAreInPlaceAndTheNextSyncCleansUp() throws IOException {
        OutputSync failingSync = new OutputSync(output, step -> {
            if (step == OutputSync.Step.STAGING_MOVED_IN) {
                throw new IOException("injected");
            }
        }, true);

        assertThatThrownBy(() -> failingSync.apply(NEW, "new")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("the generated sources in " + output + " are up to date, but cleaning up after them failed")
                .hasMessageContaining("The next build finishes the clean-up");
        assertThat(contents(output)).isEqualTo(expected(NEW));
        assertThat(new OutputSync(output).isUpToDate("new")).as("with a backup left behind").isFalse();

        SyncReport report = new OutputSync(output).apply(NEW, "new");
        assertThat(report.written()).isEmpty();
        assertClean();
        assertThat(new OutputSync(output).isUpToDate("new")).isTrue();
    }

    /**
     * A build killed at each step (simulated by an {@link Error}, which the sync does not clean up
     * after), followed by a normal build with the new inputs, or with the old ones again: the result
     * is exactly what that normal build would give on an undisturbed output directory.
     */
    @ParameterizedTest
    @EnumSource(OutputSync.Step.class)
    void aBuildKilledAtAnyStepIsPutRightByTheNextNormalOne(OutputSync.Step killedAt) throws IOException {
        for (Map<String, byte[]> next : List.of(NEW, OLD)) {
            deleteTree(dir.resolve("target"));
            previousBuild();
            Snapshot before = Snapshot.of(output);
            OutputSync killed = new OutputSync(output, step -> {
                if (step == killedAt) {
                    throw new Killed();
                }
            }, true);
            assertThatThrownBy(() -> killed.apply(NEW, "new")).isInstanceOf(Killed.class);

            if (killedAt.compareTo(OutputSync.Step.OUTPUT_MOVED_ASIDE) < 0) {
                assertThat(Snapshot.of(output).files).as("killed before the swap: the output as it was").isEqualTo(before.files);
            }
            assertThat(new OutputSync(output).isUpToDate("new")).as("killed at %s: new inputs up to date?", killedAt).isFalse();
            assertThat(new OutputSync(output).isUpToDate("old")).as("killed at %s: old inputs up to date?", killedAt).isFalse();

            String fingerprint = next == NEW ? "new" : "old";
            new OutputSync(output).apply(next, fingerprint);

            assertThat(contents(output)).as("killed at %s, then a normal build with the %s inputs", killedAt, fingerprint)
                    .isEqualTo(expected(next));
            assertClean();
            assertThat(new OutputSync(output).isUpToDate(fingerprint)).isTrue();
            assertThat(new OutputSync(output).apply(next, fingerprint).written()).as("and the build after that").isEmpty();
        }
    }

    @Test
    void aMissingOutputWithABackupIsRestoredFromTheBackup() throws IOException {
        Path backup = output.resolveSibling("withheld-codegen.codegen-backup");
        Files.move(output, backup);
        // And a state file that was being written when the build was killed.
        Files.writeString(output.resolveSibling(".withheld-codegen.codegen-state123.tmp"), "pend");

        SyncReport report = new OutputSync(output).apply(OLD, "old");

        assertThat(report.written()).as("the backup was the complete previous output").isEmpty();
        assertThat(contents(output)).isEqualTo(expected(OLD));
        assertClean();
    }

    @Test
    void aSymbolicallyLinkedOutputDirectoryStaysALink() throws IOException {
        Path real = dir.resolve("elsewhere/generated");
        Files.createDirectories(real.getParent());
        Path link = dir.resolve("linked");
        Files.createSymbolicLink(link, real);

        new OutputSync(link).apply(OLD, "old");
        new OutputSync(link).apply(NEW, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(contents(real)).isEqualTo(expected(NEW, false));
        try (Stream<Path> siblings = Files.list(real.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("generated");
        }
        assertThat(new OutputSync(link).isUpToDate("new")).isTrue();
    }

    @Test
    void anOutputPathThatIsAFileIsReportedAsSuch() throws IOException {
        Path file = dir.resolve("not-a-directory");
        Files.writeString(file, "x");

        assertThatThrownBy(() -> new OutputSync(file).apply(NEW, "new")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file + ": this is a file, but the output directory must be a directory");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    /** Threads syncing different generations into one directory take turns; each sync is whole. */
    @Test
    void concurrentSyncsToOneDirectoryTakeTurns() throws Exception {
        int threads = 4;
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean even = t % 2 == 0;
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        new OutputSync(output).apply(even ? NEW : OLD, even ? "new" : "old");
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        boolean endsNew = new OutputSync(output).isUpToDate("new");
        assertThat(endsNew || new OutputSync(output).isUpToDate("old")).as("the state names one of the generations").isTrue();
        assertThat(contents(output)).isEqualTo(expected(endsNew ? NEW : OLD));
        assertClean();
    }

    /** A sync that, once its staging directory is complete, says so and waits to be released. */
    private OutputSync holdingAfterStaging(CountDownLatch holding, CountDownLatch release, int seconds) {
        return new OutputSync(output, step -> {
            if (step == OutputSync.Step.STAGING_COMPLETE) {
                holding.countDown();
                try {
                    release.await(seconds, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, true);
    }

    /**
     * A sync that holds the directory makes another one wait, even when that one runs in another
     * class loader (another copy of the plugin in the same JVM), where only the file lock can tell.
     */
    @Test
    void aSyncFromAnotherClassLoaderWaitsForTheOneInProgress() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutputSync first = holdingAfterStaging(holding, release, 30);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SyncReport> firstRun = pool.submit(() -> first.apply(NEW, "new"));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Object> secondRun = pool.submit(() -> OtherLoader.apply(output, files("org/example/Other.java", "class Other {}"), "other"));
            Thread.sleep(500);
            assertThat(secondRun.isDone()).as("the second sync waits while the first holds the directory").isFalse();
            release.countDown();
            firstRun.get(30, TimeUnit.SECONDS);
            secondRun.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        Map<String, String> expected = new TreeMap<>();
        expected.put("org/example/Other.java", "class Other {}");
        expected.put(FOREIGN, "class Handwritten {}");
        assertThat(contents(output)).as("the second sync ran after the first, on its output").isEqualTo(expected);
        assertClean();
    }

    /** A sync in another process (another build on the same directory) waits too: the file lock tells. */
    @Test
    void aSyncInAnotherProcessWaitsForTheOneInProgress() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutputSync first = holdingAfterStaging(holding, release, 60);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Process other = null;
        try {
            Future<SyncReport> firstRun = pool.submit(() -> first.apply(NEW, "new"));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
            other = new ProcessBuilder(javaCommand.toString(), "-cp", System.getProperty("java.class.path"),
                    SyncInAnotherProcess.class.getName(), output.toString())
                    .redirectErrorStream(true).start();
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("started");
            Thread.sleep(1000);
            assertThat(other.isAlive()).as("the other process waits while this one holds the directory").isTrue();
            release.countDown();
            firstRun.get(30, TimeUnit.SECONDS);
            String rest = lines.lines().collect(Collectors.joining("\n"));
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).as("the other process: %s", rest).isZero();
            assertThat(rest).endsWith("done");
        } finally {
            release.countDown();
            pool.shutdownNow();
            if (other != null) {
                other.destroy();
            }
        }
        Map<String, String> expected = new TreeMap<>();
        expected.put("org/example/Other.java", "class Other {}");
        expected.put(FOREIGN, "class Handwritten {}");
        assertThat(contents(output)).as("the other sync ran after this one, on its output").isEqualTo(expected);
        assertClean();
    }

    /** OutputSync loaded by a class loader of its own, as a second copy of the plugin would be. */
    private static final class OtherLoader {
        static Object apply(Path output, Map<String, byte[]> generated, String fingerprint) throws Exception {
            URL[] urls = {
                OutputSync.class.getProtectionDomain().getCodeSource().getLocation(),
                com.sun.codemodel.CodeWriter.class.getProtectionDomain().getCodeSource().getLocation()};
            try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
                Class<?> type = loader.loadClass(OutputSync.class.getName());
                assertThat(type).isNotSameAs(OutputSync.class);
                Object sync = type.getConstructor(Path.class).newInstance(output);
                return type.getMethod("apply", Map.class, String.class).invoke(sync, generated, fingerprint);
            }
        }
    }

    /** Stands for the process being killed: not an exception the sync handles. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** Nothing but the output directory, its state file and its lock file are left beside it. */
    private void assertClean() throws IOException {
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("withheld-codegen", "withheld-codegen.codegen-state", "withheld-codegen.codegen-lock");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, String> expected(Map<String, byte[]> generated) {
        return expected(generated, true);
    }

    private static Map<String, String> expected(Map<String, byte[]> generated, boolean withForeign) {
        Map<String, String> expected = new TreeMap<>();
        generated.forEach((path, bytes) -> expected.put(path, new String(bytes, StandardCharsets.UTF_8)));
        if (withForeign) {
            expected.put(FOREIGN, "class Handwritten {}");
        }
        return expected;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static Map<String, byte[]> files(String... pathsAndContents) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Every entry of the output directory (kind, bytes, timestamp) and the state file's bytes. */
    private record Snapshot(Map<String, String> files, String state) {

        static Snapshot of(Path output) throws IOException {
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path entry : walk.toList()) {
                    String relative = output.relativize(entry).toString().replace('\\', '/');
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    files.put(relative, attributes.isDirectory() ? "directory"
                            : "file " + attributes.lastModifiedTime() + " " + HexFormat.of().formatHex(Files.readAllBytes(entry)));
                }
            }
            Path state = OutputSync.stateFileFor(output);
            return new Snapshot(files, Files.isRegularFile(state) ? Files.readString(state) : null);
        }
    }
}
