package dev.withheld.codegen.output;

import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JPackage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Generated files held in memory, keyed by their path relative to the output directory.
 *
 * <p>Generating into memory first means that nothing touches the output directory until the whole
 * generation has succeeded, and that unchanged files can be left alone afterwards.
 */
public final class GeneratedFiles extends CodeWriter {

    /** A relative path made of plain Java-ish names only: no "..", no absolute paths, no drive letters. */
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[\\p{L}\\p{N}_$][\\p{L}\\p{N}_$.-]*");

    private final Map<String, ByteArrayOutputStream> files = new TreeMap<>();

    @Override
    public OutputStream openBinary(JPackage pkg, String fileName) {
        String directory = pkg == null || pkg.isUnnamed() ? "" : pkg.name().replace('.', '/') + "/";
        String path = directory + fileName;
        requireSafe(path);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.put(path, out);
        return out;
    }

    /** Source files as UTF-8 (see {@link JavaSourceWriter}), whatever the platform's encoding. */
    @Override
    public Writer openSource(JPackage pkg, String fileName) {
        return new JavaSourceWriter(new OutputStreamWriter(openBinary(pkg, fileName), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        // Nothing to release: the content stays in memory until it is synchronised to disk.
    }

    /** The generated files, path to content, in path order. */
    public Map<String, byte[]> contents() {
        Map<String, byte[]> result = new TreeMap<>();
        files.forEach((path, out) -> result.put(path, out.toByteArray()));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Refuses any path that could leave the output directory. Package and class names can come from
     * a schema (for example {@code javaType}), so they are untrusted here.
     */
    static void requireSafe(String relativePath) {
        if (relativePath.isEmpty()) {
            throw new IllegalArgumentException("empty output path");
        }
        for (String segment : relativePath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SAFE_SEGMENT.matcher(segment).matches()) {
                throw new UnsafeOutputPathException(relativePath);
            }
        }
    }

    /** Thrown when a generated file would be written outside the output directory. */
    public static final class UnsafeOutputPathException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnsafeOutputPathException(String path) {
            super("refusing to write \"" + path + "\": a package or class name from the schema would place it"
                    + " outside the output directory; use plain Java names in javaType and targetPackage");
        }
    }
}
