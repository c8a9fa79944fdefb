package dev.withheld.codegen.differential;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.generate.ModelGenerator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * This project's generator with its default options, as the plugin's {@code generate} goal runs it.
 * Its output is compiled against {@code jackson-annotations} alone: the README promises that this is
 * the generated model's only dependency.
 */
final class WithheldCodegen implements GeneratorUnderTest {

    @Override
    public String name() {
        return "withheld-codegen";
    }

    @Override
    public String key() {
        return "withheld";
    }

    @Override
    public Generation generate(Path project, Path sources, String targetPackage, Path output, boolean yaml) {
        List<String> warnings = new ArrayList<>();
        GenerationRequest request = new GenerationRequest(sources, List.of(), List.of(), targetPackage, output, false)
                .withBaseDirectory(project);
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
