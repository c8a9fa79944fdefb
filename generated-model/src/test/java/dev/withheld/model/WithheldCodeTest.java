package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link WithheldCode} is open: the codes the schema lists are constants with the
 * schema's descriptions, any other code is kept exactly (also through Jackson 2 and 3) and reported
 * as unknown, and values compare by their text.
 */
class WithheldCodeTest {

    /** The revisions whose content schemas list codes, oldest first; the model is generated from the newest. */
    private static final java.util.List<String> CONTENT_SCHEMAS = java.util.List.of(
            SchemaResources.ID_PREFIX + "room-key-withheld-content.schema.json",
            SchemaResources.ID_PREFIX + "v1.19/room-key-withheld-content.schema.json");

    /**
     * The known codes and their descriptions, in schema order: those each revision's
     * {@code $defs/knownWithheldCode/oneOf} lists as a {@code const} (a later revision refers to the
     * earlier list, then adds its own).
     */
    private static Map<String, String> schemaCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String schema : CONTENT_SCHEMAS) {
            for (JsonNode option : SchemaResources.schema(schema).at("/$defs/knownWithheldCode/oneOf")) {
                if (option.has("const")) {
                    codes.put(option.path("const").asText(), option.path("description").asText());
                }
            }
        }
        assertThat(codes).as("codes listed in the schemas").hasSize(6);
        return codes;
    }

    @Test
    void theKnownValuesAreTheSchemaCodesInSchemaOrderWithTheirDescriptions() {
        Map<String, String> fromModel = new LinkedHashMap<>();
        WithheldCode.knownValues().forEach(code -> fromModel.put(code.value(), code.description().orElseThrow()));

        assertThat(fromModel).containsExactlyEntriesOf(schemaCodes());
    }

    @Test
    void theConstantsAreTheSeedCodesAndTheCodeV119Added() {
        assertThat(WithheldCode.knownValues()).containsExactly(WithheldCode.BLACKLISTED, WithheldCode.UNVERIFIED,
                WithheldCode.UNAUTHORISED, WithheldCode.UNAVAILABLE, WithheldCode.NO_OLM, WithheldCode.HISTORY_NOT_SHARED);
        assertThat(WithheldCode.HISTORY_NOT_SHARED.value()).isEqualTo("m.history_not_shared");
        assertThat(WithheldCode.HISTORY_NOT_SHARED.description()).hasValueSatisfying(d -> assertThat(d).startsWith("Added in v1.19."));
        assertThat(WithheldCode.NO_OLM.value()).isEqualTo("m.no_olm");
        assertThat(WithheldCode.UNAUTHORISED.value()).isEqualTo("m.unauthorised");
    }

    @Test
    void aKnownValueIsItsConstant() {
        for (WithheldCode known : WithheldCode.knownValues()) {
            assertThat(WithheldCode.of(known.value())).isSameAs(known);
            assertThat(known.isKnown()).isTrue();
            assertThat(known.description()).isPresent();
        }
    }

    @Test
    void anUnknownValueIsKeptExactly() {
        WithheldCode later = WithheldCode.of("m.some_later_code");
        WithheldCode custom = WithheldCode.of("org.example.quota_exceeded");

        assertThat(later.value()).isEqualTo("m.some_later_code");
        assertThat(later).hasToString("m.some_later_code");
        assertThat(later.isKnown()).isFalse();
        assertThat(later.description()).isEmpty();
        assertThat(custom.value()).isEqualTo("org.example.quota_exceeded");
        assertThat(custom.isKnown()).isFalse();
        assertThat(WithheldCode.knownValues()).doesNotContain(later, custom);
    }

    @Test
    void valuesAreCaseSensitive() {
        WithheldCode shouted = WithheldCode.of("M.NO_OLM");

        assertThat(shouted).isNotEqualTo(WithheldCode.NO_OLM);
        assertThat(shouted.isKnown()).isFalse();
        assertThat(shouted.value()).isEqualTo("M.NO_OLM");
    }

    @Test
    void valuesCompareByTheirText() {
        assertThat(WithheldCode.of("org.example.quota_exceeded"))
                .isEqualTo(WithheldCode.of("org.example.quota_exceeded"))
                .hasSameHashCodeAs(WithheldCode.of("org.example.quota_exceeded"))
                .isNotEqualTo(WithheldCode.of("org.example.other"))
                .isNotEqualTo("org.example.quota_exceeded");
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> WithheldCode.of(null));
    }

    @Test
    void theKnownValuesCannotBeChanged() {
        assertThatThrownBy(() -> WithheldCode.knownValues().add(WithheldCode.of("m.history_not_shared")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> WithheldCode.knownValues().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void jsonReadsAndWritesTheCodeAsAPlainString(JsonLibrary json) throws Exception {
        assertThat(json.read("\"org.example.quota_exceeded\"", WithheldCode.class))
                .isEqualTo(WithheldCode.of("org.example.quota_exceeded"));
        assertThat(json.read("\"m.no_olm\"", WithheldCode.class)).isSameAs(WithheldCode.NO_OLM);
        assertThat(json.write(WithheldCode.of("m.history_not_shared"))).isEqualTo("\"m.history_not_shared\"");
        assertThat(json.write(WithheldCode.UNVERIFIED)).isEqualTo("\"m.unverified\"");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void anUnknownCodeInContentSurvivesARoundTrip(JsonLibrary json) throws Exception {
        RoomKeyWithheldContent sent = Examples.received().code(WithheldCode.of("m.some_later_code")).build();

        RoomKeyWithheldContent received = json.read(json.write(sent), RoomKeyWithheldContent.class);

        assertThat(received.getCode().value()).isEqualTo("m.some_later_code");
        assertThat(received.getCode().isKnown()).isFalse();
        assertThat(received).isEqualTo(sent);
    }
}
