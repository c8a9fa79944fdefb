package dev.withheld.codegen.differential;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One schema set of the differential corpus, as laid out on disk (see {@code corpus/README.md}):
 * {@code schema/} holds the schema files, {@code valid/} and {@code invalid/} the instances, and an
 * optional {@code entry.properties} names the root schema ({@code root}) and the directory the
 * generators are pointed at ({@code sources}) when the defaults do not fit.
 *
 * @param name the directory name, used in reports and in the known-failures file
 * @param directory the entry's directory
 * @param sources the directory both generators read (every schema file in it becomes classes)
 * @param root the schema the instances are validated against; the generated class for it reads them
 * @param valid instances the schema accepts (the harness checks this label against networknt)
 * @param invalid instances the schema rejects (likewise checked)
 */
record CorpusEntry(String name, Path directory, Path sources, Path root, List<Path> valid, List<Path> invalid) {

    /** Every entry of a corpus directory, in name order. */
    static List<CorpusEntry> loadAll(Path corpus) {
        try (Stream<Path> children = Files.list(corpus)) {
            return children.filter(Files::isDirectory).sorted().map(CorpusEntry::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusEntry load(Path directory) {
        Properties settings = new Properties();
        Path file = directory.resolve("entry.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path sources = directory.resolve(settings.getProperty("sources", "schema")).normalize();
        Path root = settings.containsKey("root")
                ? directory.resolve(settings.getProperty("root")).normalize()
                : onlySchemaIn(directory.resolve("schema"));
        return new CorpusEntry(directory.getFileName().toString(), directory, sources, root,
                instances(directory.resolve("valid")), instances(directory.resolve("invalid")));
    }

    /** The entry's name as a Java package segment. */
    String packageSegment() {
        String safe = name.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
        return Character.isJavaIdentifierStart(safe.charAt(0)) ? safe : "_" + safe;
    }

    /** Every schema file of the entry (also those outside {@code sources}, which references may reach). */
    List<Path> schemaFiles() {
        try (Stream<Path> walk = Files.walk(directory.resolve("schema"))) {
            return walk.filter(Files::isRegularFile).filter(Documents::isDocument).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean yaml() {
        return Documents.isYaml(root);
    }

    private static Path onlySchemaIn(Path schemaDirectory) {
        try (Stream<Path> files = Files.list(schemaDirectory)) {
            List<Path> top = files.filter(Files::isRegularFile).filter(Documents::isDocument).toList();
            if (top.size() != 1) {
                throw new IllegalStateException(schemaDirectory + " must hold exactly one schema file at its top level, "
                        + "or entry.properties must name the root; found " + top);
            }
            return top.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> instances(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = new ArrayList<>(files.filter(Documents::isDocument).toList());
            found.sort(Comparator.comparing(Path::toString));
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
