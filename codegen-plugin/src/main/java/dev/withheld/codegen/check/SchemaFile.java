package dev.withheld.codegen.check;

import java.net.URI;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/**
 * One schema file of a {@link SchemaWorkspace}.
 *
 * @param path the file
 * @param relativePath its path below the schema directory, with {@code /} separators
 * @param id the {@code $id} it declares (without fragment), or its file URI when it declares none
 * @param document the parsed document, or {@code null} when the file is not well-formed
 */
public record SchemaFile(Path path, String relativePath, URI id, JsonNode document) {

    public boolean readable() {
        return document != null;
    }

    /** The dialect ({@code $schema}) the file declares, or {@code null}. */
    public String dialect() {
        JsonNode schema = document == null ? null : document.get("$schema");
        return schema != null && schema.isString() ? schema.stringValue() : null;
    }
}
