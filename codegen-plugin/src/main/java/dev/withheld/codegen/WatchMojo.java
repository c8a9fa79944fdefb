package dev.withheld.codegen;

import dev.withheld.codegen.check.CheckOptions;
import dev.withheld.codegen.docs.DocsOptions;
import dev.withheld.codegen.docs.DocumentedEvent;
import dev.withheld.codegen.goal.CheckGoal;
import dev.withheld.codegen.goal.DocsGoal;
import dev.withheld.codegen.goal.GoalFailure;
import dev.withheld.codegen.watch.SpecWatcher;
import dev.withheld.codegen.watch.WatchOptions;
import java.io.File;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Keeps running, and on every change of a schema or suite file re-runs the {@code check} and the
 * {@code docs} for what the change affects, printing the findings and the time from the save to
 * the result. Start it with {@code mvn withheld-codegen:watch}; stop it with Ctrl+C.
 *
 * <p>It reads the same configuration as {@code check} and {@code docs} (put it at plugin level).
 * With {@code -Dwithheld.docs.update} it keeps the checked-in docs in step as you edit.
 */
@Mojo(name = "watch", threadSafe = true)
public class WatchMojo extends AbstractSpecMojo {

    /** As for {@code check}: the $id prefix every schema's $id must start with, followed by its path. */
    @Parameter(property = "withheld.idPrefix")
    private String idPrefix;

    /** As for {@code check}: lint rules switched off everywhere. */
    @Parameter
    private List<String> disabledRules;

    /** As for {@code docs}: the events to document; without them only the check re-runs. */
    @Parameter
    private List<DocumentedEvent> events;

    /** As for {@code docs}. */
    @Parameter(property = "withheld.docs.outputDirectory", defaultValue = "${project.build.directory}/" + DocsGoal.DEFAULT_OUTPUT_DIRECTORY)
    private File outputDirectory;

    /** As for {@code docs}: where the checked-in copies live. */
    @Parameter(property = "withheld.docs.checkedInDirectory")
    private File checkedInDirectory;

    /** Rewrite the checked-in docs on every change instead of reporting them stale. */
    @Parameter(property = "withheld.docs.update", defaultValue = "false")
    private boolean update;

    /** Milliseconds to wait after a change for the rest of the same save. */
    @Parameter(property = "withheld.watch.settleMillis", defaultValue = "30")
    private long settleMillis;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckOptions check;
        try {
            check = CheckGoal.options(schemaDirectory(), suiteDirectory(), idPrefix, disabledRules);
        } catch (GoalFailure failure) {
            throw new MojoFailureException(failure.getMessage());
        }
        DocsOptions docs = events == null || events.isEmpty() ? null
                : new DocsGoal(basedir(), schemaDirectory(), suiteDirectory(), events, outputDirectory.toPath(), path(checkedInDirectory),
                        update, refreshCommand() + ", or watch with -Dwithheld.docs.update", false).options();
        WatchOptions options = new WatchOptions(check, docs, basedir(), Duration.ofMillis(settleMillis));
        SpecWatcher watcher = new SpecWatcher(options, (level, line) -> {
            switch (level) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        }, round -> { });
        Thread stopOnExit = new Thread(watcher::stop, "withheld-watch-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            watcher.run();
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
