package dev.withheld.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The schemas that the example suites target, and what each means for the model.
 * <p>
 * The model is generated from the two base schemas. A profile builds on its base with
 * {@code $ref} (checked by {@link SuiteCatalogTest}), so an instance valid in any profile is valid in
 * the base and must round-trip through the model. Invalid cases carry over only where the profile
 * adds no rule the base does not have: the base itself and the receiving profiles. The sending
 * profiles add rules (known or namespaced code, the stable type) that the lenient model
 * deliberately does not hold, so their invalid cases say nothing about the model. The receiving
 * event profile also narrows {@code type} to two values; see {@link SuiteCase#modelPointers()}.
 */
enum SuiteTarget {

    CONTENT("room-key-withheld-content.schema.json", RoomKeyWithheldContent.class, null, true),
    CONTENT_RECEIVING("profiles/content-receiving.schema.json", RoomKeyWithheldContent.class, CONTENT, true),
    CONTENT_SENDING("profiles/content-sending.schema.json", RoomKeyWithheldContent.class, CONTENT, false),
    EVENT("room-key-withheld-event.schema.json", RoomKeyWithheldEvent.class, null, true),
    EVENT_RECEIVING("profiles/event-receiving.schema.json", RoomKeyWithheldEvent.class, EVENT, true),
    EVENT_SENDING("profiles/event-sending.schema.json", RoomKeyWithheldEvent.class, EVENT, false),

    // The later revisions: the model is a receiver, so it reads what every revision's base and receiving
    // profile accept (their structure is the base's), and every valid case of every profile round-trips.
    V1_1_CONTENT("v1.1/room-key-withheld-content.schema.json", RoomKeyWithheldContent.class, CONTENT, true),
    V1_1_CONTENT_RECEIVING("v1.1/profiles/content-receiving.schema.json", RoomKeyWithheldContent.class, V1_1_CONTENT, true),
    V1_1_CONTENT_SENDING("v1.1/profiles/content-sending.schema.json", RoomKeyWithheldContent.class, V1_1_CONTENT, false),
    V1_1_EVENT("v1.1/room-key-withheld-event.schema.json", RoomKeyWithheldEvent.class, EVENT, true),
    V1_1_EVENT_RECEIVING("v1.1/profiles/event-receiving.schema.json", RoomKeyWithheldEvent.class, V1_1_EVENT, true),
    V1_1_EVENT_SENDING("v1.1/profiles/event-sending.schema.json", RoomKeyWithheldEvent.class, V1_1_EVENT, false),
    V1_19_CONTENT("v1.19/room-key-withheld-content.schema.json", RoomKeyWithheldContent.class, V1_1_CONTENT, true),
    V1_19_CONTENT_RECEIVING("v1.19/profiles/content-receiving.schema.json", RoomKeyWithheldContent.class, V1_19_CONTENT, true),
    V1_19_CONTENT_SENDING("v1.19/profiles/content-sending.schema.json", RoomKeyWithheldContent.class, V1_19_CONTENT, false),
    V1_19_EVENT("v1.19/room-key-withheld-event.schema.json", RoomKeyWithheldEvent.class, V1_1_EVENT, true),
    V1_19_EVENT_RECEIVING("v1.19/profiles/event-receiving.schema.json", RoomKeyWithheldEvent.class, V1_19_EVENT, true),
    V1_19_EVENT_SENDING("v1.19/profiles/event-sending.schema.json", RoomKeyWithheldEvent.class, V1_19_EVENT, false);

    final String id;
    final Class<?> modelClass;
    /** The base schema a profile builds on; null for a base schema. */
    final SuiteTarget base;
    /** Whether the invalid cases of this target are about rules the model holds. */
    final boolean invalidCasesApply;

    SuiteTarget(String path, Class<?> modelClass, SuiteTarget base, boolean invalidCasesApply) {
        this.id = SchemaResources.ID_PREFIX + path;
        this.modelClass = modelClass;
        this.base = base;
        this.invalidCasesApply = invalidCasesApply;
    }

    /** Whether this is a receiving event profile, which narrows {@code type} to the stable and the unstable name. */
    boolean isReceivingEvent() {
        return this == EVENT_RECEIVING || this == V1_1_EVENT_RECEIVING || this == V1_19_EVENT_RECEIVING;
    }

    static Optional<SuiteTarget> forId(String id) {
        return Arrays.stream(values()).filter(target -> target.id.equals(id)).findFirst();
    }
}
