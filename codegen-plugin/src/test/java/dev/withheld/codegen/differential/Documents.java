package dev.withheld.codegen.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads schema and instance files into Jackson 3 trees for the reference validator.
 *
 * <p>YAML goes through SnakeYAML, which resolves anchors, aliases and merge keys as YAML 1.1 defines
 * them, so that the reference verdict is the one a YAML-aware tool gives, whatever the generator
 * under test does with the same file. JSON keeps decimals exact (no rounding through {@code double}).
 */
final class Documents {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Documents() {
    }

    static boolean isDocument(Path file) {
        return isYaml(file) || file.getFileName().toString().endsWith(".json");
    }

    static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        return isYaml(file) ? yaml(text(file)) : JSON.readTree(text(file));
    }

    /** The file as JSON text (YAML converted with its aliases and merge keys resolved). */
    static String jsonText(Path file) {
        return isYaml(file) ? JSON.writeValueAsString(read(file)) : text(file);
    }

    static JsonNode yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        Object value = new Yaml(options).load(text);
        return JSON.valueToTree(value);
    }
}
