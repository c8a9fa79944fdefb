package dev.withheld.codegen.goal;

import dev.withheld.codegen.generate.BuildRuleSet;
import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.generate.ModelGenerator;
import dev.withheld.codegen.generate.SchemaProblem;
import dev.withheld.codegen.normalize.Draft;
import dev.withheld.codegen.output.GeneratedFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code generate} goal: Java model classes from JSON or YAML schemas, written incrementally (only changed files
 * are rewritten; nothing at all when no schema and no parameter changed).
 *
 * @param sourceDirectory directory holding the schemas
 * @param includes globs of schemas that become classes; {@code null} or empty for every JSON and YAML file
 * @param excludes globs of schemas not turned into classes; {@code null} for none
 * @param targetPackage package of the generated classes
 * @param outputDirectory directory that receives the generated sources
 * @param includeSetters generate public setters
 * @param useLongIntegers every {@code integer} becomes {@code Long}
 * @param useBigIntegers every {@code integer} becomes {@code BigInteger}
 * @param useBigDecimals {@code number} becomes {@code BigDecimal}
 * @param useTitleAsClassname name classes after {@code title}
 * @param requireCompleteChecks fail when a rule cannot be compiled into the generated checks
 * @param streamingReaders also generate {@code readJson(JsonParser)} on Jackson 3's streaming API
 * @param records generate records instead of classes for the objects of one shape
 * @param defaultDraft the draft of a schema without a known {@code $schema}, as the user wrote it
 * @param baseDirectory the directory {@code $ref}s may reach into besides {@code sourceDirectory}; {@code null} for none
 * @param buildRuleSets other schemas whose rules builders follow (see {@link BuildRuleSet}); {@code null} for none
 * @param skip do nothing
 */
public record GenerateGoal(Path sourceDirectory, List<String> includes, List<String> excludes, String targetPackage,
        Path outputDirectory, boolean includeSetters, boolean useLongIntegers, boolean useBigIntegers, boolean useBigDecimals,
        boolean useTitleAsClassname, boolean requireCompleteChecks, boolean streamingReaders, boolean records, String defaultDraft,
        Path baseDirectory, List<BuildRuleSet> buildRuleSets, boolean skip) {

    /** Where the schemas are, below the project's directory, unless {@code sourceDirectory} says otherwise. */
    public static final String DEFAULT_SOURCE_DIRECTORY = "src/main/schema";
    /** Where the sources go, below the build directory, unless {@code outputDirectory} says otherwise. */
    public static final String DEFAULT_OUTPUT_DIRECTORY = "generated-sources/withheld-codegen";
    /** The draft of a schema that names none, unless {@code defaultDraft} says otherwise. */
    public static final String DEFAULT_DRAFT = "2020-12";

    /**
     * Generates the classes.
     *
     * @return whether the goal ran (it did not when skipped); the sources are then in {@code outputDirectory}
     * @throws GoalFailure for a mistake in a schema or a parameter
     * @throws java.io.UncheckedIOException when a file cannot be read or written
     */
    public boolean run(GoalLog log) {
        if (skip) {
            log.info("Code generation skipped.");
            return false;
        }
        Draft draft;
        try {
            draft = Draft.parse(defaultDraft == null ? DEFAULT_DRAFT : defaultDraft);
        } catch (IllegalArgumentException e) {
            throw new GoalFailure("defaultDraft: " + e.getMessage());
        }
        GenerationRequest request;
        try {
            request = new GenerationRequest(sourceDirectory, includes, excludes, targetPackage, outputDirectory, includeSetters,
                    useLongIntegers, useBigIntegers, useBigDecimals, useTitleAsClassname, requireCompleteChecks, streamingReaders, records,
                    baseDirectory, draft, buildRuleSets);
        } catch (IllegalArgumentException e) {
            throw new GoalFailure(e.getMessage());
        }
        try {
            new ModelGenerator(log::info, log::warn).generate(request);
        } catch (SchemaProblem | GeneratedFiles.UnsafeOutputPathException problem) {
            throw new GoalFailure(problem.getMessage());
        }
        return true;
    }
}
