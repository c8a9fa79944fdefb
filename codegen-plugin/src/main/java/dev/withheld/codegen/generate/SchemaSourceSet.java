package dev.withheld.codegen.generate;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the schema files of a source directory that match the include and exclude globs,
 * in a stable order so that generation does not depend on the file system's listing order.
 */
public final class SchemaSourceSet {

    private SchemaSourceSet() {
    }

    /**
     * Lists the matching schema files.
     *
     * @throws SchemaProblem when the source directory does not exist
     */
    public static List<SchemaSource> scan(Path sourceDirectory, List<String> includes, List<String> excludes)
            throws IOException {
        if (!Files.isDirectory(sourceDirectory)) {
            throw new SchemaProblem(sourceDirectory, null, 0, 0,
                    "the schema source directory does not exist; set sourceDirectory to the folder holding your schemas");
        }
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        List<SchemaSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceDirectory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path relative = sourceDirectory.relativize(file);
                if (matchesAny(in, relative) && !matchesAny(out, relative)) {
                    sources.add(new SchemaSource(file.toAbsolutePath().normalize(),
                            relative.toString().replace('\\', '/')));
                }
            }
        }
        sources.sort(Comparator.comparing(SchemaSource::relativePath));
        return sources;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        FileSystem fs = FileSystems.getDefault();
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(fs.getPathMatcher("glob:" + glob));
            // "**/*.json" should also match a file at the top of the directory, as in Ant and Maven.
            if (glob.startsWith("**/")) {
                matchers.add(fs.getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
