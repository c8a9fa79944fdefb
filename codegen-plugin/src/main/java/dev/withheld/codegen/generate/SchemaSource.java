package dev.withheld.codegen.generate;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One schema file picked for generation, with the names derived from where it lies.
 *
 * @param file absolute path of the schema file
 * @param relativePath path relative to the source directory, with {@code /} separators
 */
public record SchemaSource(Path file, String relativePath) {

    /** The suffixes a base name leaves out, longer ones first; jsonschema2pojo strips the same ones. */
    static final String[] SCHEMA_SUFFIXES = {
        ".schema.json", ".schema.yaml", ".schema.yml", ".json", ".yaml", ".yml"
    };

    /** The file name without its schema suffix: {@code room-key-withheld-content.schema.json} gives {@code room-key-withheld-content}. */
    public String baseName() {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : SCHEMA_SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The directory part of {@link #relativePath()}, empty for a file at the top of the source directory. */
    public String relativeDirectory() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
