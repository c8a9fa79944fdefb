package dev.withheld.codegen.rules;

import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JPackage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code model declares classes, enumerations and interfaces, not records: the models generated as records are
 * built as classes, and this writer turns the declaration line of each ({@code public class Name}) into the record's
 * ({@code public record Name(components)}) as the file is written. Every other file passes through unchanged.
 */
final class RecordDeclarations {

    /** Components by the qualified name of the record. */
    private final Map<String, String> components = new HashMap<>();

    /** Declares {@code jclass}, which must be public and neither final nor extending a class, as a record. */
    void declare(JDefinedClass jclass, String recordComponents) {
        components.put(jclass.fullName(), recordComponents);
    }

    /** A writer for the code model that writes through {@code out}, declaring the records. */
    CodeWriter writingTo(CodeWriter out) {
        return new CodeWriter() {
            @Override
            public OutputStream openBinary(JPackage pkg, String fileName) throws IOException {
                return out.openBinary(pkg, fileName);
            }

            @Override
            public Writer openSource(JPackage pkg, String fileName) throws IOException {
                String simpleName = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
                String record = components.get(pkg.isUnnamed() ? simpleName : pkg.name() + "." + simpleName);
                if (record == null) {
                    return out.openSource(pkg, fileName);
                }
                return new StringWriter() {
                    @Override
                    public void close() throws IOException {
                        try (Writer file = out.openSource(pkg, fileName)) {
                            file.write(declared(toString(), simpleName, record));
                        }
                    }
                };
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** {@code source} with its top-level class {@code name} declared as a record with {@code recordComponents}. */
    static String declared(String source, String name, String recordComponents) {
        Matcher declaration = Pattern.compile("(?m)^public class " + Pattern.quote(name) + "(?=[\\s{])").matcher(source);
        if (!declaration.find()) {
            throw new IllegalStateException("the code model wrote no declaration \"public class " + name + "\" to turn into a record");
        }
        return source.substring(0, declaration.start()) + "public record " + name + "(" + recordComponents + ")"
                + source.substring(declaration.end());
    }
}
