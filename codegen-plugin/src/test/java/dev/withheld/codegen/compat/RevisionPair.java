package dev.withheld.codegen.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test support: writes a previous and a current revision of some schemas and compares them. */
final class RevisionPair {

    private final Path before;
    private final Path after;

    RevisionPair(Path directory) {
        this.before = directory.resolve("before");
        this.after = directory.resolve("after");
    }

    /** A file of the previous revision. */
    RevisionPair before(String file, String content) {
        write(before.resolve(file), content);
        return this;
    }

    /** A file of the current revision. */
    RevisionPair after(String file, String content) {
        write(after.resolve(file), content);
        return this;
    }

    /** The same file in both revisions. */
    RevisionPair both(String file, String content) {
        return before(file, content).after(file, content);
    }

    /** One schema file, {@code s.schema.json}, in both revisions. */
    static CompatibilityReport compare(Path directory, String previous, String current) {
        return new RevisionPair(directory).before("s.schema.json", previous).after("s.schema.json", current).compare();
    }

    CompatibilityReport compare() {
        return new CompatibilityChecker().compare(SchemaRevision.load("previous", before, null, null),
                SchemaRevision.load("current", after, null, null));
    }

    Path beforeDirectory() {
        return before;
    }

    Path afterDirectory() {
        return after;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
