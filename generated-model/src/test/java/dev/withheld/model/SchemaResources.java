package dev.withheld.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the schema files that ship in the withheld-schema artifact (the test classpath), so that
 * tests compare the model with the schema instead of with values copied into the test.
 */
final class SchemaResources {

    static final String ID_PREFIX = "https://withheld.dev/schema/";
    private static final String RESOURCE_PREFIX = "dev/withheld/schema/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaResources() {
    }

    /** The schema whose {@code $id} is {@code id}, from the classpath. */
    static JsonNode schema(String id) {
        if (!id.startsWith(ID_PREFIX)) {
            throw new IllegalArgumentException("not one of our schema ids: " + id);
        }
        return json(RESOURCE_PREFIX + id.substring(ID_PREFIX.length()));
    }

    /** Any JSON resource on the test classpath. */
    static JsonNode json(String resource) {
        try (InputStream in = SchemaResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
