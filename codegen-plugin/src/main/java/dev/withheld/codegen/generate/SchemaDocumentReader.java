package dev.withheld.codegen.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads schema documents written in JSON or YAML (chosen by file extension) and finds the line and
 * column of a JSON Pointer inside them, so that every problem can be reported where it is.
 *
 * <p>YAML anchors, aliases and merge keys are resolved (see {@link YamlTrees}), with a bound on how
 * much aliases may expand a document.
 */
public final class SchemaDocumentReader {

    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final YamlTrees yaml;

    public SchemaDocumentReader() {
        this(YamlTrees.MAX_ALIAS_EXPANSION);
    }

    /** @param maxAliasExpansion how many nodes YAML aliases may add to one document once expanded */
    SchemaDocumentReader(int maxAliasExpansion) {
        this.yaml = new YamlTrees(maxAliasExpansion);
    }

    /** Whether a path names a YAML document. */
    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Whether a file name (in any case) is one this reader reads: JSON or YAML, by its extension. */
    public static boolean isDocument(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * Parses a schema file.
     *
     * @throws SchemaProblem with line and column when the file is not well-formed or cannot be read
     */
    public JsonNode read(Path file) {
        if (isYaml(file)) {
            return yaml.read(file).orElseThrow(() -> empty(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode node = json.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw empty(file);
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SchemaProblem(file, null, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SchemaProblem(file, null, 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private static SchemaProblem empty(Path file) {
        return new SchemaProblem(file, null, 0, 0, "the file is empty; a schema is a JSON object or a boolean");
    }

    /**
     * Finds where the value at {@code pointer} starts in the file.
     *
     * @return {line, column} (1-based), or {0, 0} when the pointer is not found or the file cannot be read
     */
    public int[] locate(Path file, String pointer) {
        if (isYaml(file)) {
            return yaml.locate(file, pointer);
        }
        JsonFactory factory = new JsonFactory();
        JsonPointer target;
        try {
            target = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return new int[] {0, 0};
        }
        try (JsonParser parser = factory.createParser(file.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonPointer here = parser.getParsingContext().pathAsPointer();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                if (here.equals(target)) {
                    JsonLocation at = parser.currentTokenLocation();
                    return new int[] {at.getLineNr(), at.getColumnNr()};
                }
            }
        } catch (IOException | RuntimeException e) {
            // Locating is a courtesy: a file we cannot re-read still gets its pointer reported.
        }
        return new int[] {0, 0};
    }

    /** A {@link SchemaProblem} at a pointer of a file, with line and column looked up. */
    public SchemaProblem problemAt(Path file, String pointer, String reason) {
        int[] at = file == null || pointer == null ? new int[] {0, 0} : locate(file, pointer);
        return new SchemaProblem(file, pointer, at[0], at[1], reason);
    }
}
