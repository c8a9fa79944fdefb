package dev.withheld.validator;

import tools.jackson.databind.JsonNode;

/**
 * A quick way to recognise valid instances before the full schema validator runs. It may only ever
 * answer "certainly valid" for an instance the schema accepts; for anything else (invalid, unusual,
 * or simply unsure) it answers {@code false}, and the full validator decides and explains.
 */
interface FastCheck {

    /** Whether the UTF-8 bytes are certainly one JSON value that the schema accepts. */
    boolean certainlyValid(byte[] utf8);

    /** Whether the text is certainly one JSON value, within the size limit, that the schema accepts. */
    boolean certainlyValid(String json);

    /** Whether the tree is certainly an instance that the schema accepts. */
    boolean certainlyValid(JsonNode tree);
}
