package dev.withheld.codegen.compat;

import dev.withheld.codegen.generate.SchemaDocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks the schema files of a released artifact (a jar such as {@code withheld-schema}) into a
 * directory, so that a previous revision can be read like any other directory of schemas.
 */
public final class ArtifactSchemas {

    private ArtifactSchemas() {
    }

    /**
     * Copies the JSON and YAML files of an artifact, below {@code path} inside it, into
     * {@code directory} (emptied first).
     *
     * @param artifact a jar or zip file, or a directory (an artifact resolved from the reactor)
     * @param path folder inside the artifact; empty for all of it
     * @param directory where to put the files
     * @param name how to name the artifact in messages (its coordinates)
     * @return the directory that holds the schemas
     * @throws CompatibilityProblem when the artifact is not an archive or has no file under {@code path}
     */
    public static Path unpack(Path artifact, String path, Path directory, String name) {
        String prefix = normalise(path);
        if (Files.isDirectory(artifact)) {
            Path inside = prefix.isEmpty() ? artifact : artifact.resolve(prefix);
            if (!Files.isDirectory(inside)) {
                throw new CompatibilityProblem("The previous artifact " + name + " has no folder " + prefix + ".");
            }
            return inside;
        }
        delete(directory);
        int copied = 0;
        Set<String> topFolders = new TreeSet<>();
        try (ZipFile zip = new ZipFile(artifact.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String entryName = entry.getName();
                int slash = entryName.indexOf('/');
                if (slash > 0) {
                    topFolders.add(entryName.substring(0, slash + 1));
                }
                if (entry.isDirectory() || !entryName.startsWith(prefix) || !isSchemaFile(entryName)) {
                    continue;
                }
                Path target = directory.resolve(entryName.substring(prefix.length())).normalize();
                if (!target.startsWith(directory.normalize())) {
                    continue; // an entry such as ../../x must not escape the directory
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                copied++;
            }
        } catch (ZipException e) {
            throw new CompatibilityProblem("The previous artifact " + name + " (" + artifact
                    + ") is not a jar or zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + artifact + ": " + e.getMessage(), e);
        }
        if (copied == 0) {
            throw new CompatibilityProblem("The previous artifact " + name + " has no JSON or YAML file"
                    + (prefix.isEmpty() ? "" : " under " + prefix) + (topFolders.isEmpty() ? "."
                            : "; its top-level folders are " + String.join(", ", topFolders)
                                    + " (set previousArtifactPath to the folder that holds the schemas)."));
        }
        return directory;
    }

    private static String normalise(String path) {
        if (path == null) {
            return "";
        }
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    private static boolean isSchemaFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith("meta-inf/") && SchemaDocumentReader.isDocument(lower);
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + directory + ": " + e.getMessage(), e);
        }
    }
}
