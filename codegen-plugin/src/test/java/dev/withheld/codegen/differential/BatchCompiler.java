package dev.withheld.codegen.differential;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the generated sources of many schema sets in one compiler run (each set lives in its own
 * packages), because starting javac once per schema would dominate the harness's run time.
 *
 * <p>A set whose sources do not compile is told apart by the files its errors point at; it is set
 * aside with its first error and the rest are compiled again, until what remains compiles. Compiler
 * warnings are not failures: a user's build does not use {@code -Werror} on generated code.
 */
final class BatchCompiler {

    private final List<Path> classpath;

    BatchCompiler(List<Path> classpath) {
        this.classpath = classpath;
    }

    /** The outcome: a class loader for the sets that compiled, and the first error of each that did not. */
    record Result(ClassLoader loader, Map<String, String> failures) {
    }

    /**
     * @param sourceRoots each set's name and the directory of its generated sources
     * @param classes where the class files go
     */
    Result compile(Map<String, Path> sourceRoots, Path classes) {
        Map<String, Path> remaining = new LinkedHashMap<>(sourceRoots);
        Map<String, String> failures = new LinkedHashMap<>();
        int runs = 0;
        while (!remaining.isEmpty()) {
            runs++;
            Map<String, String> errors = tryCompile(remaining, classes);
            if (errors.isEmpty()) {
                break;
            }
            errors.forEach((set, error) -> {
                failures.put(set, error);
                remaining.remove(set);
            });
        }
        if (sourceRoots.size() > 1) {
            System.out.printf("compiled %d of %d schema sets in %d compiler run(s)%n", remaining.size(), sourceRoots.size(), runs);
        }
        try {
            ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
            return new Result(loader, failures);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> tryCompile(Map<String, Path> sets, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<Path> javaFiles = new ArrayList<>();
            for (Path root : sets.values()) {
                javaFiles.addAll(javaFiles(root));
            }
            Files.createDirectories(classes);
            if (javaFiles.isEmpty()) {
                return Map.of();
            }
            String path = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
            boolean ok = compiler.getTask(null, files, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", path, "--release", "17", "-proc:none", "-nowarn",
                            "-encoding", "UTF-8", "-Xmaxerrs", "100000",
                            // Report the errors of every phase in one run (javac otherwise stops after
                            // syntax errors), so that one more run of what is left usually suffices.
                            "-XDshould-stop.ifError=FLOW"),
                    null, files.getJavaFileObjectsFromPaths(javaFiles)).call();
            if (ok) {
                return Map.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).toString();
            String message = (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                    + d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
            boolean attributed = false;
            for (Map.Entry<String, Path> set : sets.entrySet()) {
                if (file.startsWith(set.getValue().toAbsolutePath().normalize() + File.separator)) {
                    errors.putIfAbsent(set.getKey(), message);
                    attributed = true;
                }
            }
            if (!attributed) {
                sets.keySet().forEach(set -> errors.putIfAbsent(set, message));
            }
        }
        if (errors.isEmpty()) {
            sets.keySet().forEach(set -> errors.put(set, "the compiler failed without an error message"));
        }
        return errors;
    }

    static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
