package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Shapes" snippet, taken from the README itself, compiles against the model: a switch
 * over the content's shapes with no default branch. A switch with type patterns is final from Java
 * 21 and a preview in Java 17, which the build's compiler runs with {@code --enable-preview}.
 */
class ReadmeShapesTest {

    private static final Pattern SNIPPET = Pattern.compile("```java\\n(String about = switch \\(content\\.variant\\(\\)\\)[\\s\\S]*?)```");

    @Test
    void theSwitchOverTheShapesCompilesWithoutADefaultBranch(@TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher snippet = SNIPPET.matcher(readme);
        assertThat(snippet.find()).as("the README's Shapes snippet").isTrue();
        assertThat(compile(dir, snippet.group(1))).isEmpty();
        String withoutOneShape = snippet.group(1).replaceAll("(?m)^\\s*case RoomKeyWithheldContent\\.SpecificSession.*$", "");
        assertThat(compile(dir, withoutOneShape)).contains("does not cover all possible input values");
    }

    private static String compile(Path dir, String body) throws IOException {
        Path source = dir.resolve("Reader.java");
        Files.writeString(source, """
                import dev.withheld.model.RoomKeyWithheldContent;

                class Reader {
                    static String describe(RoomKeyWithheldContent content) {
                %s
                        return about;
                    }
                }
                """.formatted(body.indent(8)), StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(output, files, null,
                    List.of("-d", dir.resolve("classes").toString(), "-classpath", System.getProperty("java.class.path"),
                            "--release", "17", "--enable-preview", "-Xlint:-preview"),
                    null, files.getJavaFileObjectsFromPaths(List.of(source))).call();
            return ok ? "" : output.toString();
        }
    }
}
