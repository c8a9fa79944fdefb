package dev.withheld.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;

/** How instance values appear in messages: strings as they are, anything else as JSON. */
final class Values {

    private Values() {
    }

    static String display(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
