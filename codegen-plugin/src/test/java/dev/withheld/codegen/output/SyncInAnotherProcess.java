package dev.withheld.codegen.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Test support: one sync run in a JVM of its own, for {@code OutputSyncTest}. */
final class SyncInAnotherProcess {

    private SyncInAnotherProcess() {
    }

    /** Syncs {@code org/example/Other.java} into the output directory named by the first argument. */
    public static void main(String[] args) {
        System.out.println("started");
        System.out.flush();
        new OutputSync(Path.of(args[0])).apply(Map.of("org/example/Other.java", "class Other {}".getBytes(StandardCharsets.UTF_8)), "other");
        System.out.println("done");
    }
}
