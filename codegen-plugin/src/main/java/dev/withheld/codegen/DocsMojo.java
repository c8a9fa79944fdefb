package dev.withheld.codegen;

import dev.withheld.codegen.docs.DocsGenerator;
import dev.withheld.codegen.docs.DocsOptions;
import dev.withheld.codegen.docs.DocsProblem;
import dev.withheld.codegen.docs.DocsResult;
import dev.withheld.codegen.docs.DocumentedEvent;
import dev.withheld.codegen.check.Finding;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * <p>The files are generated into {@code outputDirectory}. With {@code checkedInDirectory}, the
 * build fails when the checked-in copy differs, and {@code -Dwithheld.docs.update} rewrites it.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DocsMojo extends AbstractSpecMojo {

    /**
     * The events to document: {@code <event><schema>path below schemaDirectory</schema><name>m.room_key.withheld</name></event>}.
     * The name is the heading and the file name ({@code m.room_key.withheld.md}).
     */
    @Parameter(required = true)
    private List<DocumentedEvent> events;

    /** Where the Markdown files are generated. */
    @Parameter(property = "withheld.docs.outputDirectory", defaultValue = "${project.build.directory}/withheld-docs")
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
        if (skip) {
            getLog().info("Docs skipped.");
            return;
        }
        DocsOptions options = docsOptions(events, outputDirectory, checkedInDirectory, update, refreshCommand());
        DocsResult result;
        try {
            result = new DocsGenerator().run(options);
        } catch (DocsProblem problem) {
            throw new MojoFailureException(problem.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path base = basedir();
        for (DocsResult.Document document : result.documents()) {
            String generated = Finding.display(document.generated(), base);
            switch (document.status()) {
                case GENERATED -> getLog().info("Docs of " + document.event().getName() + ": " + generated);
                case UP_TO_DATE -> getLog().info("Docs of " + document.event().getName() + ": " + generated + "; "
                        + Finding.display(document.checkedIn(), base) + " is up to date");
                case UPDATED -> getLog().warn("Docs of " + document.event().getName() + ": rewrote " + Finding.display(document.checkedIn(), base)
                        + " (-Dwithheld.docs.update); commit it");
                case STALE, MISSING -> getLog().error("Docs of " + document.event().getName() + ": " + Finding.display(document.checkedIn(), base)
                        + (document.status() == DocsResult.Status.MISSING ? " does not exist" : " is out of date"));
            }
        }
        if (result.outOfDate()) {
            throw new MojoFailureException("Checked-in docs are out of date.\n" + DocsGenerator.outOfDateMessage(result, base, options.refreshCommand()));
        }
    }
}
