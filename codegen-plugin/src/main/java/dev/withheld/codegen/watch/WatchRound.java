package dev.withheld.codegen.watch;

import dev.withheld.codegen.check.CheckReport;
import dev.withheld.codegen.docs.DocsResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One re-run after a change.
 *
 * @param changed the files whose change started it (empty for the first run)
 * @param check what the check found in the files the change affects
 * @param docs what the docs run did, or {@code null} when no documented event is affected or no docs are configured
 * @param docsProblem why the docs could not be rendered, or {@code null}
 * @param millis from the moment the change was seen until the result was printed
 * @param lines what was printed
 */
public record WatchRound(Set<Path> changed, CheckReport check, DocsResult docs, String docsProblem, long millis, List<String> lines) {
}
