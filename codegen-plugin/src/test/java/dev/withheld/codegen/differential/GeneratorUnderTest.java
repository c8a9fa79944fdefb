package dev.withheld.codegen.differential;

import java.nio.file.Path;
import java.util.List;

/**
 * A code generator the harness compares with the reference validator: it turns one schema set into
 * Java sources, and knows what its users compile those sources against and whether its classes
 * check rules themselves.
 */
interface GeneratorUnderTest {

    /** The name in the report's table. */
    String name();

    /** Short key used in package names and output directories. */
    String key();

    /**
     * Generates the sources of one schema set into {@code output}, under {@code targetPackage}. {@code project}
     * is the directory a Maven project would have as its base: references may reach any file under it.
     *
     * @throws Throwable whatever the generator throws; the harness reports it as a build failure
     */
    Generation generate(Path project, Path sources, String targetPackage, Path output, boolean yaml) throws Throwable;

    /** The class path a user of this generator compiles its output against. */
    List<Path> compileClasspath();

    /** Whether generated classes have {@code violations()} (otherwise only parsing can refuse). */
    boolean checksRules();

    /**
     * The same generator with the boolean option {@code option} (as the plugin's parameter is named)
     * turned on, when it has such an option: how the harness checks a refusal that names an option.
     */
    default java.util.Optional<GeneratorUnderTest> withOption(String option) {
        return java.util.Optional.empty();
    }

    /** What a generation produced besides the sources: one line per rule the classes do not check. */
    record Generation(List<String> warnings) {
    }
}
