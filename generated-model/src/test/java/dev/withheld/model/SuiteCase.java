package dev.withheld.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One case of an example suite: the instance as JSON text (fed to both Jackson versions) and as a
 * tree (to inspect), the verdict, and for an invalid case the pointers the schema reports.
 */
record SuiteCase(String file, String description, SuiteTarget target, boolean valid, JsonNode data,
        String json, Set<String> pointers) {

    /**
     * The pointers the model must report for this invalid case.
     * <p>
     * They are the suite's pointers, except for one rule that lives only in the receiving event
     * profile: {@code type} restricted to the stable and the unstable event type. The model is
     * generated from the base event, whose {@code type} is any string, so that receivers can read
     * any to-device event envelope and route it by type themselves; a string {@code type} outside
     * the profile's {@code enum} is therefore not a model violation. The allowed values are read from
     * the profile schema itself.
     */
    Set<String> modelPointers() {
        Set<String> expected = new LinkedHashSet<>(pointers);
        if (target.isReceivingEvent() && data.path("type").isTextual()
                && !receivingTypes().contains(data.get("type").asText())) {
            expected.remove("/type");
        }
        return expected;
    }

    /** The event types the receiving event profile allows, from its {@code properties.type.enum}. */
    static Set<String> receivingTypes() {
        JsonNode allowed = SchemaResources.schema(SuiteTarget.EVENT_RECEIVING.id).at("/properties/type/enum");
        if (!allowed.isArray() || allowed.isEmpty()) {
            throw new IllegalStateException("the receiving event profile no longer lists its types in properties.type.enum");
        }
        Set<String> types = new LinkedHashSet<>();
        allowed.forEach(value -> types.add(value.asText()));
        return types;
    }

    @Override
    public String toString() {
        return file + ": " + description;
    }
}
