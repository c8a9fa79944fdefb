package dev.withheld.codegen.cli;

import dev.withheld.codegen.generate.BuildRuleSet;
import dev.withheld.codegen.goal.GenerateGoal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: Java model classes from JSON or YAML schemas, rewriting only what changed. */
@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Generates Java model classes from JSON or YAML schemas, as the generate goal does.",
        description = "Only files whose content changed are rewritten; when no schema and no option changed since the last"
                + " run, nothing is written at all.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    private ProjectOptions project;

    @Spec
    private CommandSpec spec;

    @Option(names = "--sourceDirectory", paramLabel = "DIR", description = "Directory holding the schemas. Default: src/main/schema.")
    private Path sourceDirectory;

    @Option(names = "--includes", paramLabel = "GLOB", split = ",",
            description = "Globs, relative to sourceDirectory, of schemas that become classes. Default: every JSON and YAML file.")
    private List<String> includes;

    @Option(names = "--excludes", paramLabel = "GLOB", split = ",",
            description = "Globs of schemas not to turn into classes (they can still be reached through $ref).")
    private List<String> excludes;

    @Option(names = "--targetPackage", paramLabel = "PACKAGE", required = true,
            description = "Java package of the generated classes; sub-directories of sourceDirectory become sub-packages.")
    private String targetPackage;

    @Option(names = "--outputDirectory", paramLabel = "DIR",
            description = "Directory that receives the generated sources. Default: BUILD/generated-sources/withheld-codegen.")
    private Path outputDirectory;

    @Option(names = "--includeSetters", arity = "0..1", paramLabel = "BOOL", description = "Generate public setters.")
    private boolean includeSetters;

    @Option(names = "--useLongIntegers", arity = "0..1", paramLabel = "BOOL", description = "Every integer becomes Long.")
    private boolean useLongIntegers;

    @Option(names = "--useBigIntegers", arity = "0..1", paramLabel = "BOOL", description = "Every integer becomes BigInteger.")
    private boolean useBigIntegers;

    @Option(names = "--useBigDecimals", arity = "0..1", paramLabel = "BOOL", description = "number becomes BigDecimal instead of Double.")
    private boolean useBigDecimals;

    @Option(names = "--useTitleAsClassname", arity = "0..1", paramLabel = "BOOL",
            description = "Name classes after the schema's title instead of its file or definition name.")
    private boolean useTitleAsClassname;

    @Option(names = "--requireCompleteChecks", arity = "0..1", paramLabel = "BOOL",
            description = "Fail when a rule of the schemas cannot be compiled into the generated checks, instead of warning.")
    private boolean requireCompleteChecks;

    @Option(names = "--streamingReaders", arity = "0..1", paramLabel = "BOOL",
            description = "Also generate static readJson(JsonParser) on Jackson 3's streaming API.")
    private boolean streamingReaders;

    @Option(names = "--records", arity = "0..1", paramLabel = "BOOL",
            description = "Generate records instead of classes for the objects of one shape (no if/then/else, oneOf, anyOf).")
    private boolean records;

    @Option(names = "--defaultDraft", paramLabel = "DRAFT",
            description = "Draft of a schema without a $schema the generator knows: draft-04, draft-06, draft-07, 2019-09 or"
                    + " 2020-12. Default: ${DEFAULT-VALUE}.")
    private String defaultDraft;

    @Option(names = "--baseDirectory", paramLabel = "DIR",
            description = "The directory $refs may reach into besides sourceDirectory. Default: the project's directory.")
    private Path baseDirectory;

    @Option(names = "--buildRules", paramLabel = "TYPE:NAME=SCHEMA", split = ",", converter = BuildRuleSetConverter.class,
            description = "Another schema whose rules the builder of TYPE's class follows, besides TYPE itself (both relative to"
                    + " sourceDirectory), as the constant NAME; builder() follows the first one of its class. Repeatable.")
    private List<BuildRuleSet> buildRules;

    /** Reads TYPE:NAME=SCHEMA, with the form in the message when it is not followed. */
    static final class BuildRuleSetConverter implements picocli.CommandLine.ITypeConverter<BuildRuleSet> {
        @Override
        public BuildRuleSet convert(String value) {
            try {
                return BuildRuleSet.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--skip", arity = "0..1", paramLabel = "BOOL", description = "Skip generation.")
    private boolean skip;

    @Override
    public Integer call() {
        GenerateGoal goal = new GenerateGoal(project.inProject(sourceDirectory, GenerateGoal.DEFAULT_SOURCE_DIRECTORY), includes, excludes,
                targetPackage, project.inBuild(outputDirectory, GenerateGoal.DEFAULT_OUTPUT_DIRECTORY), includeSetters, useLongIntegers,
                useBigIntegers, useBigDecimals, useTitleAsClassname, requireCompleteChecks, streamingReaders, records, defaultDraft,
                project.inProject(baseDirectory, "."), buildRules, skip);
        return CodegenCommand.runGoal(spec.commandLine().getOut(), spec.commandLine().getErr(), goal::run);
    }
}
