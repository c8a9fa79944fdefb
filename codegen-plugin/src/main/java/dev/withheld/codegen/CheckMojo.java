package dev.withheld.codegen;

import dev.withheld.codegen.goal.CheckGoal;
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
    @Parameter(property = "withheld.check.reportDirectory", defaultValue = "${project.build.directory}/" + CheckGoal.DEFAULT_REPORT_DIRECTORY)
    private File reportDirectory;

    /**
     * Where the JUnit XML report goes: by default beside Surefire's reports, so that whatever shows the build's
     * test results (a CI server, {@code surefire-report}) shows every schema file and suite case as a test.
     */
    @Parameter(property = "withheld.check.testReportDirectory", defaultValue = "${project.build.directory}/" + CheckGoal.DEFAULT_TEST_REPORT_DIRECTORY)
    private File testReportDirectory;

    /** Skip the check. */
    @Parameter(property = "withheld.check.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckGoal goal = new CheckGoal(basedir(), schemaDirectory(), suiteDirectory(), idPrefix, disabledRules, failOnWarning,
                reportDirectory.toPath(), testReportDirectory.toPath(), skip);
        try {
            goal.run(new MavenLog(getLog()));
        } catch (GoalFailure failure) {
            throw new MojoFailureException(failure.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
