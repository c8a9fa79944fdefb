package dev.withheld.codegen;

import dev.withheld.codegen.check.CheckOptions;
import dev.withheld.codegen.check.CheckRule;
import dev.withheld.codegen.docs.DocsOptions;
import dev.withheld.codegen.docs.DocumentedEvent;
import dev.withheld.codegen.docs.RefreshCommand;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the spec-editor goals ({@code check}, {@code docs} and {@code watch}) share: where the schemas
 * and the suites are, declared once so that the goals cannot drift apart and one plugin-level setting
 * serves them all, and the options the goals build from them.
 */
abstract class AbstractSpecMojo extends AbstractMojo {

    /** Directory holding the schemas (JSON or YAML, searched recursively; {@code *.suite.json} files are suites, not schemas). */
    @Parameter(property = "withheld.schemaDirectory", defaultValue = "${project.basedir}/src/main/schema")
    private File schemaDirectory;

    /**
     * Directory holding the example suites ({@code *.suite.json}): the check runs their cases, the docs
     * show their valid cases as examples. None are used when it does not exist.
     */
    @Parameter(property = "withheld.suiteDirectory", defaultValue = "${project.basedir}/src/test/suites")
    private File suiteDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The project directory; file names are shown relative to it. */
    protected Path basedir() {
        return basedir.toPath();
    }

    /**
     * The check's options, or a failure for a person before any work starts: the schema directory is
     * missing, or {@code disabledRules} names something that is not a lint rule.
     */
    protected CheckOptions checkOptions(String idPrefix, List<String> disabledRules) throws MojoFailureException {
        if (!schemaDirectory.isDirectory()) {
            throw new MojoFailureException("The schema directory " + schemaDirectory + " does not exist; set <schemaDirectory> to the folder that holds the schemas.");
        }
        Set<CheckRule> disabled;
        try {
            disabled = CheckOptions.lintRules(disabledRules);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("<disabledRules>: " + e.getMessage());
        }
        return new CheckOptions(schemaDirectory.toPath(), suiteDirectory.toPath(), idPrefix, disabled);
    }

    /** The docs' options; {@code refreshCommand} is what the out-of-date message tells a person to run. */
    protected DocsOptions docsOptions(List<DocumentedEvent> events, File outputDirectory, File checkedInDirectory, boolean update,
            String refreshCommand) {
        return new DocsOptions(schemaDirectory.toPath(), suiteDirectory.toPath(), events, outputDirectory.toPath(),
                checkedInDirectory == null ? null : checkedInDirectory.toPath(), update, refreshCommand);
    }

    /** The command that refreshes stale checked-in docs, run from where this build was started. */
    protected String refreshCommand() {
        return RefreshCommand.of(Path.of(session.getExecutionRootDirectory()), basedir());
    }
}
