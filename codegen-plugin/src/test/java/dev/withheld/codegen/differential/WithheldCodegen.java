package dev.withheld.codegen.differential;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.generate.ModelGenerator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * This project's generator with its default options, as the plugin's {@code generate} goal runs it, or with
 * {@code records} on ({@link #records()}), where every object of one shape is a record. Its output is compiled against
 * {@code jackson-annotations} alone: the README promises that this is the generated model's only dependency.
 */
final class WithheldCodegen implements GeneratorUnderTest {

    /** The integer options a refusal may name, and the request each one gives. */
    private static final Map<String, UnaryOperator<GenerationRequest>> OPTIONS = Map.of(
            "useBigIntegers", r -> new GenerationRequest(r.sourceDirectory(), r.includes(), r.excludes(), r.targetPackage(),
                    r.outputDirectory(), r.includeSetters(), r.useLongIntegers(), true, r.useBigDecimals(), r.useTitleAsClassname(),
                    r.requireCompleteChecks(), r.streamingReaders(), r.records(), r.baseDirectory(), r.defaultDraft()));

    private final boolean records;
    private final String option;

    /** The generator with its default options. */
    WithheldCodegen() {
        this(false, null);
    }

    /** The generator with the {@code records} option on, and the other options at their defaults. */
    static WithheldCodegen records() {
        return new WithheldCodegen(true, null);
    }

    private WithheldCodegen(boolean records, String option) {
        this.records = records;
        this.option = option;
    }

    @Override
    public String name() {
        String name = records ? "withheld-codegen with records" : "withheld-codegen";
        return option == null ? name : name + (records ? " and " : " with ") + option;
    }

    @Override
    public String key() {
        String key = records ? "withheld_records" : "withheld";
        return option == null ? key : key + "_" + option.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Optional<GeneratorUnderTest> withOption(String name) {
        return OPTIONS.containsKey(name) ? Optional.of(new WithheldCodegen(records, name)) : Optional.empty();
    }

    @Override
    public Generation generate(Path project, Path sources, String targetPackage, Path output, boolean yaml) {
        List<String> warnings = new ArrayList<>();
        GenerationRequest request = new GenerationRequest(sources, List.of(), List.of(), targetPackage, output, false)
                .withBaseDirectory(project).withRecords(records);
        if (option != null) {
            request = OPTIONS.get(option).apply(request);
        }
        new ModelGenerator(line -> { }, warnings::add).generate(request);
        return new Generation(List.copyOf(warnings));
    }

    @Override
    public List<Path> compileClasspath() {
        return List.of(jarOf(JsonProperty.class));
    }

    @Override
    public boolean checksRules() {
        return true;
    }

    static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
