package dev.withheld.codegen.watch;

import dev.withheld.codegen.check.CheckOptions;
import dev.withheld.codegen.docs.DocsOptions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the watch goal watches and re-runs.
 *
 * @param check the check to re-run (its schema and suite directories are the ones watched)
 * @param docs the docs to re-render, or {@code null} for none
 * @param displayBase file names are printed relative to this directory
 * @param settle how long to wait after a change for further changes of the same save (editors write in several steps)
 */
public record WatchOptions(CheckOptions check, DocsOptions docs, Path displayBase, Duration settle) {
}
