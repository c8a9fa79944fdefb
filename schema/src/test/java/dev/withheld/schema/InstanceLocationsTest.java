package dev.withheld.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The normalisation rule that makes two implementations' error locations comparable. */
class InstanceLocationsTest {

    private static ReportedError at(String location) {
        return new ReportedError(location, List.of(), "error at " + location);
    }

    private static ReportedError missing(String object, String... members) {
        return new ReportedError(object, List.of(members), "missing " + String.join(", ", members));
    }

    @Test
    void aMissingRequiredMemberIsLocatedAtTheMember() {
        assertThat(InstanceLocations.of(List.of(missing("/content", "room_id", "session_id"))))
                .containsExactly("/content/room_id", "/content/session_id");
    }

    @Test
    void aMissingMemberOfTheRootIsLocatedBelowTheRoot() {
        assertThat(InstanceLocations.of(List.of(missing("", "algorithm")))).containsExactly("/algorithm");
    }

    @Test
    void ancestorsReportedByCompositeKeywordsAreDropped() {
        assertThat(InstanceLocations.of(List.of(at(""), at("/content"), at("/content/code"), missing("/content", "room_id"))))
                .containsExactly("/content/code", "/content/room_id");
    }

    @Test
    void prefixesAreComparedByWholeReferenceTokens() {
        assertThat(InstanceLocations.of(List.of(at("/code"), at("/codec")))).containsExactly("/code", "/codec");
        assertThat(InstanceLocations.isProperPrefix("/code", "/codec")).isFalse();
        assertThat(InstanceLocations.isProperPrefix("/content", "/content/code")).isTrue();
        assertThat(InstanceLocations.isProperPrefix("/content", "/content")).isFalse();
    }

    @Test
    void theRootAloneStaysTheRoot() {
        assertThat(InstanceLocations.of(List.of(at(""), at("")))).containsExactly("");
    }

    @Test
    void siblingsAreAllKept() {
        assertThat(InstanceLocations.of(List.of(at("/type"), at("/sender"), at("/type"))))
                .containsExactly("/sender", "/type");
    }

    @Test
    void memberNamesAreEscapedAsJsonPointerTokens() {
        assertThat(InstanceLocations.of(List.of(missing("", "a/b", "m~x")))).containsExactly("/a~1b", "/m~0x");
    }

    @Test
    void noErrorsMeansNoLocations() {
        assertThat(InstanceLocations.of(List.of())).isEmpty();
    }
}
