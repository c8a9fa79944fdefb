package dev.withheld.codegen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the project is and where its build output goes: what Maven knows as the project's directories. */
final class ProjectOptions {

    @Option(names = "--basedir", paramLabel = "DIR", defaultValue = ".",
            description = "The project's directory (Maven's $${project.basedir}): relative paths and the defaults below are"
                    + " read from it. Default: the current directory.")
    private Path basedir;

    @Option(names = "--buildDirectory", paramLabel = "DIR",
            description = "The build's output directory (Maven's $${project.build.directory}), where the defaults put"
                    + " generated files and reports. Default: target in the project's directory.")
    private Path buildDirectory;

    /** The project's directory, absolute. */
    Path basedir() {
        return basedir.toAbsolutePath().normalize();
    }

    /** A path as given (relative to the project's directory, as in a POM), or the default below the project's directory. */
    Path inProject(Path given, String byDefault) {
        return basedir().resolve(given == null ? Path.of(byDefault) : given).normalize();
    }

    /** A path as given (relative to the project's directory), or the default below the build directory. */
    Path inBuild(Path given, String byDefault) {
        return given != null ? basedir().resolve(given).normalize() : buildDirectory().resolve(byDefault).normalize();
    }

    /** A path as given, relative to the project's directory; {@code null} when not given. */
    Path optional(Path given) {
        return given == null ? null : basedir().resolve(given).normalize();
    }

    private Path buildDirectory() {
        return buildDirectory == null ? basedir().resolve("target") : basedir().resolve(buildDirectory);
    }
}
