package dev.withheld.validator;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import dev.withheld.formats.DialectFormats;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A set of JSON Schemas that refer to each other by {@code $id}, loaded from one place: a
 * classpath prefix (such as the schemas in the {@code withheld-schema} jar) or a directory.
 * A schema whose {@code $id} starts with the set's id prefix is found at the same relative path
 * under that place; nothing is ever fetched from the network.
 *
 * <p>Schemas are compiled on first use and cached; a set is safe to share between threads.
 */
public final class SchemaSet {

    /** The {@code $id} prefix of the schemas in the {@code withheld-schema} artifact. */
    public static final String WITHHELD_ID_PREFIX = "https://withheld.dev/schema/";

    /** Where the {@code withheld-schema} artifact puts its schemas on the classpath. */
    public static final String WITHHELD_CLASSPATH_PREFIX = "dev/withheld/schema/";

    /** The dialects networknt ships; a schema's own dialect is built on one of them. */
    private static final List<Dialect> STANDARD_DIALECTS = List.of(Dialects.getDraft202012(), Dialects.getDraft201909(),
            Dialects.getDraft7(), Dialects.getDraft6(), Dialects.getDraft4());

    private final String idPrefix;
    private final String origin;
    private final SchemaRegistry registry;

    private SchemaSet(String idPrefix, String origin, ResourceLoader loader) {
        this.idPrefix = idPrefix;
        this.origin = origin;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaRegistryConfig(config)
                        // A dialect of the set (such as the one that asserts the Matrix formats) is read
                        // from its meta-schema in the set, with the formats it defines.
                        .dialectRegistry(DialectFormats.registry(STANDARD_DIALECTS))
                        // Only our loader; remote fetching stays off (the default), spelled out here.
                        .schemaLoader(schemaLoader -> schemaLoader
                                .fetchRemoteResources(false)
                                .resourceLoaders(loaders -> loaders.add(loader))));
    }

    /** The schemas of the {@code withheld-schema} artifact, from the classpath. */
    public static SchemaSet withheld() {
        return classpath(WITHHELD_ID_PREFIX, WITHHELD_CLASSPATH_PREFIX, SchemaSet.class.getClassLoader());
    }

    /**
     * Schemas on the classpath: the schema with {@code $id} {@code idPrefix + "a/b.json"} is the
     * resource {@code resourcePrefix + "a/b.json"} of the given class loader.
     */
    public static SchemaSet classpath(String idPrefix, String resourcePrefix, ClassLoader classLoader) {
        Objects.requireNonNull(idPrefix, "idPrefix");
        Objects.requireNonNull(resourcePrefix, "resourcePrefix");
        Objects.requireNonNull(classLoader, "classLoader");
        String prefix = resourcePrefix.endsWith("/") || resourcePrefix.isEmpty() ? resourcePrefix : resourcePrefix + "/";
        return new SchemaSet(idPrefix, "classpath:" + prefix, iri -> {
            String relative = relativePath(idPrefix, iri);
            if (relative == null) {
                return null;
            }
            URL resource = classLoader.getResource(prefix + relative);
            return resource == null ? null : (InputStreamSource) resource::openStream;
        });
    }

    /**
     * Schemas in a directory: the schema with {@code $id} {@code idPrefix + "a/b.json"} is the file
     * {@code directory/a/b.json}. Files outside the directory are never read.
     */
    public static SchemaSet directory(String idPrefix, Path directory) {
        Objects.requireNonNull(idPrefix, "idPrefix");
        Path root = directory.toAbsolutePath().normalize();
        return new SchemaSet(idPrefix, root.toString(), iri -> {
            String relative = relativePath(idPrefix, iri);
            if (relative == null) {
                return null;
            }
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return null;
            }
            return () -> Files.newInputStream(file);
        });
    }

    /** The {@code $id} prefix that this set maps to its place. */
    public String idPrefix() {
        return idPrefix;
    }

    /**
     * Compiles the schema with the given {@code $id} (with all it refers to) and returns a
     * validator for it that enforces the given input limits.
     *
     * @throws SchemaLoadException if the schema or one it refers to cannot be found or compiled
     */
    public SchemaValidator validator(String schemaId, InputLimits limits) {
        return validator(schemaId, limits, "the document");
    }

    /** As {@link #validator(String, InputLimits)}; messages call the whole instance {@code rootName}. */
    SchemaValidator validator(String schemaId, InputLimits limits, String rootName) {
        return new SchemaValidator(schemaId, compile(schemaId), new SchemaDocuments(registry),
                new InstanceReader(limits), rootName);
    }

    /** Like {@link #validator(String, InputLimits)} with {@link InputLimits#DEFAULT}. */
    public SchemaValidator validator(String schemaId) {
        return validator(schemaId, InputLimits.DEFAULT);
    }

    private Schema compile(String schemaId) {
        Objects.requireNonNull(schemaId, "schemaId");
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(schemaId));
            // Resolves every $ref now, so that a broken set fails here and not during validation.
            schema.initializeValidators();
            return schema;
        } catch (SchemaException | IllegalArgumentException | IllegalStateException e) {
            throw new SchemaLoadException("cannot load schema " + schemaId + " from " + origin
                    + " (ids under " + idPrefix + "; schemas are never fetched from the network): "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new SchemaLoadException("cannot compile schema " + schemaId + " from " + origin + ": "
                    + e.getMessage(), e);
        }
    }

    private static String relativePath(String idPrefix, AbsoluteIri iri) {
        String id = iri.toString();
        if (!id.startsWith(idPrefix)) {
            return null;
        }
        String relative = id.substring(idPrefix.length());
        int fragment = relative.indexOf('#');
        if (fragment >= 0) {
            relative = relative.substring(0, fragment);
        }
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
            return null;
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return relative;
    }
}
