package dev.withheld.model;

import static dev.withheld.model.Examples.ALGORITHM;
import static dev.withheld.model.Examples.SENDER_KEY;
import static dev.withheld.model.Examples.unverified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.withheld.model.RoomKeyWithheldContent.BuildRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builders follow what a client may send: the newest revision's sending profile (v1.19) unless asked
 * for another revision's, or for the content schema alone (what a receiver accepts). The rules come from
 * the profile schemas; these tests pin down the revisions' differences as a sender sees them.
 */
class SendingRulesTest {

    private static RoomKeyWithheldContent.Builder withoutCode(BuildRules rules) {
        return RoomKeyWithheldContent.builder(rules).algorithm(ALGORITHM).senderKey(SENDER_KEY).roomId(Examples.ROOM_ID)
                .sessionId(Examples.SESSION_ID);
    }

    private static List<org.assertj.core.groups.Tuple> refusedAt(RoomKeyWithheldContent.Builder builder) {
        SchemaViolationException refused = catchThrowableOfType(SchemaViolationException.class, builder::build);
        assertThat(refused).as("the builder must refuse this content").isNotNull();
        return refused.violations().stream().map(v -> tuple(v.pointer(), v.keyword())).toList();
    }

    @Test
    void theDefaultBuilderFollowsTheNewestSendingRules() {
        assertThat(refusedAt(RoomKeyWithheldContent.builder().algorithm(ALGORITHM).senderKey(SENDER_KEY).roomId(Examples.ROOM_ID)
                .sessionId(Examples.SESSION_ID))).extracting(t -> t.toList().get(1)).contains("required");
        assertThat(unverified().build().isValid()).isTrue();
    }

    @Test
    void codeIsRequiredWhenSendingSinceV11ButNotByTheProposal() {
        for (BuildRules released : List.of(BuildRules.SENDING_V1_19, BuildRules.SENDING_V1_1)) {
            SchemaViolationException refused = catchThrowableOfType(SchemaViolationException.class, withoutCode(released)::build);
            assertThat(refused).as(released.name()).isNotNull();
            assertThat(refused).hasMessageContaining("code");
        }
        assertThat(withoutCode(BuildRules.SENDING_MSC2399).build().getCode()).isNull();
        assertThat(withoutCode(BuildRules.OWN_SCHEMA).build().getCode()).isNull();
    }

    @Test
    void historyNotSharedIsNotSentInThisEventFromV119() {
        RoomKeyWithheldContent.Builder v119 = unverified().code(WithheldCode.HISTORY_NOT_SHARED);
        SchemaViolationException refused = catchThrowableOfType(SchemaViolationException.class, v119::build);
        assertThat(refused).isNotNull();
        assertThat(refused.violations()).extracting(SchemaViolation::pointer).contains("/code");
        // A receiver still reads and rebuilds it.
        assertThat(unverified().build().toBuilder(BuildRules.OWN_SCHEMA).code(WithheldCode.HISTORY_NOT_SHARED).build().getCode())
                .isEqualTo(WithheldCode.HISTORY_NOT_SHARED);
    }

    @Test
    void sendersSendTheSpecsAlgorithmFromV11() {
        RoomKeyWithheldContent.Builder other = unverified().algorithm("org.example.megolm.v2");
        assertThat(refusedAt(other)).containsExactly(tuple("/algorithm", "enum"));
        assertThat(unverified().build().toBuilder(BuildRules.SENDING_MSC2399).algorithm("org.example.megolm.v2").build().getAlgorithm())
                .isEqualTo("org.example.megolm.v2");
    }

    @Test
    void aReceivedContentIsCheckedAgainstAnyRevisionsSendingRules() throws Exception {
        RoomKeyWithheldContent received = JsonLibrary.JACKSON_3.read("{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\""
                + SENDER_KEY + "\",\"room_id\":\"!r:localhost\",\"session_id\":\"s\"}", RoomKeyWithheldContent.class);
        assertThat(received.violations()).isEmpty();
        assertThat(received.violations(BuildRules.OWN_SCHEMA)).isEmpty();
        assertThat(received.violations(BuildRules.SENDING_MSC2399)).isEmpty();
        assertThat(received.violations(BuildRules.SENDING_V1_1)).isNotEmpty();
        assertThat(received.violations(BuildRules.SENDING_V1_19)).isNotEmpty();
    }

    @Test
    void toBuilderFollowsTheSendingRulesUnlessAskedOtherwise() throws Exception {
        RoomKeyWithheldContent received = JsonLibrary.JACKSON_3.read("{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\""
                + SENDER_KEY + "\",\"room_id\":\"!r:localhost\",\"session_id\":\"s\"}", RoomKeyWithheldContent.class);
        assertThat(catchThrowableOfType(SchemaViolationException.class, () -> received.toBuilder().reason("r").build())).isNotNull();
        assertThat(received.toBuilder(BuildRules.OWN_SCHEMA).reason("r").build().getReason()).isEqualTo("r");
    }

    @Test
    void anEventIsSentWithTheStableTypeAndSendingContent() {
        assertThat(Examples.event().build().violations(RoomKeyWithheldEvent.BuildRules.SENDING_V1_19)).isEmpty();
        RoomKeyWithheldContent noCode = withoutCode(BuildRules.OWN_SCHEMA).build();
        SchemaViolationException refused = catchThrowableOfType(SchemaViolationException.class,
                () -> Examples.event().content(noCode).build());
        assertThat(refused).isNotNull();
        assertThat(refused.violations()).extracting(SchemaViolation::pointer).allMatch(p -> p.startsWith("/content"));
        assertThat(Examples.event().build().toBuilder(RoomKeyWithheldEvent.BuildRules.SENDING_MSC2399).content(noCode).build()
                .getContent().getCode()).isNull();
    }
}
