package dev.withheld.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the schema files are read from, by {@code $id}.
 *
 * <p>The schemas exist twice: as files under {@code schemas/} in the source tree (what a spec
 * editor edits and the plugin reads) and as resources under {@code dev/withheld/schema/} on the
 * classpath (what the jar ships to the validator and to other projects). An {@code $id} is
 * {@value #ID_PREFIX} followed by the path relative to {@code schemas/}, so both places resolve
 * the same ids, and cross-file {@code $ref}s, without any network access.
 */
enum SchemaSource {
    /** The source tree: {@code schema/schemas/}. */
    FILES {
        @Override
        Optional<String> read(String id) {
            return relativePathOf(id).map(SCHEMA_DIRECTORY::resolve).filter(Files::isRegularFile).map(SchemaSource::readFile);
        }
    },
    /** The classpath, as packaged in the jar: {@code dev/withheld/schema/}. */
    CLASSPATH {
        @Override
        Optional<String> read(String id) {
            return relativePathOf(id).flatMap(path -> readResource(RESOURCE_ROOT + path));
        }
    };

    /** The common prefix of every schema {@code $id}. */
    static final String ID_PREFIX = "https://withheld.dev/schema/";

    /** The project's dialect: 2020-12 with the Matrix formats asserted, defined in {@code meta/}. */
    static final String MATRIX_FORMATS_DIALECT = ID_PREFIX + "meta/matrix-formats.schema.json";

    /** The classpath folder that holds the schemas (suites are in {@code suites/} below it). */
    static final String RESOURCE_ROOT = "dev/withheld/schema/";

    /** The module directory: Surefire sets {@code basedir}; an IDE usually runs in it anyway. */
    static final Path MODULE_DIRECTORY = Path.of(System.getProperty("basedir", "."));

    static final Path SCHEMA_DIRECTORY = MODULE_DIRECTORY.resolve("schemas");

    static final Path SUITE_DIRECTORY = MODULE_DIRECTORY.resolve("suites");

    /**
     * Reads the schema document with the given {@code $id} (a fragment is ignored).
     *
     * @return the document text, or empty if the id is not one of ours or no such file exists
     */
    abstract Optional<String> read(String id);

    /** The {@code $id} that the file at this path (relative to {@code schemas/}) must have. */
    static String idOf(String relativePath) {
        return ID_PREFIX + relativePath;
    }

    /** The path relative to {@code schemas/} that an {@code $id} names, if it is one of ours. */
    static Optional<String> relativePathOf(String id) {
        int hash = id.indexOf('#');
        String document = hash < 0 ? id : id.substring(0, hash);
        if (!document.startsWith(ID_PREFIX) || document.length() == ID_PREFIX.length()) {
            return Optional.empty();
        }
        String path = document.substring(ID_PREFIX.length());
        if (path.startsWith("/") || Path.of(path).normalize().startsWith("..")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** Every file under {@code schemas/}, relative to it, with {@code /} separators, sorted. */
    static List<String> schemaFiles() {
        return filesUnder(SCHEMA_DIRECTORY);
    }

    /** Every {@code *.suite.json} file under {@code suites/}, relative to it, sorted. */
    static List<String> suiteFiles() {
        return filesUnder(SUITE_DIRECTORY).stream().filter(name -> name.endsWith(".suite.json")).toList();
    }

    static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Optional<String> readResource(String name) {
        try (InputStream in = SchemaSource.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }

    /** Every regular file under a directory, relative to it, with {@code /} separators, sorted. */
    static List<String> filesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory.toAbsolutePath(), e);
        }
    }
}
