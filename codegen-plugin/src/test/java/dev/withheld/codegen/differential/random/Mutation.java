package dev.withheld.codegen.differential.random;

import static dev.withheld.codegen.differential.random.RandomSchemas.JSON;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One change to an instance at one node (counted depth first, wrapping around), to make it invalid. */
enum Mutation {
    REMOVE_MEMBER, WRONG_TYPE, NULL_VALUE, PAST_BOUND, UNKNOWN_MEMBER;

    JsonNode apply(JsonNode root, int index) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return root;
        }
        JsonNode container = containers.get(index % containers.size());
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            if (this == UNKNOWN_MEMBER || names.isEmpty()) {
                object.put("zz_unknown", 1);
            } else if (this == REMOVE_MEMBER) {
                object.remove(names.get(index % names.size()));
            } else {
                String name = names.get(index % names.size());
                object.set(name, change(object.get(name)));
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            int i = index % array.size();
            if (this == REMOVE_MEMBER || this == UNKNOWN_MEMBER) {
                array.add(array.get(i).deepCopy());
            } else {
                array.set(i, change(array.get(i)));
            }
        }
        return root;
    }

    private JsonNode change(JsonNode value) {
        return switch (this) {
            case NULL_VALUE -> JSON.nullNode();
            case PAST_BOUND -> value.isNumber() ? JSON.numberNode(value.decimalValue().add(new BigDecimal("1000000")))
                    : value.isString() ? JSON.stringNode(value.asString() + "zzzzzzzzzzzz")
                    : value.isArray() ? ((ArrayNode) value.deepCopy()).add(value.isEmpty() ? JSON.stringNode("x") : value.get(0)) : JSON.stringNode("past");
            default -> value.isString() ? JSON.numberNode(7) : value.isNumber() ? JSON.stringNode(value.asString())
                    : value.isBoolean() ? JSON.stringNode("true") : value.isObject() ? JSON.arrayNode() : JSON.objectNode();
        };
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }
}
