package dev.withheld.codegen;

import dev.withheld.codegen.goal.ArtifactCoordinates;
import dev.withheld.codegen.goal.ArtifactResolver;
import dev.withheld.codegen.goal.CompatGoal;
import dev.withheld.codegen.goal.GenerateGoal;
import dev.withheld.codegen.goal.GoalFailure;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Compares the schemas with a previous revision (a directory, or a released artifact by Maven
 * coordinates) and reports each change with a stable rule id, a severity and whether it breaks
 * senders or receivers; a JSON report goes to {@code target/}. Fails the build on breaking changes
 * as {@code failOn} says.
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompatMojo extends AbstractMojo {

    /**
     * Directory holding the current schemas (JSON or YAML, searched recursively; files that are not
     * schemas, such as {@code *.suite.json} suites, are skipped). The same parameter as the check and
     * docs goals, so one plugin-level setting serves all three.
     */
    @Parameter(property = "withheld.schemaDirectory", defaultValue = "${project.basedir}/" + GenerateGoal.DEFAULT_SOURCE_DIRECTORY)
    private File schemaDirectory;

    /** Directory holding the previous revision of the schemas. Give this or {@code previousArtifact}. */
    @Parameter(property = "withheld.compat.previousDirectory")
    private File previousDirectory;

    /**
     * The previous revision as a released artifact: {@code groupId:artifactId:version} (or
     * {@code groupId:artifactId:extension[:classifier]:version}), resolved from the project's
     * repositories. Give this or {@code previousDirectory}.
     */
    @Parameter(property = "withheld.compat.previousArtifact")
    private String previousArtifact;

    /** Folder inside the previous artifact that holds the schemas; empty for the whole artifact. */
    @Parameter(property = "withheld.compat.previousArtifactPath")
    private String previousArtifactPath;

    /** Glob patterns (relative to each revision's directory) of the files to compare. Default: JSON and YAML. */
    @Parameter
    private List<String> includes;

    /** Glob patterns of files to leave out. */
    @Parameter
    private List<String> excludes;

    /**
     * Which breaking changes fail the build: {@code none}, {@code senders}, {@code receivers} or
     * {@code any}.
     */
    @Parameter(property = "withheld.compat.failOn", defaultValue = CompatGoal.DEFAULT_FAIL_ON)
    private String failOn;

    /**
     * Also fail on changes that only may break (warnings: a new known value of an open enumeration,
     * a keyword this check does not analyse), within what {@code failOn} selects.
     */
    @Parameter(property = "withheld.compat.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the JSON report ({@code compat-report.json}) goes. */
    @Parameter(property = "withheld.compat.reportDirectory", defaultValue = "${project.build.directory}/" + CompatGoal.DEFAULT_REPORT_DIRECTORY)
    private File reportDirectory;

    /** Where a previous artifact is unpacked. */
    @Parameter(defaultValue = "${project.build.directory}/" + CompatGoal.UNPACK_DIRECTORY, readonly = true)
    private File unpackDirectory;

    /** Skip the comparison. */
    @Parameter(property = "withheld.compat.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    private final RepositorySystem repositorySystem;

    /** Maven injects the resolver that finds a previous revision given by coordinates. */
    @Inject
    public CompatMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CompatGoal goal = new CompatGoal(project.getBasedir().toPath(), schemaDirectory.toPath(),
                previousDirectory == null ? null : previousDirectory.toPath(), previousArtifact, previousArtifactPath, includes, excludes,
                failOn, failOnWarning, reportDirectory.toPath(), unpackDirectory.toPath(), skip);
        try {
            goal.run(new MavenLog(getLog()), this::resolve);
        } catch (GoalFailure failure) {
            throw new MojoFailureException(failure.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The previous artifact from the project's repositories, as the build resolves its own dependencies. */
    private Path resolve(ArtifactCoordinates coordinates) throws ArtifactResolver.NotFound {
        Artifact artifact = new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(), coordinates.classifier(),
                coordinates.extension(), coordinates.version());
        ArtifactRequest request = new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null);
        try {
            Artifact resolved = repositorySystem.resolveArtifact(session.getRepositorySession(), request).getArtifact();
            getLog().debug("Previous revision " + coordinates + " resolved to " + resolved.getFile());
            return resolved.getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new ArtifactResolver.NotFound(e.getMessage() == null ? "not found" : e.getMessage());
        }
    }
}
