package dev.withheld.model;

/** Realistic values from the seed proposal, shared by the hand-written tests. */
final class Examples {

    static final String ALGORITHM = "m.megolm.v1.aes-sha2";
    static final String SENDER_KEY = "RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU";
    static final String ROOM_ID = "!Cuyf34gef24t:localhost";
    static final String SESSION_ID = "X3lUlvLELLYxeTx4yOVu6UDpasGEVO0Jbu+QFnm0cKQ";
    static final String SENDER = "@alice:example.org";
    static final String EVENT_TYPE = "m.room_key.withheld";

    private Examples() {
    }

    /** A builder for a complete, valid content about one session, withheld as m.unverified. */
    static RoomKeyWithheldContent.Builder unverified() {
        return RoomKeyWithheldContent.builder()
                .algorithm(ALGORITHM)
                .senderKey(SENDER_KEY)
                .roomId(ROOM_ID)
                .sessionId(SESSION_ID)
                .code(WithheldCode.UNVERIFIED)
                .reason("Device not verified");
    }

    /**
     * The same content, built under the content schema's own rules only ({@code OWN_SCHEMA}): what a receiver
     * accepts, not only what a sender may send (which {@link #unverified()}'s builder follows).
     */
    static RoomKeyWithheldContent.Builder received() {
        return unverified().build().toBuilder(RoomKeyWithheldContent.BuildRules.OWN_SCHEMA);
    }

    /** A builder for a valid event around {@link #unverified()}. */
    static RoomKeyWithheldEvent.Builder event() {
        return RoomKeyWithheldEvent.builder().type(EVENT_TYPE).sender(SENDER).content(unverified().build());
    }
}
