package dev.withheld.codegen.cli;

import dev.withheld.codegen.goal.CheckGoal;
import dev.withheld.codegen.goal.GenerateGoal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check}: meta-schema, {@code $ref}s, example suites and lint rules. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Checks JSON Schemas for spec editors, as the check goal does: meta-schema, $refs, example suites, lint rules.",
        description = "Each finding names file, line, column, JSON Pointer and rule id. The check fails on any error (and on"
                + " warnings with failOnWarning). Reports: check-report.json in reportDirectory, JUnit XML"
                + " (TEST-withheld-check.xml) in testReportDirectory.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private ProjectOptions project;

    @Spec
    private CommandSpec spec;

    @Option(names = "--schemaDirectory", paramLabel = "DIR", description = "Directory holding the schemas. Default: src/main/schema.")
    private Path schemaDirectory;

    @Option(names = "--suiteDirectory", paramLabel = "DIR",
            description = "Directory holding the example suites (*.suite.json). Default: src/test/suites.")
    private Path suiteDirectory;

    @Option(names = "--idPrefix", paramLabel = "URI",
            description = "When set, every schema's $id must be this prefix followed by the file's path below schemaDirectory.")
    private String idPrefix;

    @Option(names = "--disabledRules", paramLabel = "RULE", split = ",",
            description = "Lint rules to switch off everywhere, by id (lint/missing-description) or short name.")
    private List<String> disabledRules;

    @Option(names = "--failOnWarning", arity = "0..1", paramLabel = "BOOL", description = "Fail on warnings too.")
    private boolean failOnWarning;

    @Option(names = "--reportDirectory", paramLabel = "DIR", description = "Where the JSON report goes. Default: BUILD/withheld-check.")
    private Path reportDirectory;

    @Option(names = "--testReportDirectory", paramLabel = "DIR",
            description = "Where the JUnit XML report goes. Default: BUILD/surefire-reports.")
    private Path testReportDirectory;

    @Option(names = "--skip", arity = "0..1", paramLabel = "BOOL", description = "Skip the check.")
    private boolean skip;

    @Override
    public Integer call() {
        CheckGoal goal = new CheckGoal(project.basedir(), project.inProject(schemaDirectory, GenerateGoal.DEFAULT_SOURCE_DIRECTORY),
                project.inProject(suiteDirectory, CheckGoal.DEFAULT_SUITE_DIRECTORY), idPrefix, disabledRules, failOnWarning,
                project.inBuild(reportDirectory, CheckGoal.DEFAULT_REPORT_DIRECTORY),
                project.inBuild(testReportDirectory, CheckGoal.DEFAULT_TEST_REPORT_DIRECTORY), skip);
        return CodegenCommand.runGoal(spec.commandLine().getOut(), spec.commandLine().getErr(), goal::run);
    }
}
