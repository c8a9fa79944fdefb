package dev.withheld.codegen.output;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratedFilesTest {

    @Test
    void pathsThatCouldLeaveTheOutputDirectoryAreRefused() {
        for (String path : new String[] {"../Escape.java", "org/../../Escape.java", "/etc/passwd", "org//A.java", "C:/x/A.java", ""}) {
            assertThatThrownBy(() -> GeneratedFiles.requireSafe(path)).as(path).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void ordinaryPackagePathsAreAccepted() {
        assertThatCode(() -> GeneratedFiles.requireSafe("org/example/model/RoomKeyWithheldContent.java")).doesNotThrowAnyException();
        assertThatCode(() -> GeneratedFiles.requireSafe("dev/withheld/Outer$Inner.java")).doesNotThrowAnyException();
    }
}
