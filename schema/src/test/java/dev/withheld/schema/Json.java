package dev.withheld.schema;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mapper that the tests read schema and suite files with.
 *
 * <p>It rejects duplicate keys: a hand-edited file easily gets one, and a lenient parser would
 * silently keep the last value, so a rule or a case could vanish without anyone noticing.
 */
final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private Json() {
    }

    static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
