package dev.withheld.codegen.goal;

import dev.withheld.codegen.compat.ArtifactSchemas;
import dev.withheld.codegen.compat.Change;
import dev.withheld.codegen.compat.CompatibilityChecker;
import dev.withheld.codegen.compat.CompatibilityProblem;
import dev.withheld.codegen.compat.CompatibilityReport;
import dev.withheld.codegen.compat.FailOn;
import dev.withheld.codegen.compat.SchemaRevision;
import dev.withheld.codegen.compat.Severity;
import dev.withheld.codegen.generate.SchemaProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code compat} goal: compares the schemas with a previous revision (a directory, or a released artifact by
 * coordinates), logs every change, writes {@code compat-report.json}, and fails on breaking changes as {@code failOn}
 * says.
 *
 * @param basedir the project's directory; paths in the log are relative to it
 * @param schemaDirectory directory holding the current schemas
 * @param previousDirectory directory holding the previous revision, or {@code null}
 * @param previousArtifact the previous revision as {@code groupId:artifactId:version}, or {@code null}
 * @param previousArtifactPath folder inside the previous artifact that holds the schemas; {@code null} for all of it
 * @param includes globs of the files to compare; {@code null} for JSON and YAML
 * @param excludes globs of files to leave out; {@code null} for none
 * @param failOn which breaking changes fail: {@code none}, {@code senders}, {@code receivers} or {@code any}
 * @param failOnWarning also fail on changes that only may break
 * @param reportDirectory where {@code compat-report.json} goes
 * @param unpackDirectory where a previous artifact is unpacked
 * @param skip do nothing
 */
public record CompatGoal(Path basedir, Path schemaDirectory, Path previousDirectory, String previousArtifact,
        String previousArtifactPath, List<String> includes, List<String> excludes, String failOn, boolean failOnWarning,
        Path reportDirectory, Path unpackDirectory, boolean skip) {

    /** Which breaking changes fail, unless {@code failOn} says otherwise. */
    public static final String DEFAULT_FAIL_ON = "any";
    /** Where the report goes, below the build directory, unless {@code reportDirectory} says otherwise. */
    public static final String DEFAULT_REPORT_DIRECTORY = "withheld-compat";
    /** Where a previous artifact is unpacked, below the build directory. */
    public static final String UNPACK_DIRECTORY = "withheld-compat/previous";

    /**
     * Compares, logs every change and writes the report.
     *
     * @param resolver finds the file of {@code previousArtifact}
     * @return the report, or {@code null} when skipped
     * @throws GoalFailure on failing changes, or a mistake in a parameter or a schema
     * @throws java.io.UncheckedIOException when a file cannot be read or written
     */
    public CompatibilityReport run(GoalLog log, ArtifactResolver resolver) {
        if (skip) {
            log.info("Compatibility check skipped.");
            return null;
        }
        try {
            FailOn failure = FailOn.parse(failOn == null ? DEFAULT_FAIL_ON : failOn);
            SchemaRevision previous = loadPrevious(resolver);
            SchemaRevision current = SchemaRevision.load("current (" + relative(schemaDirectory) + ")", schemaDirectory, includes, excludes);
            CompatibilityReport report = new CompatibilityChecker().compare(previous, current);
            log(report, log);
            Path reportFile = reportDirectory.resolve("compat-report.json");
            report.writeJson(reportFile);
            log.info("Compatibility report: " + relative(reportFile));
            List<Change> failing = failure.failing(report, failOnWarning);
            if (!failing.isEmpty()) {
                throw new GoalFailure(failureMessage(failure, failing));
            }
            return report;
        } catch (CompatibilityProblem | SchemaProblem problem) {
            throw new GoalFailure(problem.getMessage());
        }
    }

    private SchemaRevision loadPrevious(ArtifactResolver resolver) {
        boolean directory = previousDirectory != null;
        boolean artifact = previousArtifact != null && !previousArtifact.isBlank();
        if (directory == artifact) {
            throw new GoalFailure("Say which previous revision to compare with: set either previousDirectory"
                    + " (a folder of schemas) or previousArtifact (groupId:artifactId:version of a released schema"
                    + " artifact), " + (directory ? "not both." : "for example previousArtifact dev.withheld:withheld-schema:0.1.0"
                            + " (in Maven -Dwithheld.compat.previousArtifact=dev.withheld:withheld-schema:0.1.0)."));
        }
        if (directory) {
            return SchemaRevision.load("previous (" + relative(previousDirectory) + ")", previousDirectory, includes, excludes);
        }
        String coordinates = previousArtifact.strip();
        ArtifactCoordinates parsed;
        try {
            parsed = ArtifactCoordinates.parse(coordinates);
        } catch (IllegalArgumentException e) {
            throw new GoalFailure("previousArtifact \"" + coordinates + "\" is not Maven coordinates;"
                    + " write groupId:artifactId:version, for example dev.withheld:withheld-schema:0.1.0.");
        }
        Path file;
        try {
            file = resolver.resolve(parsed);
        } catch (ArtifactResolver.NotFound e) {
            String reason = e.getMessage() == null ? "not found" : e.getMessage().strip().replaceAll("\\.+$", "");
            throw new GoalFailure("Cannot resolve the previous revision " + coordinates + ": " + reason + ". Check the coordinates"
                    + " and the version (a released one), or compare with a folder through previousDirectory.");
        }
        Path unpacked = ArtifactSchemas.unpack(file, previousArtifactPath, unpackDirectory, coordinates);
        return SchemaRevision.load("previous (" + coordinates + ")", unpacked, includes, excludes);
    }

    private static void log(CompatibilityReport report, GoalLog log) {
        List<String> lines = report.lines();
        log.info(lines.get(0));
        for (int i = 0; i < report.changes().size(); i++) {
            if (report.changes().get(i).severity() == Severity.INFO) {
                log.info(lines.get(i + 1));
            } else {
                log.warn(lines.get(i + 1));
            }
        }
    }

    private static String failureMessage(FailOn failure, List<Change> failing) {
        String rules = failing.stream().map(c -> c.rule().id() + " " + c.displayPath()).collect(Collectors.joining(", "));
        return "The schemas have " + failing.size() + (failing.size() == 1 ? " change" : " changes") + " that "
                + (failure == FailOn.SENDERS ? "break senders" : failure == FailOn.RECEIVERS ? "break receivers"
                        : "break senders or receivers")
                + " (failOn=" + failure.id() + "): " + rules + ". See the lines above for what each means. If the"
                + " changes are intended, set failOn to none" + (failure == FailOn.ANY
                        ? " (report only), or to senders or receivers to fail for one side only." : " (report only).");
    }

    /** A path as people type it in this project: relative to its base directory. */
    private String relative(Path path) {
        Path base = basedir.toAbsolutePath().normalize();
        Path normal = path.toAbsolutePath().normalize();
        try {
            return base.relativize(normal).toString().replace('\\', '/');
        } catch (IllegalArgumentException otherRoot) {
            return normal.toString();
        }
    }
}
