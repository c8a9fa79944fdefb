package dev.withheld.codegen;

import dev.withheld.codegen.check.CheckOptions;
import dev.withheld.codegen.check.CheckReport;
import dev.withheld.codegen.check.CheckReportWriter;
import dev.withheld.codegen.check.Finding;
import dev.withheld.codegen.check.SchemaCheck;
import dev.withheld.codegen.check.Severity;
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
 * Checks JSON Schemas for spec editors: meta-schema, {@code $ref}s, example suites and lint rules.
 *
 * <p>Each finding names file, line, column, JSON Pointer and rule id. The build fails on any
 * error (and on warnings with {@code failOnWarning}). Reports: {@code check-report.json} in
 * {@code reportDirectory}, and JUnit XML ({@code TEST-withheld-check.xml}) with the build's test
 * reports ({@code testReportDirectory}). Nothing is fetched from the network.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class CheckMojo extends AbstractSpecMojo {

    /** When set, every schema's {@code $id} must be this prefix followed by the file's path below schemaDirectory. */
    @Parameter(property = "withheld.idPrefix")
    private String idPrefix;

    /** Lint rules to switch off everywhere, by id ({@code lint/missing-description}) or short name. */
    @Parameter
    private List<String> disabledRules;

    /** Fail the build on warnings too. */
    @Parameter(property = "withheld.check.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the JSON report goes. */
    @Parameter(property = "withheld.check.reportDirectory", defaultValue = "${project.build.directory}/withheld-check")
    private File reportDirectory;

    /**
     * Where the JUnit XML report goes: by default beside Surefire's reports, so that whatever shows the build's
     * test results (a CI server, {@code surefire-report}) shows every schema file and suite case as a test.
     */
    @Parameter(property = "withheld.check.testReportDirectory", defaultValue = "${project.build.directory}/surefire-reports")
    private File testReportDirectory;

    /** Skip the check. */
    @Parameter(property = "withheld.check.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Schema check skipped.");
            return;
        }
        CheckOptions options = checkOptions(idPrefix, disabledRules);
        Path basedir = basedir();
        CheckReport report;
        CheckReportWriter writer = new CheckReportWriter(basedir);
        List<Path> written;
        try {
            report = new SchemaCheck(options).run();
            written = writer.write(report, reportDirectory.toPath(), testReportDirectory.toPath());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        for (Finding finding : report.findings()) {
            if (finding.severity() == Severity.ERROR) {
                getLog().error(finding.format(basedir));
            } else {
                getLog().warn(finding.format(basedir));
            }
        }
        getLog().info("Schema check: " + report.summary() + " in " + report.millis() + " ms");
        getLog().info("Reports: " + written.stream().map(p -> Finding.display(p, basedir)).reduce((a, b) -> a + ", " + b).orElse(""));
        if (report.failed(failOnWarning)) {
            List<String> lines = failOnWarning && report.errors() == 0
                    ? report.findings().stream().map(f -> f.format(basedir)).toList()
                    : writer.errorLines(report);
            int shown = Math.min(lines.size(), 5);
            throw new MojoFailureException("Schema check failed: " + failureCount(report, failOnWarning) + "\n  "
                    + String.join("\n  ", lines.subList(0, shown))
                    + (lines.size() > shown ? "\n  ... and " + (lines.size() - shown) + " more above" : ""));
        }
    }

    private static String failureCount(CheckReport report, boolean failOnWarning) {
        String errors = report.errors() + " error" + (report.errors() == 1 ? "" : "s");
        return failOnWarning ? errors + ", " + report.warnings() + " warning" + (report.warnings() == 1 ? "" : "s") + " (failOnWarning is on)" : errors;
    }
}
