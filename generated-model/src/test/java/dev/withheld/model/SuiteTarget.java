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
    EVENT_SENDING("profiles/event-sending.schema.json", RoomKeyWithheldEvent.class, EVENT, false);

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

    static Optional<SuiteTarget> forId(String id) {
        return Arrays.stream(values()).filter(target -> target.id.equals(id)).findFirst();
    }
}
