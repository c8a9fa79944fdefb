package dev.withheld.codegen.check;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files a check run looks at: all of them, or (for {@code watch}) the ones a change affects.
 * {@code $ref} resolution always covers every schema file, since a change in one file can break
 * a reference in another.
 *
 * @param schemaFiles schema files to check (meta-schema, compilation, lint), or {@code null} for all
 * @param suiteFiles suite files to run, or {@code null} for all
 */
public record CheckScope(Set<Path> schemaFiles, Set<Path> suiteFiles) {

    public CheckScope {
        schemaFiles = schemaFiles == null ? null : normalize(schemaFiles);
        suiteFiles = suiteFiles == null ? null : normalize(suiteFiles);
    }

    public static CheckScope everything() {
        return new CheckScope(null, null);
    }

    public boolean includesSchema(Path file) {
        return schemaFiles == null || schemaFiles.contains(file.toAbsolutePath().normalize());
    }

    public boolean includesSuite(Path file) {
        return suiteFiles == null || suiteFiles.contains(file.toAbsolutePath().normalize());
    }

    public boolean isEverything() {
        return schemaFiles == null && suiteFiles == null;
    }

    private static Set<Path> normalize(Set<Path> files) {
        return files.stream().map(file -> file.toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
    }
}
