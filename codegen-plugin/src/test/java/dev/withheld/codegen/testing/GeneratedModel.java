package dev.withheld.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.generate.ModelGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Test support: writes schemas into a directory, runs the generator on them, compiles the result
 * with the platform compiler and loads the classes, so that tests can exercise generated code the
 * way a user's project would.
 */
public final class GeneratedModel {

    private final Path root;
    private final Path schemas;
    private final Path sources;
    private final List<String> log = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private ClassLoader loader;

    public GeneratedModel(Path root) {
        this.root = root;
        this.schemas = root.resolve("schemas");
        this.sources = root.resolve("generated");
    }

    public GeneratedModel schema(String relativePath, String content) {
        try {
            Path file = schemas.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path schemas() {
        return schemas;
    }

    public Path sources() {
        return sources;
    }

    public List<String> log() {
        return log;
    }

    public List<String> warnings() {
        return warnings;
    }

    public GenerationRequest request(String targetPackage, List<String> includes) {
        return new GenerationRequest(schemas, includes, List.of(), targetPackage, sources, false);
    }

    /** Generates with default includes; returns this for chaining. */
    public GeneratedModel generate(String targetPackage) {
        return generate(request(targetPackage, List.of()));
    }

    public GeneratedModel generate(GenerationRequest request) {
        new ModelGenerator(log::add, warnings::add).generate(request);
        return this;
    }

    /** Compiles every generated source; fails the test with the compiler's output on error. */
    public GeneratedModel compile() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path classes = root.resolve("classes");
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
                Stream<Path> walk = Files.walk(sources)) {
            List<Path> javaFiles = walk.filter(p -> p.toString().endsWith(".java")).toList();
            Files.createDirectories(classes);
            StringWriter output = new StringWriter();
            boolean ok = compiler.getTask(output, files, null,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                            "-Xlint:all", "-Werror", "--release", "17"),
                    null, files.getJavaFileObjectsFromPaths(javaFiles)).call();
            assertThat(ok).as("generated code compiles without warnings:%n%s", withSourceLines(output.toString())).isTrue();
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Compiles one more source file against the compiled model (as a user's code would be compiled),
     * with {@code options} added; returns the compiler's output, empty when it compiled.
     */
    public String compileAgainst(String fileName, String source, String... options) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path user = root.resolve("user");
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Path file = user.resolve("src").resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            Files.createDirectories(user.resolve("classes"));
            List<String> arguments = new java.util.ArrayList<>(List.of("-d", user.resolve("classes").toString(), "-classpath",
                    root.resolve("classes") + java.io.File.pathSeparator + System.getProperty("java.class.path")));
            arguments.addAll(List.of(options));
            StringWriter output = new StringWriter();
            boolean ok = compiler.getTask(output, files, null, arguments, null, files.getJavaFileObjectsFromPaths(List.of(file))).call();
            return ok ? "" : output.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiler's output with the generated line each error names, since the directory is gone when a test fails. */
    private static String withSourceLines(String output) {
        StringBuilder text = new StringBuilder();
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?m)^(\\S+\\.java):(\\d+): .*$").matcher(output);
        int last = 0;
        while (at.find()) {
            text.append(output, last, at.end());
            try {
                List<String> lines = Files.readAllLines(Path.of(at.group(1)));
                int line = Integer.parseInt(at.group(2));
                text.append("\n    > ").append(lines.get(line - 1).strip());
            } catch (IOException | RuntimeException e) {
                // the output alone must do
            }
            last = at.end();
        }
        return text.append(output.substring(last)).toString();
    }

    public Class<?> type(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("class " + name + " was not generated", e);
        }
    }

    public String source(String relativePath) {
        try {
            return Files.readString(sources.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls a public method reflectively, unwrapping exceptions thrown by the generated code. */
    public static Object call(Object target, String method, Object... args) {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException | IllegalArgumentException e) {
                    continue;
                }
            }
        }
        throw new AssertionError("no method " + method + " with " + args.length + " arguments on " + type.getName());
    }

    /** Builds an object: builder(), then one call per entry (property method name to value), then build(). */
    public Object build(String className, Map<String, Object> values) {
        Object builder = call(type(className), "builder");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            builder = call(builder, value.getKey(), value.getValue());
        }
        return call(builder, "build");
    }
}
