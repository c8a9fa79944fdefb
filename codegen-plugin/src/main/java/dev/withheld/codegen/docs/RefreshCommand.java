package dev.withheld.codegen.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** The command line that refreshes the checked-in docs, as a person types it where the build was started. */
public final class RefreshCommand {
    private RefreshCommand() {
    }

    /**
     * {@code ./mvnw -pl schema verify -Dwithheld.docs.update}: the wrapper when the start directory has one, and
     * {@code -pl} when the project is a module below it.
     */
    public static String of(Path executionRoot, Path project) {
        Path root = executionRoot.toAbsolutePath().normalize();
        Path module = project.toAbsolutePath().normalize();
        String maven = Files.isRegularFile(root.resolve("mvnw")) ? "./mvnw" : "mvn";
        String select = module.equals(root) || !module.startsWith(root) ? "" : " -pl " + root.relativize(module).toString().replace('\\', '/');
        return maven + select + " verify -Dwithheld.docs.update";
    }
}
