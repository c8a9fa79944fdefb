package dev.withheld.codegen.generate;

import dev.withheld.codegen.normalize.Draft;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the generator needs to know about one generation: where the schemas are, which of them
 * to use, where the Java sources go, and the options that shape the generated classes.
 *
 * <p>Kept free of Maven types so that the generator can be driven (and tested) without Maven.
 *
 * @param sourceDirectory directory holding the JSON or YAML schemas
 * @param includes glob patterns (relative to {@code sourceDirectory}) of schemas that become classes
 * @param excludes glob patterns of schemas to leave out (they may still be reached by {@code $ref})
 * @param targetPackage Java package of the generated classes; sub-directories become sub-packages
 * @param outputDirectory directory that receives the generated {@code .java} files
 * @param includeSetters whether generated classes get public setters (otherwise immutable after build)
 * @param useLongIntegers map every {@code integer} to {@code Long}, even where the schema's bounds prove
 *     that {@code Integer} is enough (by default an integer is a {@code Long} unless its bounds fit 32 bits)
 * @param useBigIntegers map every {@code integer} to {@code BigInteger}, so that integers beyond 64 bits are read
 * @param useBigDecimals map {@code number} to {@code BigDecimal}, read exactly (the default); {@code false}
 *     maps it to {@code Double}, which rounds decimals beyond 17 significant digits
 * @param useTitleAsClassname name classes after the schema's {@code title} instead of the file or definition name
 * @param requireCompleteChecks fail when a rule of the schemas cannot be compiled into the generated checks
 *     (instead of warning), for code that relies on the checks being the whole schema
 * @param streamingReaders also give every class a static {@code readJson(JsonParser)} on Jackson 3's
 *     streaming API: reads without data binding, for hot paths; the generated code then needs
 *     {@code tools.jackson.core:jackson-core} (3.x) to compile and run
 * @param records generate a {@code record} instead of a class for every object schema of one shape (no
 *     {@code if}/{@code then}/{@code else}, {@code oneOf} or {@code anyOf} of its own, which keep their classes and
 *     variant views); cannot be combined with {@code includeSetters}, since a record's components are final
 * @param baseDirectory the directory that references may reach into besides {@code sourceDirectory}
 *     (the Maven project's base directory); {@code null} means {@code sourceDirectory} alone. Nothing
 *     outside the two is ever read
 * @param defaultDraft the JSON Schema draft of a schema without a {@code $schema} the plugin knows;
 *     {@code null} means 2020-12
 */
public record GenerationRequest(
        Path sourceDirectory,
        List<String> includes,
        List<String> excludes,
        String targetPackage,
        Path outputDirectory,
        boolean includeSetters,
        boolean useLongIntegers,
        boolean useBigIntegers,
        boolean useBigDecimals,
        boolean useTitleAsClassname,
        boolean requireCompleteChecks,
        boolean streamingReaders,
        boolean records,
        Path baseDirectory,
        Draft defaultDraft,
        List<BuildRuleSet> buildRuleSets) {

    /** A request whose builders follow only their own schemas. */
    public GenerationRequest(Path sourceDirectory, List<String> includes, List<String> excludes, String targetPackage,
            Path outputDirectory, boolean includeSetters, boolean useLongIntegers, boolean useBigIntegers, boolean useBigDecimals,
            boolean useTitleAsClassname, boolean requireCompleteChecks, boolean streamingReaders, boolean records,
            Path baseDirectory, Draft defaultDraft) {
        this(sourceDirectory, includes, excludes, targetPackage, outputDirectory, includeSetters, useLongIntegers, useBigIntegers,
                useBigDecimals, useTitleAsClassname, requireCompleteChecks, streamingReaders, records, baseDirectory, defaultDraft,
                List.of());
    }

    /** A request whose references stay inside {@code sourceDirectory} and whose default draft is 2020-12. */
    public GenerationRequest(Path sourceDirectory, List<String> includes, List<String> excludes, String targetPackage,
            Path outputDirectory, boolean includeSetters, boolean useLongIntegers, boolean useBigIntegers, boolean useBigDecimals,
            boolean useTitleAsClassname, boolean requireCompleteChecks, boolean streamingReaders) {
        this(sourceDirectory, includes, excludes, targetPackage, outputDirectory, includeSetters, useLongIntegers,
                useBigIntegers, useBigDecimals, useTitleAsClassname, requireCompleteChecks, streamingReaders, false, null, null);
    }

    /** A request with the default type mappings and names. */
    public GenerationRequest(Path sourceDirectory, List<String> includes, List<String> excludes, String targetPackage,
            Path outputDirectory, boolean includeSetters) {
        this(sourceDirectory, includes, excludes, targetPackage, outputDirectory, includeSetters, false, false, true, false, false, false);
    }

    /** Schemas picked up when the user names none: every JSON and YAML file. */
    public static final List<String> DEFAULT_INCLUDES =
            List.of("**/*.json", "**/*.yaml", "**/*.yml");

    public GenerationRequest {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        targetPackage = targetPackage == null ? "" : targetPackage.trim();
        baseDirectory = (baseDirectory == null ? sourceDirectory : baseDirectory).toAbsolutePath().normalize();
        defaultDraft = defaultDraft == null ? Draft.DRAFT_2020_12 : defaultDraft;
        buildRuleSets = buildRuleSets == null ? List.of() : List.copyOf(buildRuleSets);
        if (records && includeSetters) {
            throw new IllegalArgumentException("records and includeSetters cannot be combined: a record's components are final,"
                    + " so it has no setters; choose one of them");
        }
    }

    /** The same request with references allowed anywhere under {@code directory}. */
    public GenerationRequest withBaseDirectory(Path directory) {
        return new GenerationRequest(sourceDirectory, includes, excludes, targetPackage, outputDirectory, includeSetters,
                useLongIntegers, useBigIntegers, useBigDecimals, useTitleAsClassname, requireCompleteChecks, streamingReaders, records, directory,
                defaultDraft, buildRuleSets);
    }

    /** The same request with {@code draft} for schemas that do not declare one. */
    public GenerationRequest withDefaultDraft(Draft draft) {
        return new GenerationRequest(sourceDirectory, includes, excludes, targetPackage, outputDirectory, includeSetters,
                useLongIntegers, useBigIntegers, useBigDecimals, useTitleAsClassname, requireCompleteChecks, streamingReaders, records, baseDirectory,
                draft, buildRuleSets);
    }

    /** The same request with records for the objects of one shape ({@code true}) or classes for all ({@code false}). */
    public GenerationRequest withRecords(boolean records) {
        return new GenerationRequest(sourceDirectory, includes, excludes, targetPackage, outputDirectory, includeSetters,
                useLongIntegers, useBigIntegers, useBigDecimals, useTitleAsClassname, requireCompleteChecks, streamingReaders, records,
                baseDirectory, defaultDraft, buildRuleSets);
    }

    /** The same request with these rule sets for builders (see {@link BuildRuleSet}). */
    public GenerationRequest withBuildRuleSets(List<BuildRuleSet> sets) {
        return new GenerationRequest(sourceDirectory, includes, excludes, targetPackage, outputDirectory, includeSetters,
                useLongIntegers, useBigIntegers, useBigDecimals, useTitleAsClassname, requireCompleteChecks, streamingReaders, records,
                baseDirectory, defaultDraft, sets);
    }

    /**
     * A stable text form of the options, so that a change of configuration is seen as a change
     * by the incremental check even when no schema changed.
     */
    String configurationFingerprint() {
        return String.join("\n",
                "includes=" + includes,
                "excludes=" + excludes,
                "targetPackage=" + targetPackage,
                "includeSetters=" + includeSetters,
                "useLongIntegers=" + useLongIntegers,
                "useBigIntegers=" + useBigIntegers,
                "useBigDecimals=" + useBigDecimals,
                "useTitleAsClassname=" + useTitleAsClassname,
                "requireCompleteChecks=" + requireCompleteChecks,
                "streamingReaders=" + streamingReaders,
                "records=" + records,
                "baseDirectory=" + baseDirectory,
                "defaultDraft=" + defaultDraft.label(),
                "buildRuleSets=" + buildRuleSets);
    }
}
