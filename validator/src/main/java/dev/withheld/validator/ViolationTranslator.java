package dev.withheld.validator;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns the schema library's raw errors into the violations a person needs: each at the most
 * specific instance location (a missing member at the member itself), failed alternatives
 * ({@code anyOf}/{@code oneOf}) summarised once, composite errors dropped where a more specific
 * one explains them, duplicates (the same rule reached through two {@code $ref} paths) removed.
 */
final class ViolationTranslator {

    /** Keywords whose errors only summarise errors of their subschemas. */
    private static final Set<String> COMPOSITE_KEYWORDS = Set.of("allOf", "anyOf", "oneOf", "not", "if", "then",
            "else", "$ref", "$dynamicRef", "$recursiveRef", "dependentSchemas", "dependencies");

    /** Keywords whose errors are about a member of the reported object rather than the object. */
    private static final Set<String> MEMBER_KEYWORDS = Set.of("required", "additionalProperties",
            "unevaluatedProperties", "propertyNames");

    /** Keywords followed in an evaluation path by a name chosen by the schema author, not a keyword. */
    private static final Set<String> NAMING_KEYWORDS = Set.of("properties", "patternProperties", "$defs",
            "definitions", "dependentSchemas", "dependentRequired", "dependencies");

    private final SchemaDocuments documents;
    private final SchemaLocation root;
    private final ViolationMessages messages;

    ViolationTranslator(SchemaDocuments documents, SchemaLocation root, String rootName) {
        this.documents = documents;
        this.root = root;
        this.messages = new ViolationMessages(documents, rootName);
    }

    List<Violation> translate(List<Error> errors, JsonNode instance) {
        List<Candidate> candidates = new ArrayList<>();
        Map<List<Object>, List<Error>> alternatives = new LinkedHashMap<>();
        for (Error error : errors) {
            List<Object> path = elements(error.getEvaluationPath());
            int combinator = outermostAlternative(path);
            if (combinator < 0) {
                candidates.add(single(error, instance));
            } else {
                alternatives.computeIfAbsent(path.subList(0, combinator + 1), k -> new ArrayList<>()).add(error);
            }
        }
        alternatives.forEach((path, group) -> candidates.addAll(alternatives(path, group, instance)));
        return select(candidates);
    }

    /** One violation per error, at the most specific location. */
    private Candidate single(Error error, JsonNode instance) {
        String pointer = pointer(error);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return new Candidate(new Violation(pointer, keyword, messages.message(error, pointer, instance),
                String.valueOf(error.getSchemaLocation())), COMPOSITE_KEYWORDS.contains(keyword));
    }

    /**
     * The errors of one failed anyOf/oneOf. When every alternative failed on the value itself,
     * one violation says what the value is and which forms would be accepted; otherwise the
     * errors stay separate because they point at different members.
     */
    private List<Candidate> alternatives(List<Object> path, List<Error> group, JsonNode instance) {
        NodePath location = null;
        for (Error error : group) {
            NodePath candidate = error.getInstanceLocation();
            if (location == null || (candidate != null && candidate.getNameCount() < location.getNameCount())) {
                location = candidate;
            }
        }
        String pointer = Pointers.of(location);
        boolean allOnValue = group.stream().allMatch(error -> pointer(error).equals(pointer));
        SchemaLocation composite = documents.follow(root, path);
        JsonNode branches = composite == null ? null : documents.at(composite);
        if (!allOnValue || branches == null || !branches.isArray()) {
            List<Candidate> separate = new ArrayList<>();
            group.forEach(error -> separate.add(single(error, instance)));
            return separate;
        }
        String keyword = String.valueOf(path.get(path.size() - 1));
        int matching = 0;
        for (Error error : group) {
            if ("oneOf".equals(error.getKeyword()) && elements(error.getEvaluationPath()).equals(path)
                    && error.getArguments() != null && error.getArguments().length > 0) {
                matching = Integer.parseInt(String.valueOf(error.getArguments()[0]));
            }
        }
        String message = messages.alternatives(keyword, pointer, instance.at(pointer), branches, composite, matching);
        return List.of(new Candidate(new Violation(pointer, keyword, message, composite.toString()), true));
    }

    /**
     * Keeps the most specific violations: a composite one is dropped when another violation lies
     * below its location or a non-composite one sits at it. Then removes duplicates and orders
     * by location (stable, so that the schema's order holds within a location).
     */
    private static List<Violation> select(List<Candidate> candidates) {
        List<Violation> kept = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            String pointer = candidate.violation().pointer();
            if (candidate.composite()) {
                boolean explained = candidates.stream().anyMatch(other -> other != candidate
                        && (Pointers.isBelow(other.violation().pointer(), pointer)
                                || (!other.composite() && other.violation().pointer().equals(pointer))));
                if (explained) {
                    continue;
                }
            }
            Violation v = candidate.violation();
            if (seen.add(List.of(v.pointer(), v.keyword(), v.message()))) {
                kept.add(v);
            }
        }
        kept.sort(Comparator.comparing(Violation::pointer));
        return kept;
    }

    /** The instance location, extended by the member name for errors about a member. */
    private static String pointer(Error error) {
        String pointer = Pointers.of(error.getInstanceLocation());
        if (MEMBER_KEYWORDS.contains(error.getKeyword()) && error.getProperty() != null) {
            return Pointers.child(pointer, error.getProperty());
        }
        if ("dependentRequired".equals(error.getKeyword()) && error.getArguments() != null
                && error.getArguments().length > 0) {
            return Pointers.child(pointer, String.valueOf(error.getArguments()[0]));
        }
        return pointer;
    }

    /** The index of the outermost anyOf/oneOf keyword in an evaluation path, or -1. */
    private static int outermostAlternative(List<Object> path) {
        boolean name = false;
        for (int i = 0; i < path.size(); i++) {
            Object segment = path.get(i);
            if (name) {
                name = false;
                continue;
            }
            if ("anyOf".equals(segment) || "oneOf".equals(segment)) {
                return i;
            }
            name = NAMING_KEYWORDS.contains(segment);
        }
        return -1;
    }

    private static List<Object> elements(NodePath path) {
        List<Object> elements = new ArrayList<>();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                elements.add(path.getElement(i));
            }
        }
        return elements;
    }

    private record Candidate(Violation violation, boolean composite) {
    }
}
