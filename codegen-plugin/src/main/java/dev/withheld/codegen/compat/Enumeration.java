package dev.withheld.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The set of values a subschema lists, however it is written: {@code enum}, {@code const},
 * {@code oneOf}/{@code anyOf} of {@code const} branches (each with its description), or an
 * <em>open</em> enumeration, an {@code anyOf} of known values and a free branch such as
 * {@code {"type": "string"}}.
 *
 * <p>A closed enumeration accepts only its values. An open one names known values but accepts
 * others too (those valid under the {@link #openBranches() open branches}).
 */
final class Enumeration {

    /** A listed value, with where it is declared and the description its branch gives it. */
    record Value(JsonNode value, String description, SchemaNode at) {
    }

    private final Map<String, Value> values;
    private final boolean open;
    private final List<SchemaNode> openBranches;
    private final SchemaNode at;

    Enumeration(Map<String, Value> values, boolean open, List<SchemaNode> openBranches, SchemaNode at) {
        this.values = values;
        this.open = open;
        this.openBranches = openBranches;
        this.at = at;
    }

    /** The values by canonical JSON, in declaration order. */
    Map<String, Value> values() {
        return values;
    }

    boolean isOpen() {
        return open;
    }

    /** The branches that accept values beyond the known ones (empty for a closed enumeration). */
    List<SchemaNode> openBranches() {
        return openBranches;
    }

    /** Where the enumeration is declared. */
    SchemaNode at() {
        return at;
    }

    /** This enumeration without some values (by canonical JSON). */
    Enumeration without(java.util.Set<String> excluded) {
        Map<String, Value> kept = new LinkedHashMap<>(values);
        kept.keySet().removeAll(excluded);
        return new Enumeration(kept, open, openBranches, at);
    }

    /** Whether a value is one of the values, or (for an open enumeration) accepted by an open branch. */
    Facets.Verdict accepts(JsonNode value) {
        if (values.containsKey(CanonicalJson.of(value))) {
            return Facets.Verdict.ACCEPTS;
        }
        Facets.Verdict verdict = Facets.Verdict.REFUSES;
        for (SchemaNode branch : openBranches) {
            verdict = verdict.or(Facets.of(branch).accepts(value));
        }
        return verdict;
    }

    /** The values of {@code enum} or {@code const} of a subschema, or {@code null}. */
    static Enumeration ofKeywords(SchemaNode node) {
        JsonNode constant = node.get("const");
        if (constant != null) {
            Map<String, Value> values = new LinkedHashMap<>();
            values.put(CanonicalJson.of(constant), new Value(constant, description(node), node));
            return new Enumeration(values, false, List.of(), node);
        }
        JsonNode enumeration = node.get("enum");
        if (enumeration != null && enumeration.isArray()) {
            Map<String, Value> values = new LinkedHashMap<>();
            for (int i = 0; i < enumeration.size(); i++) {
                values.putIfAbsent(CanonicalJson.of(enumeration.get(i)),
                        new Value(enumeration.get(i), "", node.child("enum", Integer.toString(i))));
            }
            return new Enumeration(values, false, List.of(), node);
        }
        return null;
    }

    /**
     * The enumeration an {@code anyOf}/{@code oneOf} expresses, or {@code null} when none of its
     * branches lists values (then it is a plain choice between alternatives).
     */
    static Enumeration ofAlternatives(SchemaNode keywordNode, List<SchemaNode> branches, List<Facets> facets) {
        Map<String, Value> values = new LinkedHashMap<>();
        List<SchemaNode> openBranches = new ArrayList<>();
        boolean open = false;
        boolean anyListed = false;
        for (int i = 0; i < branches.size(); i++) {
            Enumeration listed = facets.get(i).enumeration();
            if (listed == null) {
                if (facets.get(i).rejectsAll()) {
                    continue;
                }
                open = true;
                openBranches.add(branches.get(i));
                continue;
            }
            anyListed = true;
            String branchDescription = description(branches.get(i));
            for (Map.Entry<String, Value> value : listed.values.entrySet()) {
                Value v = value.getValue();
                if (listed.values.size() == 1 && v.description().isEmpty() && !branchDescription.isEmpty()) {
                    v = new Value(v.value(), branchDescription, v.at());
                }
                values.putIfAbsent(value.getKey(), v);
            }
            if (listed.open) {
                open = true;
                openBranches.addAll(listed.openBranches);
            }
        }
        return anyListed ? new Enumeration(values, open, openBranches, keywordNode) : null;
    }

    /** Several enumerations that all apply to one value (through allOf or $ref): they intersect. */
    static Enumeration intersect(List<Enumeration> all) {
        if (all.isEmpty()) {
            return null;
        }
        Enumeration closed = null;
        for (Enumeration e : all) {
            if (!e.open) {
                if (closed == null) {
                    closed = e;
                } else {
                    Map<String, Value> both = new LinkedHashMap<>();
                    for (Map.Entry<String, Value> v : closed.values.entrySet()) {
                        if (e.values.containsKey(v.getKey())) {
                            both.put(v.getKey(), v.getValue());
                        }
                    }
                    closed = new Enumeration(both, false, List.of(), closed.at);
                }
            }
        }
        if (closed != null) {
            return closed;
        }
        Map<String, Value> known = new LinkedHashMap<>();
        List<SchemaNode> openBranches = new ArrayList<>();
        for (Enumeration e : all) {
            e.values.forEach(known::putIfAbsent);
            openBranches.addAll(e.openBranches);
        }
        return new Enumeration(known, true, openBranches, all.get(0).at);
    }

    private static String description(SchemaNode node) {
        JsonNode description = node.get("description");
        if (description != null && description.isTextual()) {
            return description.asText();
        }
        JsonNode title = node.get("title");
        return title != null && title.isTextual() ? title.asText() : "";
    }
}
