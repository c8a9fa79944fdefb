package dev.withheld.codegen;

import dev.withheld.codegen.docs.DocumentedEvent;
import dev.withheld.codegen.goal.DocsGoal;
import dev.withheld.codegen.goal.GoalFailure;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders each configured event schema as Markdown in the layout of the Matrix spec's event
 * tables (Name | Type | Description), with conditional requirements in words derived from
 * {@code if}/{@code then}/{@code else}, enum values with their meanings, and the suites' valid
 * cases as examples.
 *
 * <p>Events that name their schema revision also make the changelog, {@code CHANGELOG.md}: what changes for senders
 * and for receivers from each revision to the next, as the {@code compat} goal's check finds it.
 *
 * <p>The files are generated into {@code outputDirectory}. With {@code checkedInDirectory}, the
 * build fails when a checked-in copy differs, and {@code -Dwithheld.docs.update} rewrites it.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DocsMojo extends AbstractSpecMojo {

    /**
     * The events to document: {@code <event><schema>path below schemaDirectory</schema><name>m.room_key.withheld</name></event>}.
     * The name is the heading and the file name ({@code m.room_key.withheld.md}). With {@code <revision>v1.1</revision>},
     * the folder of the event's schema is that revision of the schemas; the events that name a revision, oldest first,
     * make {@code CHANGELOG.md}: each revision compared with the one before by the compatibility check.
     */
    @Parameter(required = true)
    private List<DocumentedEvent> events;

    /** Where the Markdown files are generated. */
    @Parameter(property = "withheld.docs.outputDirectory", defaultValue = "${project.build.directory}/" + DocsGoal.DEFAULT_OUTPUT_DIRECTORY)
    private File outputDirectory;

    /** Where the checked-in copies live (for example {@code ${project.basedir}/docs}); unset keeps none. */
    @Parameter(property = "withheld.docs.checkedInDirectory")
    private File checkedInDirectory;

    /** Rewrite stale or missing checked-in copies instead of failing the build. */
    @Parameter(property = "withheld.docs.update", defaultValue = "false")
    private boolean update;

    /** Skip the docs. */
    @Parameter(property = "withheld.docs.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DocsGoal goal = new DocsGoal(basedir(), schemaDirectory(), suiteDirectory(), events, outputDirectory.toPath(),
                path(checkedInDirectory), update, refreshCommand(), skip);
        try {
            goal.run(new MavenLog(getLog()));
        } catch (GoalFailure failure) {
            throw new MojoFailureException(failure.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
