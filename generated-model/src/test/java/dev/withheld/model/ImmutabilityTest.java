package dev.withheld.model;

import static dev.withheld.model.Examples.unverified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that model objects cannot change after they are built or read: final classes with private
 * state and no public mutators, read-only additional properties and violation lists, builders whose
 * later use does not reach objects already built, and {@code toBuilder()} copies that leave the
 * original alone.
 */
class ImmutabilityTest {

    private static final List<Class<?>> VALUE_TYPES = List.of(RoomKeyWithheldContent.class, RoomKeyWithheldEvent.class,
            WithheldCode.class, SchemaViolation.class);

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {RoomKeyWithheldContent.class, RoomKeyWithheldEvent.class, WithheldCode.class, SchemaViolation.class})
    void isFinalWithPrivateStateAndNoPublicMutator(Class<?> type) {
        assertThat(VALUE_TYPES).contains(type);
        assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
        assertThat(Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers())))
                .as("instance fields of %s", type.getSimpleName())
                .allSatisfy(field -> assertThat(Modifier.isPrivate(field.getModifiers())).as(field.getName()).isTrue());
        assertThat(Arrays.stream(type.getMethods()).filter(method -> !Modifier.isStatic(method.getModifiers()))
                .map(Method::getName))
                .as("public methods of %s", type.getSimpleName())
                .noneMatch(name -> name.matches("(set|add|put|remove|clear|with)([A-Z].*)?"));
        assertThat(Arrays.stream(type.getConstructors())).as("public constructors of %s", type.getSimpleName())
                .allSatisfy(constructor -> assertThat(type).isEqualTo(SchemaViolation.class));
    }

    @Test
    void valueTypesWithoutBuilderHaveOnlyFinalFields() {
        for (Class<?> type : List.of(WithheldCode.class, SchemaViolation.class)) {
            for (Field field : type.getDeclaredFields()) {
                assertThat(Modifier.isFinal(field.getModifiers())).as("%s.%s", type.getSimpleName(), field.getName()).isTrue();
            }
        }
    }

    @Test
    void additionalPropertiesOfABuiltObjectAreReadOnly() {
        RoomKeyWithheldContent content = unverified().additionalProperty("from_device", "JLAFKJWSCS").build();
        RoomKeyWithheldEvent event = Examples.event().additionalProperty("com.example.foo", "bar").build();

        assertReadOnly(content.getAdditionalProperties());
        assertReadOnly(event.getAdditionalProperties());
        assertThat(content.getAdditionalProperties()).containsExactly(Map.entry("from_device", "JLAFKJWSCS"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void additionalPropertiesOfAParsedObjectAreReadOnly(JsonLibrary json) throws Exception {
        RoomKeyWithheldEvent event = json.read(json.write(Examples.event()
                .content(unverified().additionalProperty("from_device", "JLAFKJWSCS").build())
                .additionalProperty("com.example.foo", "bar").build()), RoomKeyWithheldEvent.class);

        assertReadOnly(event.getAdditionalProperties());
        assertReadOnly(event.getContent().getAdditionalProperties());
        assertThat(event.getContent().getAdditionalProperties()).containsEntry("from_device", "JLAFKJWSCS");
    }

    @Test
    void violationListsAreReadOnly() throws Exception {
        RoomKeyWithheldContent invalid = JsonLibrary.JACKSON_2.read("{}", RoomKeyWithheldContent.class);

        assertThat(invalid.violations()).isNotEmpty().isUnmodifiable();
        assertThat(unverified().build().violations()).isUnmodifiable();
    }

    @Test
    void toBuilderMakesAChangedCopyAndLeavesTheOriginalAlone() {
        RoomKeyWithheldContent original = unverified().additionalProperty("from_device", "JLAFKJWSCS").build();
        RoomKeyWithheldContent before = unverified().additionalProperty("from_device", "JLAFKJWSCS").build();

        RoomKeyWithheldContent changed = original.toBuilder()
                .code(WithheldCode.BLACKLISTED)
                .reason(null)
                .additionalProperty("com.example.extra", 1)
                .build();

        assertThat(original).isEqualTo(before);
        assertThat(original.getCode()).isSameAs(WithheldCode.UNVERIFIED);
        assertThat(original.getReason()).isEqualTo("Device not verified");
        assertThat(original.getAdditionalProperties()).containsOnlyKeys("from_device");
        assertThat(changed.getCode()).isSameAs(WithheldCode.BLACKLISTED);
        assertThat(changed.getReason()).isNull();
        assertThat(changed.getAlgorithm()).isEqualTo(original.getAlgorithm());
        assertThat(changed.getAdditionalProperties()).containsOnlyKeys("from_device", "com.example.extra");
    }

    @Test
    void toBuilderOfAnEventLeavesTheOriginalAlone() {
        RoomKeyWithheldEvent original = Examples.event().build();

        RoomKeyWithheldEvent changed = original.toBuilder(RoomKeyWithheldEvent.BuildRules.OWN_SCHEMA).type("org.matrix.room_key.withheld").build();

        assertThat(original.getType()).isEqualTo(Examples.EVENT_TYPE);
        assertThat(changed.getType()).isEqualTo("org.matrix.room_key.withheld");
        assertThat(changed.getContent()).isSameAs(original.getContent());
    }

    @Test
    void usingABuilderAgainDoesNotChangeWhatItBuilt() {
        RoomKeyWithheldContent.Builder builder = unverified();
        RoomKeyWithheldContent first = builder.build();

        builder.roomId("!other:localhost").additionalProperty("from_device", "JLAFKJWSCS");

        assertThat(first.getRoomId()).isEqualTo(Examples.ROOM_ID);
        assertThat(first.getAdditionalProperties()).isEmpty();
        assertThat(builder.build().getRoomId()).isEqualTo("!other:localhost");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void nestedUnknownValuesOfAParsedObjectAreReadOnlyAllTheWayDown(JsonLibrary json) throws Exception {
        String received = "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + Examples.SENDER_KEY
                + "\",\"code\":\"m.no_olm\",\"com.example.foo\":{\"bar\":[1,2]}}";
        RoomKeyWithheldContent content = json.read(received, RoomKeyWithheldContent.class);
        int hash = content.hashCode();
        Map<?, ?> foo = (Map<?, ?>) content.getAdditionalProperties().get("com.example.foo");
        assertThatThrownBy(() -> foo.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) foo.get("bar")).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(content.hashCode()).isEqualTo(hash);
        assertThat(json.sameTree(json.write(content), received)).isTrue();
    }

    @Test
    void aValueGivenToTheBuilderIsCopiedSoLaterChangesDoNotReachTheBuiltObject() {
        List<Object> list = new java.util.ArrayList<>(List.of(1));
        RoomKeyWithheldContent built = unverified().additionalProperty("com.example.list", list).build();
        list.add(2);
        assertThat(built.getAdditionalProperties().get("com.example.list")).isEqualTo(List.of(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"room_id", "code", "algorithm"})
    void theBuilderRefusesANamedPropertyAsAnAdditionalOne(String name) {
        assertThatThrownBy(() -> unverified().additionalProperty(name, "m.unverified"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining("its own builder method");
    }

    private static void assertReadOnly(Map<String, Object> properties) {
        assertThatThrownBy(() -> properties.put("injected", "value")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(properties::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(properties).doesNotContainKey("injected");
    }
}
