package dev.withheld.codegen.goal;

import dev.withheld.codegen.check.CheckOptions;
import dev.withheld.codegen.check.CheckReport;
import dev.withheld.codegen.check.CheckReportWriter;
import dev.withheld.codegen.check.CheckRule;
import dev.withheld.codegen.check.Finding;
import dev.withheld.codegen.check.SchemaCheck;
import dev.withheld.codegen.check.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code check} goal: meta-schema, {@code $ref}s, example suites and lint rules, with a JSON report and a JUnit
 * XML report; fails on any error (and on warnings with {@code failOnWarning}).
 *
 * @param basedir the project's directory; file names in the log and the reports are relative to it
 * @param schemaDirectory directory holding the schemas
 * @param suiteDirectory directory holding the example suites; none are run when it does not exist
 * @param idPrefix when set, every {@code $id} must be this prefix followed by the file's path
 * @param disabledRules lint rules switched off everywhere, by id or short name; {@code null} for none
 * @param failOnWarning fail on warnings too
 * @param reportDirectory where the JSON report goes
 * @param testReportDirectory where the JUnit XML report goes
 * @param skip do nothing
 */
public record CheckGoal(Path basedir, Path schemaDirectory, Path suiteDirectory, String idPrefix, List<String> disabledRules,
        boolean failOnWarning, Path reportDirectory, Path testReportDirectory, boolean skip) {

    /** Where the suites are, below the project's directory, unless {@code suiteDirectory} says otherwise. */
    public static final String DEFAULT_SUITE_DIRECTORY = "src/test/suites";
    /** Where the JSON report goes, below the build directory, unless {@code reportDirectory} says otherwise. */
    public static final String DEFAULT_REPORT_DIRECTORY = "withheld-check";
    /** Where the JUnit XML goes, below the build directory: with Surefire's reports, where CI looks for test results. */
    public static final String DEFAULT_TEST_REPORT_DIRECTORY = "surefire-reports";
    /** How many errors the failure message repeats. */
    private static final int REPEATED = 5;

    /**
     * Checks, logs every finding and writes the reports.
     *
     * @return the report, or {@code null} when skipped
     * @throws GoalFailure when the check fails, or a parameter is wrong
     * @throws java.io.UncheckedIOException when a file cannot be read or written
     */
    public CheckReport run(GoalLog log) {
        if (skip) {
            log.info("Schema check skipped.");
            return null;
        }
        CheckOptions options = options(schemaDirectory, suiteDirectory, idPrefix, disabledRules);
        CheckReport report = new SchemaCheck(options).run();
        CheckReportWriter writer = new CheckReportWriter(basedir);
        List<Path> written = writer.write(report, reportDirectory, testReportDirectory);
        for (Finding finding : report.findings()) {
            if (finding.severity() == Severity.ERROR) {
                log.error(finding.format(basedir));
            } else {
                log.warn(finding.format(basedir));
            }
        }
        log.info("Schema check: " + report.summary() + " in " + report.millis() + " ms");
        log.info("Reports: " + written.stream().map(p -> Finding.display(p, basedir)).collect(Collectors.joining(", ")));
        if (report.failed(failOnWarning)) {
            List<String> lines = failOnWarning && report.errors() == 0 ? writer.lines(report) : writer.errorLines(report);
            int shown = Math.min(lines.size(), REPEATED);
            throw new GoalFailure("Schema check failed: " + failureCount(report) + "\n  "
                    + String.join("\n  ", lines.subList(0, shown))
                    + (lines.size() > shown ? "\n  ... and " + (lines.size() - shown) + " more above" : ""));
        }
        return report;
    }

    /**
     * The check's options, or a failure for a person before any work starts: the schema directory is missing, or
     * {@code disabledRules} names something that is not a lint rule. The watch goal builds its options here too.
     */
    public static CheckOptions options(Path schemaDirectory, Path suiteDirectory, String idPrefix, List<String> disabledRules) {
        if (!Files.isDirectory(schemaDirectory)) {
            throw new GoalFailure("The schema directory " + schemaDirectory + " does not exist; set schemaDirectory to the folder"
                    + " that holds the schemas.");
        }
        Set<CheckRule> disabled;
        try {
            disabled = CheckOptions.lintRules(disabledRules);
        } catch (IllegalArgumentException e) {
            throw new GoalFailure("disabledRules: " + e.getMessage());
        }
        return new CheckOptions(schemaDirectory, suiteDirectory, idPrefix, disabled);
    }

    private String failureCount(CheckReport report) {
        String errors = CheckReport.plural(report.errors(), "error");
        return failOnWarning ? errors + ", " + CheckReport.plural(report.warnings(), "warning") + " (failOnWarning is on)" : errors;
    }
}
