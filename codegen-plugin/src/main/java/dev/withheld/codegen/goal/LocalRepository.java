package dev.withheld.codegen.goal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Artifacts from a local Maven repository ({@code ~/.m2/repository} unless told otherwise), for the command line,
 * which downloads nothing.
 */
public final class LocalRepository implements ArtifactResolver {
    private final Path directory;

    public LocalRepository(Path directory) {
        this.directory = directory;
    }

    /** The repository Maven uses by default: {@code .m2/repository} in the user's home directory. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    @Override
    public Path resolve(ArtifactCoordinates coordinates) throws NotFound {
        Path file = directory.resolve(coordinates.repositoryPath());
        if (!Files.isRegularFile(file)) {
            throw new NotFound("it is not in the local Maven repository " + directory + " (no " + coordinates.repositoryPath()
                    + "; the command line downloads nothing, so fetch it first, for example with mvn dependency:get -Dartifact="
                    + coordinates + ")");
        }
        return file;
    }
}
