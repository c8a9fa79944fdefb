package dev.withheld.codegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pointer rule shared with the schema module's harness: the most specific locations only, compared by whole tokens. */
class InstanceLocationsTest {

    @Test
    void ancestorsAreDroppedAndSiblingsKept() {
        assertThat(InstanceLocations.mostSpecific(List.of("", "/content", "/content/code", "/content/room_id", "/type")))
                .containsExactly("/content/code", "/content/room_id", "/type");
    }

    @Test
    void prefixesAreComparedByWholeTokens() {
        assertThat(InstanceLocations.mostSpecific(List.of("/code", "/codec"))).containsExactly("/code", "/codec");
        assertThat(JsonPointers.isProperPrefix("/a~1b", "/a~1b/c")).isTrue();
        assertThat(JsonPointers.isProperPrefix("/a", "/a~1b")).isFalse();
    }

    @Test
    void theRootAloneStaysTheRoot() {
        assertThat(InstanceLocations.mostSpecific(List.of("", ""))).containsExactly("");
    }
}
