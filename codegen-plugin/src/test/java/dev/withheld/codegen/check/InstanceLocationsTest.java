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
        assertThat(InstanceLocations.mostSpecific(List.of("/a", "/a~1b"))).containsExactly("/a", "/a~1b");
    }

    @Test
    void theRootAloneStaysTheRoot() {
        assertThat(InstanceLocations.mostSpecific(List.of("", ""))).containsExactly("");
    }
}
