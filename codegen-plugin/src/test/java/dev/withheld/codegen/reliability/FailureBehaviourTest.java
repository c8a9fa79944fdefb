package dev.withheld.codegen.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.generate.ModelGenerator;
import dev.withheld.codegen.generate.SchemaProblem;
import dev.withheld.codegen.output.OutputSync;
import dev.withheld.codegen.output.SyncReport;
import dev.withheld.codegen.testing.GeneratedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the generator behaves when a build fails or is cut short, and when modules generate at the
 * same time (the goal is marked thread-safe for {@code -T} builds).
 *
 * <p>The design under test: every class is generated in memory first; only then is the new output
 * put together in a staging directory beside the output directory and swapped in with two renames,
 * and the state file (fingerprint and file list, beside the output directory) written last. So a
 * schema problem never touches the output, and a failed write leaves it as it was. How
 * {@code OutputSync} survives a build killed at each step of the swap is tested in
 * {@code OutputSyncTest}; here the whole generator is run.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FailureBehaviourTest {

    private static final String ALPHA = """
            {"title": "Alpha", "type": "object", "properties": {"x": {"type": "string", "pattern": "^a"}}, "required": ["x"]}""";
    private static final String BETA = """
            {"title": "Beta", "type": "object", "properties": {"alpha": {"$ref": "alpha.schema.json"}, "n": {"type": "integer"}}}""";
    private static final String GAMMA = """
            {"title": "Gamma", "type": "object", "properties": {"y": {"type": "string"}}}""";
    /** Sorts after the others, so that they are generated (in memory) before it fails. */
    private static final String BROKEN = """
            {"title": "Zulu", "type": "object", "properties": {"alpha": {"$ref": "alpha.schema.json#/$defs/missing"}}}""";

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    @Test
    void aSchemaProblemHalfWayThroughLeavesThePreviousOutputAsItWas() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", ALPHA).schema("beta.schema.json", BETA);
        run(model);
        Snapshot before = Snapshot.of(model);

        model.schema("alpha.schema.json", ALPHA.replace("\"x\"", "\"renamed\""))
                .schema("gamma.schema.json", GAMMA)
                .schema("zulu.schema.json", BROKEN);
        assertThatThrownBy(() -> run(model)).isInstanceOf(SchemaProblem.class)
                .hasMessageContaining("zulu.schema.json").hasMessageContaining("missing");

        assertThat(Snapshot.of(model)).as("sources and state after the failed build").isEqualTo(before);
    }

    @Test
    void aDamagedOutputIsRepairedByTheNextNormalBuild() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", ALPHA).schema("beta.schema.json", BETA);
        run(model);
        Map<String, String> expected = Snapshot.of(model).sources;

        // Damage done outside the generator (a tool or an older plugin version killed while writing):
        // the state file is gone, one class was cut short, and a temporary file is left behind.
        Path state = OutputSync.stateFileFor(model.sources());
        Files.delete(state);
        Path alpha = model.sources().resolve("org/example/Alpha.java");
        Files.writeString(alpha, Files.readString(alpha).substring(0, 40));
        Files.writeString(alpha.resolveSibling(".12345.tmp"), "partial");

        SyncReport report = run(model).orElseThrow();

        assertThat(report.written()).containsExactly("org/example/Alpha.java");
        assertThat(Snapshot.of(model).sources).isEqualTo(expected);
        assertThat(state).isRegularFile();
        assertThat(run(model)).as("and the build after that has nothing to do").isEmpty();
        model.compile();
    }

    @Test
    void aBuildInterruptedBeforeItsStateWasWrittenIsCompletedByTheNextOne() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", ALPHA).schema("beta.schema.json", BETA);
        run(model);
        Path state = OutputSync.stateFileFor(model.sources());
        byte[] oldState = Files.readAllBytes(state);
        String oldBeta = model.source("org/example/Beta.java");

        // An output that mixes two generations under the older state (as an older plugin version could
        // leave it): the classes of the next build (Beta removed, Gamma added, Alpha changed), plus the
        // old Beta.java, with the state of the build before.
        Files.delete(model.schemas().resolve("beta.schema.json"));
        model.schema("gamma.schema.json", GAMMA).schema("alpha.schema.json", ALPHA.replace("\"x\"", "\"renamed\""));
        run(model);
        Files.write(state, oldState);
        Files.writeString(model.sources().resolve("org/example/Beta.java"), oldBeta);

        SyncReport report = run(model).orElseThrow();

        assertThat(report.removed()).containsExactly("org/example/Beta.java");
        assertThat(report.written()).isEmpty();
        assertThat(Snapshot.of(model).sources.keySet()).contains("org/example/Alpha.java", "org/example/Gamma.java")
                .doesNotContain("org/example/Beta.java");
        assertThat(model.source("org/example/Alpha.java")).contains("getRenamed()");
        assertThat(run(model)).isEmpty();
    }

    @Test
    void aFailureWhileWritingIsAnIoErrorAndTheNextBuildRecovers() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("alpha.schema.json", ALPHA).schema("beta.schema.json", BETA);
        run(model);
        byte[] state = Files.readAllBytes(OutputSync.stateFileFor(model.sources()));

        // A directory where Beta.java must go: replacing it fails half-way through writing.
        model.schema("alpha.schema.json", ALPHA.replace("\"x\"", "\"renamed\""))
                .schema("beta.schema.json", BETA.replace("\"n\"", "\"m\""));
        Path beta = model.sources().resolve("org/example/Beta.java");
        Files.delete(beta);
        Files.createDirectories(beta.resolve("in-the-way"));

        Snapshot before = Snapshot.of(model);
        assertThatThrownBy(() -> run(model)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write generated sources to")
                .hasMessageContaining("a directory is where the generated file org/example/Beta.java goes");
        assertThat(Files.readAllBytes(OutputSync.stateFileFor(model.sources())))
                .as("the state of the last good build is kept, so the next build regenerates").isEqualTo(state);
        assertThat(Snapshot.of(model)).as("sources, their timestamps and the state").isEqualTo(before);

        Files.delete(beta.resolve("in-the-way"));
        Files.delete(beta);
        run(model);
        assertThat(model.source("org/example/Alpha.java")).contains("getRenamed()");
        assertThat(model.source("org/example/Beta.java")).contains("getM()");
        assertThat(run(model)).isEmpty();
        model.compile();
    }

    @Test
    void modulesGeneratingAtTheSameTimeGetWhatTheyWouldGetAlone() throws Exception {
        int modules = 4;
        List<GeneratedModel> alone = new ArrayList<>();
        List<GeneratedModel> together = new ArrayList<>();
        for (int i = 0; i < modules; i++) {
            alone.add(module(dir.resolve("alone-" + i), i));
            together.add(module(dir.resolve("together-" + i), i));
        }
        for (GeneratedModel model : alone) {
            run(model);
        }
        ExecutorService pool = Executors.newFixedThreadPool(modules);
        try {
            List<Future<Optional<SyncReport>>> runs = new ArrayList<>();
            for (GeneratedModel model : together) {
                Callable<Optional<SyncReport>> task = () -> new ModelGenerator(line -> { }, warning -> { })
                        .generate(model.request("org.example", List.of()));
                runs.add(pool.submit(task));
            }
            for (Future<Optional<SyncReport>> future : runs) {
                assertThat(future.get(120, TimeUnit.SECONDS)).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < modules; i++) {
            assertThat(Snapshot.of(together.get(i)).sources).as("module %d", i).isEqualTo(Snapshot.of(alone.get(i)).sources);
        }
    }

    /** A module with its own schemas: the shared ones with a module-specific property, plus one of its own. */
    private static GeneratedModel module(Path root, int index) {
        return new GeneratedModel(root)
                .schema("alpha.schema.json", ALPHA.replace("\"x\"", "\"x" + index + "\""))
                .schema("beta.schema.json", BETA)
                .schema("own" + index + ".schema.json", GAMMA.replace("Gamma", "Own" + index));
    }

    private Optional<SyncReport> run(GeneratedModel model) {
        return new ModelGenerator(log::add, warning -> { }).generate(model.request("org.example", List.of()));
    }

    /** Every generated source (relative path to text) and the state file, with the sources' timestamps. */
    private record Snapshot(Map<String, String> sources, Map<String, FileTime> times, String state) {

        static Snapshot of(GeneratedModel model) throws IOException {
            Map<String, String> sources = new TreeMap<>();
            Map<String, FileTime> times = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(model.sources())) {
                for (Path file : walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java")).toList()) {
                    String relative = model.sources().relativize(file).toString().replace('\\', '/');
                    sources.put(relative, Files.readString(file, StandardCharsets.UTF_8));
                    times.put(relative, Files.getLastModifiedTime(file));
                }
            }
            Path state = OutputSync.stateFileFor(model.sources());
            return new Snapshot(sources, times, Files.isRegularFile(state) ? Files.readString(state) : null);
        }
    }
}
