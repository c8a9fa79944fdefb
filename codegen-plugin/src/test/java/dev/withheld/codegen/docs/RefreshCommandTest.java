package dev.withheld.codegen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refresh command in a stale-docs message is the one to type where the build was started. */
class RefreshCommandTest {

    @TempDir
    Path root;

    @Test
    void aModuleBelowAWrapperIsSelectedWithPl() throws IOException {
        Files.writeString(root.resolve("mvnw"), "#!/bin/sh\n");
        assertThat(RefreshCommand.of(root, root.resolve("schema"))).isEqualTo("./mvnw -pl schema verify -Dwithheld.docs.update");
    }

    @Test
    void aProjectBuiltInItsOwnDirectoryWithoutWrapperUsesMvn() {
        assertThat(RefreshCommand.of(root, root)).isEqualTo("mvn verify -Dwithheld.docs.update");
    }
}
