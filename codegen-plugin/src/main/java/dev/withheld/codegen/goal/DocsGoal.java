package dev.withheld.codegen.goal;

import dev.withheld.codegen.check.Finding;
import dev.withheld.codegen.docs.DocsGenerator;
import dev.withheld.codegen.docs.DocsOptions;
import dev.withheld.codegen.docs.DocsProblem;
import dev.withheld.codegen.docs.DocsResult;
import dev.withheld.codegen.docs.DocumentedEvent;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code docs} goal: each event schema as Markdown in the layout of the Matrix spec's event tables, and the
 * changelog of the revisions the events name, each compared with the checked-in copy, which it rewrites only with
 * {@code update}.
 *
 * @param basedir the project's directory; file names in the log are relative to it
 * @param schemaDirectory directory holding the schemas
 * @param suiteDirectory directory holding the suites, whose valid cases become examples
 * @param events the events to document; those that name a revision make the changelog
 * @param outputDirectory where the Markdown files are generated
 * @param checkedInDirectory where the checked-in copies live; {@code null} keeps none
 * @param update rewrite stale or missing checked-in copies instead of failing
 * @param refreshCommand the command that refreshes stale copies, as the failure message tells it
 * @param skip do nothing
 */
public record DocsGoal(Path basedir, Path schemaDirectory, Path suiteDirectory, List<DocumentedEvent> events, Path outputDirectory,
        Path checkedInDirectory, boolean update, String refreshCommand, boolean skip) {

    /** Where the Markdown goes, below the build directory, unless {@code outputDirectory} says otherwise. */
    public static final String DEFAULT_OUTPUT_DIRECTORY = "withheld-docs";

    /**
     * Renders the docs and compares them with the checked-in copies.
     *
     * @return the result, or {@code null} when skipped
     * @throws GoalFailure when a checked-in copy is out of date, or the configuration or the schema is wrong
     * @throws java.io.UncheckedIOException when a file cannot be read or written
     */
    public DocsResult run(GoalLog log) {
        if (skip) {
            log.info("Docs skipped.");
            return null;
        }
        if (events == null || events.isEmpty()) {
            throw new GoalFailure("Say which events to document: give events, each an event schema (relative to the schema"
                    + " directory) and the event's name, for example room-key-withheld-event.schema.json as m.room_key.withheld.");
        }
        DocsOptions options = options();
        DocsResult result;
        try {
            result = new DocsGenerator().run(options);
        } catch (DocsProblem problem) {
            throw new GoalFailure(problem.getMessage());
        }
        for (DocsResult.Document document : result.documents()) {
            String event = document.subject();
            String generated = Finding.display(document.generated(), basedir);
            switch (document.status()) {
                case GENERATED -> log.info("Docs of " + event + ": " + generated);
                case UP_TO_DATE -> log.info("Docs of " + event + ": " + generated + "; " + Finding.display(document.checkedIn(), basedir)
                        + " is up to date");
                case UPDATED -> log.warn("Docs of " + event + ": rewrote " + Finding.display(document.checkedIn(), basedir)
                        + " (update is on); commit it");
                case STALE, MISSING -> log.error("Docs of " + event + ": " + Finding.display(document.checkedIn(), basedir)
                        + (document.status() == DocsResult.Status.MISSING ? " does not exist" : " is out of date"));
            }
        }
        if (result.outOfDate()) {
            throw new GoalFailure("Checked-in docs are out of date.\n" + DocsGenerator.outOfDateMessage(result, basedir, refreshCommand));
        }
        return result;
    }

    /** The options of the docs generator; the watch goal renders with them too. */
    public DocsOptions options() {
        return new DocsOptions(schemaDirectory, suiteDirectory, events, outputDirectory, checkedInDirectory, update, refreshCommand);
    }
}
