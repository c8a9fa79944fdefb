package dev.withheld.codegen.docs;

import dev.withheld.codegen.compat.RevisionHistory;
import java.nio.file.Path;
import java.util.List;

/**
 * What the {@code docs} goal renders and where.
 *
 * @param schemaDirectory the directory that holds the schema files
 * @param suiteDirectory the directory that holds the suites (examples come from their valid cases), or {@code null}
 * @param events the events to document
 * @param revisions the named schema revisions, oldest first, whose changes the changelog lists; empty for no changelog
 * @param outputDirectory where the Markdown files are generated (in {@code target/})
 * @param checkedInDirectory where the checked-in copies live, or {@code null} when none are kept
 * @param update whether to rewrite stale checked-in copies instead of failing
 * @param refreshCommand the command a person runs to refresh stale copies, named in the failure message
 */
public record DocsOptions(Path schemaDirectory, Path suiteDirectory, List<DocumentedEvent> events,
        List<RevisionHistory.Revision> revisions, Path outputDirectory, Path checkedInDirectory, boolean update,
        String refreshCommand) {

    public DocsOptions {
        events = List.copyOf(events);
        revisions = List.copyOf(revisions);
    }

    /** Options for the events' docs, and the changelog of the revisions the events name. */
    public DocsOptions(Path schemaDirectory, Path suiteDirectory, List<DocumentedEvent> events, Path outputDirectory,
            Path checkedInDirectory, boolean update, String refreshCommand) {
        this(schemaDirectory, suiteDirectory, events, DocumentedEvent.revisions(events), outputDirectory, checkedInDirectory,
                update, refreshCommand);
    }
}
