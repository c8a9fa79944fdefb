package dev.withheld.codegen.differential.random;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One try of the property: a schema and the instances to judge with it. Its text form is what jqwik
 * prints for the shrunk failing sample, so it is the schema and the instances as JSON.
 */
public record RandomCase(ObjectNode schema, List<JsonNode> instances) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("\n  schema:   ").append(schema);
        for (int i = 0; i < instances.size(); i++) {
            text.append("\n  instance ").append(i).append(": ").append(instances.get(i));
        }
        return text.append('\n').toString();
    }
}
