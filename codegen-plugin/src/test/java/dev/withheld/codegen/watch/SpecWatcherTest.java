package dev.withheld.codegen.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.withheld.codegen.check.CheckRule;
import dev.withheld.codegen.check.SpecProject;
import dev.withheld.codegen.docs.DocsOptions;
import dev.withheld.codegen.docs.DocsResult;
import dev.withheld.codegen.docs.DocumentedEvent;
import dev.withheld.codegen.docs.RevisionProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop: a change to a file is seen, re-checked for what it affects, and printed, until the loop is stopped. */
class SpecWatcherTest {
    private static final String CONTENT = "schemas/notice.schema.json";

    @TempDir
    Path directory;

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final BlockingQueue<WatchRound> rounds = new LinkedBlockingQueue<>();

    private SpecWatcher watcher(SpecProject project) {
        DocsOptions docs = new DocsOptions(project.schemas(), project.suites(), List.of(new DocumentedEvent("notice-event.schema.json", "org.example.notice")),
                project.file("target/withheld-docs"), null, false, "mvn verify -Dwithheld.docs.update");
        WatchOptions options = new WatchOptions(project.options(), docs, project.root(), Duration.ofMillis(30));
        return new SpecWatcher(options, (level, line) -> printed.add(level + " " + line), rounds::add);
    }

    private WatchRound nextRound() throws InterruptedException {
        WatchRound round = rounds.poll(30, TimeUnit.SECONDS);
        assertThat(round).as("a round within 30 s; printed so far: %s", printed).isNotNull();
        return round;
    }

    @Test
    void aSavedMistakeIsPrintedAndTheLoopStopsWhenAsked() throws Exception {
        SpecProject project = SpecProject.create(directory);
        SpecWatcher watcher = watcher(project);
        Thread loop = new Thread(watcher, "spec-watcher-test");
        loop.start();
        try {
            WatchRound first = nextRound();
            assertThat(first.check().findings()).isEmpty();
            assertThat(first.check().cases()).isEqualTo(5);
            assertThat(first.docs().documents()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(DocsResult.Status.GENERATED));

            project.edit(CONTENT, "\"required\": [\"room_id\"]", "\"requried\": [\"room_id\"]");
            WatchRound changed = nextRound();

            assertThat(changed.changed()).containsExactly(project.file(CONTENT));
            assertThat(changed.check().findings()).anyMatch(f -> f.rule() == CheckRule.UNKNOWN_KEYWORD && f.pointer().equals("/else/requried"));
            assertThat(changed.check().failedCases()).isEqualTo(2);
            assertThat(changed.lines()).anyMatch(line -> line.startsWith("schemas/notice.schema.json:") && line.contains("[lint/unknown-keyword]"));
            assertThat(changed.lines().get(changed.lines().size() - 1)).startsWith("FAILED 3 schema files, 2 suites").endsWith(" ms)");
            assertThat(printed).anyMatch(line -> line.startsWith("ERROR schemas/notice.schema.json:"));

            project.edit(CONTENT, "\"requried\": [\"room_id\"]", "\"required\": [\"room_id\"]");
            WatchRound fixed = nextRound();
            assertThat(fixed.check().errors()).isZero();
            assertThat(fixed.lines().get(fixed.lines().size() - 1)).startsWith("OK ");
        } finally {
            watcher.stop();
            loop.join(10_000);
        }
        assertThat(loop.isAlive()).isFalse();
    }

    @Test
    void aChangedSchemaIsCheckedWithTheSchemasThatReferToItAndTheirSuites() {
        SpecProject project = SpecProject.create(directory);
        SpecWatcher watcher = watcher(project);

        WatchRound round = watcher.round(Set.of(project.file("schemas/notice-event.schema.json")), System.nanoTime());

        assertThat(round.check().schemaFiles()).containsExactlyInAnyOrder(project.file("schemas/notice-event.schema.json"),
                project.file("schemas/profiles/notice-event-sending.schema.json"));
        assertThat(round.check().suites()).extracting(s -> s.suite().file().getFileName().toString()).containsExactly("notice-event-sending.suite.json");
        assertThat(round.docs().documents()).hasSize(1);
    }

    @Test
    void theChangelogIsRenderedAgainWhenASchemaChangesAndNotForASuite() {
        SpecProject project = RevisionProject.create(directory);
        DocsOptions docs = new DocsOptions(project.schemas(), project.suites(), RevisionProject.EVENTS, project.file("target/withheld-docs"),
                null, false, "mvn verify -Dwithheld.docs.update");
        SpecWatcher watcher = new SpecWatcher(new WatchOptions(project.options(), docs, project.root(), Duration.ofMillis(30)),
                (level, line) -> printed.add(level + " " + line), rounds::add);

        WatchRound schema = watcher.round(Set.of(project.file("schemas/v2/notice.schema.json")), System.nanoTime());
        WatchRound suite = watcher.round(Set.of(project.file("suites/notice.suite.json")), System.nanoTime());

        assertThat(schema.docs().documents()).extracting(DocsResult.Document::subject)
                .contains("org.example.notice v2").last().isEqualTo("the changelog (v1, v2, v3)");
        assertThat(schema.lines().get(schema.lines().size() - 1)).contains("wrote target/withheld-docs/CHANGELOG.md");
        assertThat(suite.docs()).isNull();
    }

    @Test
    void aChangedSuiteIsRunAlone() {
        SpecProject project = SpecProject.create(directory);
        project.edit("suites/notice.suite.json", "\"valid\": true", "\"valid\": false, \"pointers\": [\"/room_id\"]");
        SpecWatcher watcher = watcher(project);

        WatchRound round = watcher.round(Set.of(project.file("suites/notice.suite.json")), System.nanoTime());

        assertThat(round.check().schemaFiles()).isEmpty();
        assertThat(round.check().suites()).extracting(s -> s.suite().file().getFileName().toString()).containsExactly("notice.suite.json");
        assertThat(round.check().findings()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(CheckRule.SUITE_CASE));
        assertThat(round.docs()).as("notice.suite.json is about the content, not the documented event's examples").isNull();
    }
}
