package dev.withheld.codegen.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the JSON tree that was read with the one written back. Numbers are compared by value
 * ({@code 1}, {@code 1.0} and {@code 1e0} are equal; both trees are read with exact decimals, so a
 * digit lost through {@code double} is a difference); member order is ignored (JSON objects are
 * unordered); everything else must be equal, including absent versus {@code null} versus empty.
 */
public final class JsonTrees {

    private JsonTrees() {
    }

    /** The first difference as "pointer: read X, wrote Y", or empty when the trees are equal. */
    public static Optional<String> firstDifference(JsonNode read, JsonNode written) {
        return difference("", read, written);
    }

    private static Optional<String> difference(String at, JsonNode read, JsonNode written) {
        if (read == null || written == null || read.isMissingNode() || written.isMissingNode()) {
            boolean readAbsent = read == null || read.isMissingNode();
            boolean writtenAbsent = written == null || written.isMissingNode();
            return readAbsent == writtenAbsent ? Optional.empty() : Optional.of(describe(at, read, written));
        }
        if (read.isNumber() && written.isNumber()) {
            return read.decimalValue().compareTo(written.decimalValue()) == 0 ? Optional.empty() : Optional.of(describe(at, read, written));
        }
        if (read.getNodeType() != written.getNodeType()) {
            return Optional.of(describe(at, read, written));
        }
        if (read.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = read.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                Optional<String> d = difference(at + "/" + escape(member.getKey()), member.getValue(), written.get(member.getKey()));
                if (d.isPresent()) {
                    return d;
                }
            }
            for (Iterator<String> it = written.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!read.has(name)) {
                    return Optional.of(describe(at + "/" + escape(name), null, written.get(name)));
                }
            }
            return Optional.empty();
        }
        if (read.isArray()) {
            if (read.size() != written.size()) {
                return Optional.of(describe(at, read, written));
            }
            for (int i = 0; i < read.size(); i++) {
                Optional<String> d = difference(at + "/" + i, read.get(i), written.get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        return read.equals(written) ? Optional.empty() : Optional.of(describe(at, read, written));
    }

    private static String describe(String at, JsonNode read, JsonNode written) {
        return (at.isEmpty() ? "/" : at) + ": read " + show(read) + ", wrote " + show(written);
    }

    private static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
