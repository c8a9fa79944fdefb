package dev.withheld.codegen;

import dev.withheld.codegen.compat.ArtifactSchemas;
import dev.withheld.codegen.compat.Change;
import dev.withheld.codegen.compat.CompatibilityChecker;
import dev.withheld.codegen.compat.CompatibilityProblem;
import dev.withheld.codegen.compat.CompatibilityReport;
import dev.withheld.codegen.compat.FailOn;
import dev.withheld.codegen.compat.SchemaRevision;
import dev.withheld.codegen.compat.Severity;
import dev.withheld.codegen.generate.SchemaProblem;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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
    @Parameter(property = "withheld.schemaDirectory", defaultValue = "${project.basedir}/src/main/schema")
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
    @Parameter(property = "withheld.compat.failOn", defaultValue = "any")
    private String failOn;

    /**
     * Also fail on changes that only may break (warnings: a new known value of an open enumeration,
     * a keyword this check does not analyse), within what {@code failOn} selects.
     */
    @Parameter(property = "withheld.compat.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the JSON report ({@code compat-report.json}) goes. */
    @Parameter(property = "withheld.compat.reportDirectory", defaultValue = "${project.build.directory}/withheld-compat")
    private File reportDirectory;

    /** Where a previous artifact is unpacked. */
    @Parameter(defaultValue = "${project.build.directory}/withheld-compat/previous", readonly = true)
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
        if (skip) {
            getLog().info("Compatibility check skipped.");
            return;
        }
        try {
            FailOn failure = FailOn.parse(failOn);
            SchemaRevision previous = loadPrevious();
            SchemaRevision current = SchemaRevision.load("current (" + relative(schemaDirectory.toPath()) + ")",
                    schemaDirectory.toPath(), includes, excludes);
            CompatibilityReport report = new CompatibilityChecker().compare(previous, current);
            log(report);
            Path reportFile = reportDirectory.toPath().resolve("compat-report.json");
            report.writeJson(reportFile);
            getLog().info("Compatibility report: " + relative(reportFile));
            List<Change> failing = failure.failing(report, failOnWarning);
            if (!failing.isEmpty()) {
                throw new MojoFailureException(failureMessage(failure, failing));
            }
        } catch (CompatibilityProblem | SchemaProblem problem) {
            throw new MojoFailureException(problem.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private SchemaRevision loadPrevious() throws MojoFailureException {
        boolean directory = previousDirectory != null;
        boolean artifact = previousArtifact != null && !previousArtifact.isBlank();
        if (directory == artifact) {
            throw new MojoFailureException("Say which previous revision to compare with: set either previousDirectory"
                    + " (a folder of schemas) or previousArtifact (groupId:artifactId:version of a released schema"
                    + " artifact), " + (directory ? "not both." : "for example -Dwithheld.compat.previousArtifact="
                            + "dev.withheld:withheld-schema:0.1.0"));
        }
        if (directory) {
            return SchemaRevision.load("previous (" + relative(previousDirectory.toPath()) + ")",
                    previousDirectory.toPath(), includes, excludes);
        }
        String coordinates = previousArtifact.strip();
        Path file = resolve(coordinates);
        Path unpacked = ArtifactSchemas.unpack(file, previousArtifactPath, unpackDirectory.toPath(), coordinates);
        return SchemaRevision.load("previous (" + coordinates + ")", unpacked, includes, excludes);
    }

    private Path resolve(String coordinates) throws MojoFailureException {
        Artifact artifact;
        try {
            artifact = new DefaultArtifact(coordinates);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("previousArtifact \"" + coordinates + "\" is not Maven coordinates;"
                    + " write groupId:artifactId:version, for example dev.withheld:withheld-schema:0.1.0.");
        }
        ArtifactRequest request = new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null);
        try {
            Artifact resolved = repositorySystem.resolveArtifact(session.getRepositorySession(), request).getArtifact();
            getLog().debug("Previous revision " + coordinates + " resolved to " + resolved.getFile());
            return resolved.getFile().toPath();
        } catch (ArtifactResolutionException e) {
            String reason = e.getMessage() == null ? "not found" : e.getMessage().strip().replaceAll("\\.+$", "");
            throw new MojoFailureException("Cannot resolve the previous revision " + coordinates + ": "
                    + reason + ". Check the coordinates and the version (a released one), or compare with a"
                    + " folder through previousDirectory.");
        }
    }

    private void log(CompatibilityReport report) {
        List<String> lines = report.lines();
        getLog().info(lines.get(0));
        for (int i = 0; i < report.changes().size(); i++) {
            Change change = report.changes().get(i);
            if (change.severity() == Severity.INFO) {
                getLog().info(lines.get(i + 1));
            } else {
                getLog().warn(lines.get(i + 1));
            }
        }
    }

    private static String failureMessage(FailOn failure, List<Change> failing) {
        String rules = failing.stream()
                .map(c -> c.rule().id() + " " + c.displayPath())
                .collect(Collectors.joining(", "));
        return "The schemas have " + failing.size() + (failing.size() == 1 ? " change" : " changes") + " that "
                + (failure == FailOn.SENDERS ? "break senders" : failure == FailOn.RECEIVERS ? "break receivers"
                        : "break senders or receivers")
                + " (failOn=" + failure.id() + "): " + rules + ". See the lines above for what each means. If the"
                + " changes are intended, set failOn to none" + (failure == FailOn.ANY
                        ? " (report only), or to senders or receivers to fail for one side only." : " (report only).");
    }

    /** A path as people type it in this project: relative to its base directory. */
    private String relative(Path path) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path normal = path.toAbsolutePath().normalize();
        try {
            return base.relativize(normal).toString().replace('\\', '/');
        } catch (IllegalArgumentException otherRoot) {
            return normal.toString();
        }
    }
}
