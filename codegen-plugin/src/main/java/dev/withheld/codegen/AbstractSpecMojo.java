package dev.withheld.codegen;

import dev.withheld.codegen.docs.RefreshCommand;
import dev.withheld.codegen.goal.CheckGoal;
import dev.withheld.codegen.goal.GenerateGoal;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the spec-editor goals ({@code check}, {@code docs} and {@code watch}) share: where the schemas
 * and the suites are, declared once so that the goals cannot drift apart and one plugin-level setting
 * serves them all.
 */
abstract class AbstractSpecMojo extends AbstractMojo {

    /** Directory holding the schemas (JSON or YAML, searched recursively; {@code *.suite.json} files are suites, not schemas). */
    @Parameter(property = "withheld.schemaDirectory", defaultValue = "${project.basedir}/" + GenerateGoal.DEFAULT_SOURCE_DIRECTORY)
    private File schemaDirectory;

    /**
     * Directory holding the example suites ({@code *.suite.json}): the check runs their cases, the docs
     * show their valid cases as examples. None are used when it does not exist.
     */
    @Parameter(property = "withheld.suiteDirectory", defaultValue = "${project.basedir}/" + CheckGoal.DEFAULT_SUITE_DIRECTORY)
    private File suiteDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The project directory; file names are shown relative to it. */
    protected Path basedir() {
        return basedir.toPath();
    }

    protected Path schemaDirectory() {
        return schemaDirectory.toPath();
    }

    protected Path suiteDirectory() {
        return suiteDirectory.toPath();
    }

    /** The command that refreshes stale checked-in docs, run from where this build was started. */
    protected String refreshCommand() {
        return RefreshCommand.of(Path.of(session.getExecutionRootDirectory()), basedir());
    }

    protected static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
