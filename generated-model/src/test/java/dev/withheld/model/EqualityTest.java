package dev.withheld.model;

import static dev.withheld.model.Examples.unverified;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves value semantics: objects with the same values are equal and hash alike whether built or
 * read with either Jackson version, and a difference in any one property, additional properties
 * included, makes them unequal.
 */
class EqualityTest {

    @Test
    void sameValuesAreEqualAndHashAlike() {
        RoomKeyWithheldContent one = unverified().additionalProperty("from_device", "JLAFKJWSCS").build();
        RoomKeyWithheldContent two = unverified().additionalProperty("from_device", "JLAFKJWSCS").build();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotSameAs(two);
        assertThat(one).isEqualTo(one).isNotEqualTo(null).isNotEqualTo(one.toString());
        assertThat(Examples.event().build()).isEqualTo(Examples.event().build())
                .hasSameHashCodeAs(Examples.event().build());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void aParsedObjectEqualsTheBuiltOne(JsonLibrary json) throws Exception {
        RoomKeyWithheldEvent built = Examples.event()
                .content(unverified().additionalProperty("from_device", "JLAFKJWSCS").build())
                .additionalProperty("com.example.foo", "bar").build();

        RoomKeyWithheldEvent parsed = json.read(json.write(built), RoomKeyWithheldEvent.class);

        assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built);
    }

    @Test
    void everyContentPropertyTakesPartInEquality() {
        RoomKeyWithheldContent base = unverified().build();
        List<UnaryOperator<RoomKeyWithheldContent.Builder>> changes = List.of(
                b -> b.algorithm("org.example.megolm.v2"),
                b -> b.senderKey("abcd"),
                b -> b.roomId("!other:localhost"),
                b -> b.sessionId("other-session"),
                b -> b.code(WithheldCode.BLACKLISTED),
                b -> b.reason("another reason"),
                b -> b.additionalProperty("from_device", "JLAFKJWSCS"));

        for (UnaryOperator<RoomKeyWithheldContent.Builder> change : changes) {
            RoomKeyWithheldContent changed = change.apply(base.toBuilder(RoomKeyWithheldContent.BuildRules.OWN_SCHEMA)).build();
            assertThat(changed).as("changed: %s", changed).isNotEqualTo(base);
            assertThat(changed.hashCode()).as("hash of %s", changed).isNotEqualTo(base.hashCode());
        }
    }

    @Test
    void everyEventPropertyTakesPartInEquality() {
        RoomKeyWithheldEvent base = Examples.event().build();
        List<UnaryOperator<RoomKeyWithheldEvent.Builder>> changes = List.of(
                b -> b.type("org.matrix.room_key.withheld"),
                b -> b.sender("@bob:example.org"),
                b -> b.content(unverified().code(WithheldCode.UNAVAILABLE).build()),
                b -> b.additionalProperty("com.example.foo", "bar"));

        for (UnaryOperator<RoomKeyWithheldEvent.Builder> change : changes) {
            RoomKeyWithheldEvent changed = change.apply(base.toBuilder(RoomKeyWithheldEvent.BuildRules.OWN_SCHEMA)).build();
            assertThat(changed).as("changed: %s", changed).isNotEqualTo(base);
            assertThat(changed.hashCode()).as("hash of %s", changed).isNotEqualTo(base.hashCode());
        }
    }

    @Test
    void anAbsentPropertyDiffersFromAnyValue() {
        RoomKeyWithheldContent withoutReason = unverified().reason(null).build();

        assertThat(withoutReason).isNotEqualTo(unverified().reason("").build());
    }

    @Test
    void violationsCompareByPointerKeywordAndMessage() {
        SchemaViolation one = new SchemaViolation("/room_id", "required", "room_id is required");

        assertThat(one).isEqualTo(new SchemaViolation("/room_id", "required", "room_id is required"))
                .hasSameHashCodeAs(new SchemaViolation("/room_id", "required", "room_id is required"))
                .isNotEqualTo(new SchemaViolation("/session_id", "required", "room_id is required"))
                .isNotEqualTo(new SchemaViolation("/room_id", "pattern", "room_id is required"))
                .isNotEqualTo(new SchemaViolation("/room_id", "required", "other"));
    }
}
