package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The names of specification versions map to the schema revision in force for each. */
class RevisionTest {

    @Test
    void everyReleasedVersionMapsToTheRevisionInForce() {
        assertThat(Revision.forSpecVersion("msc2399")).isEqualTo(Revision.MSC2399);
        for (int minor = 1; minor <= 18; minor++) {
            assertThat(Revision.forSpecVersion("v1." + minor)).as("v1." + minor).isEqualTo(Revision.V1_1);
        }
        assertThat(Revision.forSpecVersion("v1.19")).isEqualTo(Revision.V1_19);
        assertThat(Revision.forSpecVersion("latest")).isEqualTo(Revision.latest()).isEqualTo(Revision.V1_19);
    }

    @Test
    void theAcceptedNamesAreListedInOrder() {
        assertThat(Revision.acceptedNames()).startsWith("msc2399", "v1.1", "v1.2").endsWith("v1.18", "v1.19", "latest")
                .hasSize(21);
    }

    @Test
    void anUnknownNameSaysWhatIsAccepted() {
        assertThatThrownBy(() -> Revision.forSpecVersion("1.19")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"1.19\" is not a specification version these schemas know: use latest (v1.19), msc2399"
                        + " (the proposal), or a released version from v1.1 to v1.19");
        assertThatThrownBy(() -> Revision.forSpecVersion("v1.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultValidatorChecksTheLatestRevision() throws Exception {
        WithheldValidator validator = WithheldValidator.create();
        assertThat(validator.revision()).isEqualTo(Revision.latest());
        String noCode = "{\"algorithm\": \"m.megolm.v1.aes-sha2\", \"sender_key\": \"RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU\","
                + " \"room_id\": \"!Cuyf34gef24t:localhost\", \"session_id\": \"X3lUlvLELLYxeTx4yOVu6UDpasGEVO0Jbu+QFnm0cKQ\"}";
        assertThat(validator.validateContent(Profile.SENDING, noCode).isValid()).isFalse();
        assertThat(validator.validateContent(Profile.RECEIVING, noCode).isValid()).isTrue();
        assertThat(WithheldValidator.create(Revision.MSC2399).validateContent(Profile.SENDING, noCode).isValid()).isTrue();
        assertThat(WithheldValidator.schemaId(Revision.V1_1, Kind.EVENT, Profile.SENDING))
                .isEqualTo("https://withheld.dev/schema/v1.1/profiles/event-sending.schema.json");
    }
}
