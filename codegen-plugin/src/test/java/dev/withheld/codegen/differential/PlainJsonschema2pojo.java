package dev.withheld.codegen.differential;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain jsonschema2pojo 1.3.3 as its users get it: {@code Jsonschema2Pojo.generate} with the default
 * configuration (Jackson 2 annotations), the source type set to YAML for YAML schemas.
 *
 * <p>It runs in a class loader of its own that adds Joda-Time, which jsonschema2pojo's default rule
 * needs and which the plugin's POM excludes. Joda-Time stays off the test class path, so that this
 * project's generator is tested with the dependencies its users really have. Its output is compiled
 * against the test class path (jackson-annotations and jackson-databind, as its users have).
 */
final class PlainJsonschema2pojo implements GeneratorUnderTest {

    /** Set by the build (maven-dependency-plugin's {@code properties} goal, passed on by surefire). */
    static final String JODA_TIME_PROPERTY = "differential.jodaTimeJar";

    private final Method runner;

    PlainJsonschema2pojo() {
        try {
            List<URL> urls = new ArrayList<>();
            for (Path entry : testClasspath()) {
                urls.add(entry.toUri().toURL());
            }
            urls.add(jodaTime().toUri().toURL());
            ClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            this.runner = Class.forName(Jsonschema2pojoRunner.class.getName(), true, isolated)
                    .getMethod("generate", String.class, String.class, String.class, boolean.class);
        } catch (ReflectiveOperationException | MalformedURLException e) {
            throw new IllegalStateException("cannot load jsonschema2pojo in its own class loader", e);
        }
    }

    @Override
    public String name() {
        return "jsonschema2pojo 1.3.3";
    }

    @Override
    public String key() {
        return "j2p";
    }

    @Override
    public Generation generate(Path project, Path sources, String targetPackage, Path output, boolean yaml) throws Throwable {
        try {
            runner.invoke(null, sources.toString(), targetPackage, output.toString(), yaml);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return new Generation(List.of());
    }

    @Override
    public List<Path> compileClasspath() {
        return testClasspath();
    }

    @Override
    public boolean checksRules() {
        return false;
    }

    static List<Path> testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static Path jodaTime() {
        String jar = System.getProperty(JODA_TIME_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property " + JODA_TIME_PROPERTY + " must name the joda-time jar "
                    + "(the codegen-plugin POM sets it for surefire; run the test through Maven), got " + jar);
        }
        return Path.of(jar);
    }
}
