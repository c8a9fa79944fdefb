package dev.withheld.codegen.goal;

import java.nio.file.Path;

/**
 * Finds the file of a released artifact: the Maven goal asks the build's repositories, the command line looks in
 * the local Maven repository.
 */
@FunctionalInterface
public interface ArtifactResolver {

    /**
     * The artifact's file.
     *
     * @throws NotFound saying why, in words for a person
     */
    Path resolve(ArtifactCoordinates coordinates) throws NotFound;

    /** The artifact cannot be had; the message says why. */
    final class NotFound extends Exception {
        private static final long serialVersionUID = 1L;

        public NotFound(String reason) {
            super(reason);
        }
    }
}
