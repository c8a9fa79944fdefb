package dev.withheld.codegen;

import dev.withheld.codegen.check.CheckOptions;
import dev.withheld.codegen.check.CheckRule;
import dev.withheld.codegen.docs.DocsOptions;
import dev.withheld.codegen.docs.DocumentedEvent;
import dev.withheld.codegen.docs.RefreshCommand;
import dev.withheld.codegen.watch.SpecWatcher;
import dev.withheld.codegen.watch.WatchOptions;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
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
public class WatchMojo extends AbstractMojo {

    /** Directory holding the schemas. */
    @Parameter(property = "withheld.schemaDirectory", defaultValue = "${project.basedir}/src/main/schema")
    private File schemaDirectory;

    /** Directory holding the example suites. */
    @Parameter(property = "withheld.suiteDirectory", defaultValue = "${project.basedir}/src/test/suites")
    private File suiteDirectory;

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
    @Parameter(property = "withheld.docs.outputDirectory", defaultValue = "${project.build.directory}/withheld-docs")
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

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!schemaDirectory.isDirectory()) {
            throw new MojoFailureException("The schema directory " + schemaDirectory + " does not exist; set <schemaDirectory> to the folder that holds the schemas.");
        }
        Set<CheckRule> disabled;
        try {
            disabled = CheckOptions.lintRules(disabledRules);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("<disabledRules>: " + e.getMessage());
        }
        CheckOptions check = new CheckOptions(schemaDirectory.toPath(), suiteDirectory.toPath(), idPrefix, disabled);
        DocsOptions docs = events == null || events.isEmpty() ? null
                : new DocsOptions(schemaDirectory.toPath(), suiteDirectory.toPath(), events, outputDirectory.toPath(),
                        checkedInDirectory == null ? null : checkedInDirectory.toPath(), update,
                        RefreshCommand.of(Path.of(session.getExecutionRootDirectory()), basedir.toPath()) + ", or watch with -Dwithheld.docs.update");
        WatchOptions options = new WatchOptions(check, docs, basedir.toPath(), Duration.ofMillis(settleMillis));
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
