package dev.withheld.codegen;

import dev.withheld.codegen.goal.GenerateGoal;
import dev.withheld.codegen.goal.GoalFailure;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java model classes from JSON or YAML schemas and adds them to the compile sources.
 *
 * <p>Only files whose content changed are rewritten; when no schema and no option changed since the
 * last build, nothing is written at all.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** Directory holding the schemas. */
    @Parameter(property = "withheld.codegen.sourceDirectory", defaultValue = "${project.basedir}/" + GenerateGoal.DEFAULT_SOURCE_DIRECTORY)
    private File sourceDirectory;

    /** Glob patterns, relative to sourceDirectory, of schemas that become classes. Default: all JSON and YAML files. */
    @Parameter
    private List<String> includes;

    /** Glob patterns of schemas not to turn into classes (they can still be reached through $ref). */
    @Parameter
    private List<String> excludes;

    /** Java package of the generated classes; sub-directories of sourceDirectory become sub-packages. */
    @Parameter(property = "withheld.codegen.targetPackage", required = true)
    private String targetPackage;

    /** Directory that receives the generated sources; it is added to the compile source roots. */
    @Parameter(property = "withheld.codegen.outputDirectory",
            defaultValue = "${project.build.directory}/" + GenerateGoal.DEFAULT_OUTPUT_DIRECTORY)
    private File outputDirectory;

    /** Generate public setters. Off by default: generated objects are immutable once built. */
    @Parameter(property = "withheld.codegen.includeSetters", defaultValue = "false")
    private boolean includeSetters;

    /**
     * Map every JSON Schema {@code integer} to {@code Long}. Without it, an integer is a {@code Long}
     * unless its {@code minimum} and {@code maximum} prove that it fits an {@code Integer}.
     */
    @Parameter(property = "withheld.codegen.useLongIntegers", defaultValue = "false")
    private boolean useLongIntegers;

    /** Map every JSON Schema {@code integer} to {@code BigInteger}, so that integers beyond 64 bits are read too. */
    @Parameter(property = "withheld.codegen.useBigIntegers", defaultValue = "false")
    private boolean useBigIntegers;

    /**
     * Map JSON Schema {@code number} to {@code BigDecimal}, read digit for digit from the JSON text, so
     * that reading then writing keeps every number's value. {@code false} maps it to {@code Double}, which
     * rounds a decimal beyond 17 significant digits.
     */
    @Parameter(property = "withheld.codegen.useBigDecimals", defaultValue = "true")
    private boolean useBigDecimals;

    /** Name classes after the schema's {@code title} instead of its file or definition name. */
    @Parameter(property = "withheld.codegen.useTitleAsClassname", defaultValue = "false")
    private boolean useTitleAsClassname;

    /**
     * Fail the build when a rule of the schemas cannot be compiled into the generated {@code violations()}
     * checks, instead of warning. For code that relies on the checks being the whole schema.
     */
    @Parameter(property = "withheld.codegen.requireCompleteChecks", defaultValue = "false")
    private boolean requireCompleteChecks;

    /**
     * Also give every class a static {@code readJson(JsonParser)} on Jackson 3's streaming API, which
     * reads an object without data binding (for hot paths such as validation). The project then
     * needs {@code tools.jackson.core:jackson-core} 3.x to compile and run the generated code.
     */
    @Parameter(property = "withheld.codegen.streamingReaders", defaultValue = "false")
    private boolean streamingReaders;

    /**
     * Generate a {@code record} instead of a class for every object schema of one shape, with the same JSON names,
     * types, builder, {@code violations()} and round trip. An object whose shape depends on its values
     * ({@code if}/{@code then}/{@code else}, {@code oneOf}, {@code anyOf}) stays a class, where its variant view lives;
     * the build log notes each one. Cannot be combined with {@code includeSetters}.
     */
    @Parameter(property = "withheld.codegen.records", defaultValue = "false")
    private boolean records;

    /**
     * The JSON Schema draft of a schema that declares none with {@code $schema} (or names a meta-schema
     * the plugin does not know): {@code draft-04}, {@code draft-06}, {@code draft-07}, {@code 2019-09} or
     * {@code 2020-12}. Every draft is read as 2020-12 after one normalisation step.
     */
    @Parameter(property = "withheld.codegen.defaultDraft", defaultValue = GenerateGoal.DEFAULT_DRAFT)
    private String defaultDraft;

    /**
     * The directory that {@code $ref}s may reach into besides {@code sourceDirectory}, relative paths such
     * as {@code ../../api/definitions/x.yaml} included. A reference that leaves both is an error; nothing
     * is ever fetched from the network.
     */
    @Parameter(property = "withheld.codegen.baseDirectory", defaultValue = "${project.basedir}")
    private File baseDirectory;

    /**
     * Other schemas whose rules the builders of generated classes follow, besides each class's own schema:
     * each {@code <buildRule>} names the schema whose class follows it ({@code type}), a constant
     * ({@code name}, such as {@code SENDING}) and the schema of the rules ({@code schema}, often a profile
     * that {@code $ref}s the type and adds rules), both relative to {@code sourceDirectory}. The class gets
     * {@code enum BuildRules}, {@code violations(BuildRules)} and {@code builder(BuildRules)};
     * {@code builder()} follows the first rule set of its class.
     */
    @Parameter
    private List<BuildRule> buildRules;

    /** Skip generation. */
    @Parameter(property = "withheld.codegen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GenerateGoal goal = new GenerateGoal(sourceDirectory.toPath(), includes, excludes, targetPackage, outputDirectory.toPath(),
                includeSetters, useLongIntegers, useBigIntegers, useBigDecimals, useTitleAsClassname, requireCompleteChecks,
                streamingReaders, records, defaultDraft, baseDirectory == null ? null : baseDirectory.toPath(),
                BuildRule.toRuleSets(buildRules), skip);
        boolean generated;
        try {
            generated = goal.run(new MavenLog(getLog()));
        } catch (GoalFailure failure) {
            throw new MojoFailureException(failure.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (generated) {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }
}
