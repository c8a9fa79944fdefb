package dev.withheld.model;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Whether a withheld notice explains why a message cannot be decrypted: the proposal's semantics,
 * which no schema can state, since they relate a notice to messages and to time.
 *
 * <p>The rules, in the proposal's words:
 * <ul>
 *   <li>A notice about a session: "the recipient of the event should assume that the event applies to
 *       all messages in that session. If a sender unblocks a recipient, it may re-use the existing
 *       session for which the recipient was previously informed that it was blocked, in which case,
 *       the recipient of the {@code m.room_key.withheld} message should assume that the event applies
 *       to all messages in the session prior to the index of the first key that it has received for
 *       that session."</li>
 *   <li>A notice with the code {@code m.no_olm}: "the sender is unable to establish an olm session
 *       with the recipient. When this happens, multiple sessions will be affected. In order to avoid
 *       filling the recipient's device mailbox, the sender should only send one
 *       {@code m.room_key.withheld} message with no {@code room_id} nor {@code session_id} set." The
 *       proposal leaves open which sessions it covers ("how does the recipient determine which
 *       sessions the notification applies to?"); here it covers every message whose session was
 *       created by the notice's {@code sender_key} and that was sent before the notice arrived, since
 *       a later message may have been shared once an olm session existed.</li>
 * </ul>
 * Which rule applies is the notice's {@link RoomKeyWithheldContent#variant() shape}.
 */
public final class WithheldNotices {

    private WithheldNotices() {
    }

    /**
     * A message the recipient cannot decrypt, with what a notice can be about.
     *
     * @param roomId the room the message was sent in
     * @param sessionId the Megolm session it was encrypted with
     * @param senderKey the Curve25519 key of the session's creator ({@code sender_key} of the encrypted event)
     * @param sent when it was sent (its {@code origin_server_ts})
     * @param messageIndex the message's index in the session (from its ciphertext)
     * @param firstReceivedKeyIndex the index from which the recipient holds a key for the session, if it
     *     received one after all; empty when it holds none
     */
    public record UndecryptableMessage(String roomId, String sessionId, String senderKey, Instant sent, long messageIndex,
            OptionalLong firstReceivedKeyIndex) {

        public UndecryptableMessage {
            Objects.requireNonNull(roomId, "roomId");
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(senderKey, "senderKey");
            Objects.requireNonNull(sent, "sent");
            Objects.requireNonNull(firstReceivedKeyIndex, "firstReceivedKeyIndex");
        }

        /** A message of a session for which the recipient holds no key at all. */
        public UndecryptableMessage(String roomId, String sessionId, String senderKey, Instant sent) {
            this(roomId, sessionId, senderKey, sent, 0, OptionalLong.empty());
        }
    }

    /**
     * Whether {@code notice}, which arrived at {@code arrived}, explains why {@code message} cannot be
     * decrypted.
     *
     * @throws SchemaViolationException when the notice breaks a rule of its schema: it then explains
     *     nothing, and what it would mean is not defined
     */
    public static boolean explains(RoomKeyWithheldContent notice, Instant arrived, UndecryptableMessage message) {
        Objects.requireNonNull(arrived, "arrived");
        RoomKeyWithheldContent.Variant shape = notice.variant();
        if (!notice.getSenderKey().equals(message.senderKey())) {
            return false;
        }
        if (shape instanceof RoomKeyWithheldContent.SpecificSession session) {
            return session.roomId().equals(message.roomId()) && session.sessionId().equals(message.sessionId())
                    && (message.firstReceivedKeyIndex().isEmpty()
                            || message.messageIndex() < message.firstReceivedKeyIndex().getAsLong());
        }
        // RoomKeyWithheldContent.NoOlmSession: the only other shape (the interface is sealed).
        return !message.sent().isAfter(arrived);
    }
}
