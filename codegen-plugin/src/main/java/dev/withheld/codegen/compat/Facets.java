package dev.withheld.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.withheld.codegen.pointer.JsonPointers;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a subschema says about a value, gathered through {@code $ref} and {@code allOf}, so
 * that two revisions compare by meaning and not by layout: moving a keyword into a {@code $defs}
 * entry or an {@code allOf} member is not a change.
 *
 * <p>Requirements are gathered with the condition under which they hold: {@code required} at the
 * top holds always, inside {@code then} when the {@code if} holds, inside {@code else} when it does
 * not, nested {@code if}s combine, {@code dependentRequired} holds when the other property is
 * present, and a name required in every {@code anyOf}/{@code oneOf} alternative holds always.
 */
final class Facets {

    /** Keywords this class analyses, or that carry no constraint on instances. */
    static final Set<String> HANDLED = Set.of(SchemaNormalizer.ASSERTED_FORMAT, "$schema", "$id", "$anchor", "$dynamicAnchor", "$comment", "$defs",
            "definitions", "$vocabulary", "$ref", "title", "description", "examples", "default", "deprecated",
            "readOnly", "writeOnly", "type", "enum", "const", "properties", "required", "additionalProperties",
            "unevaluatedProperties", "allOf", "anyOf", "oneOf", "if", "then", "else", "pattern", "format", "items",
            "dependentRequired", "contentMediaType", "contentEncoding");

    /** Limits whose larger value is stricter. */
    static final Set<String> LOWER_LIMITS = Set.of("minLength", "minimum", "exclusiveMinimum", "minItems",
            "minProperties", "minContains");
    /** Limits whose smaller value is stricter. */
    static final Set<String> UPPER_LIMITS = Set.of("maxLength", "maximum", "exclusiveMaximum", "maxItems",
            "maxProperties", "maxContains");

    /** How an object treats properties it does not declare. */
    enum Extras { OPEN, CLOSED, CONSTRAINED }

    /** A keyword value and where it was found. */
    record Located<T>(T value, SchemaNode at, String keyword) {
        String pointer() {
            return at.pointerOf(keyword);
        }
    }

    /** An anyOf/oneOf that is a choice between alternatives rather than a list of values. */
    record Alternatives(String keyword, SchemaNode at, List<SchemaNode> branches) {

        private static final Set<String> REQUIREMENT_KEYWORDS = Set.of("required", "dependentRequired", "title",
                "description", "$comment");

        /**
         * Whether the alternatives only say which properties are required; the requirement analysis
         * covers those completely.
         */
        boolean onlyRequirements() {
            for (SchemaNode branch : branches) {
                if (!branch.node().isObject()) {
                    return false;
                }
                for (Map.Entry<String, JsonNode> field : branch.node().properties()) {
                    if (!REQUIREMENT_KEYWORDS.contains(field.getKey())) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** Where a requirement is written: the {@code required} (or dependentRequired) array. */
    record RequirementSource(SchemaNode at, String pointer) {
    }

    private final List<SchemaNode> parts = new ArrayList<>();
    private boolean rejectsAll;
    private Set<String> types;
    private Located<Set<String>> typeSource;
    private final List<Enumeration> enumerations = new ArrayList<>();
    private Enumeration enumeration;
    private final Map<String, Located<BigDecimal>> limits = new LinkedHashMap<>();
    private final Map<String, Located<String>> patterns = new LinkedHashMap<>();
    private final Map<String, Located<String>> formats = new LinkedHashMap<>();
    private final Map<String, List<SchemaNode>> properties = new LinkedHashMap<>();
    private final Map<String, Requirement> requirements = new LinkedHashMap<>();
    private final Map<String, List<RequirementSource>> requirementSources = new LinkedHashMap<>();
    private Extras extras = Extras.OPEN;
    private Located<Boolean> extrasSource;
    private final List<SchemaNode> additional = new ArrayList<>();
    private final List<SchemaNode> items = new ArrayList<>();
    private final List<Alternatives> alternatives = new ArrayList<>();
    private final Map<String, List<Located<String>>> others = new LinkedHashMap<>();
    private final Map<String, Located<JsonNode>> exclusions = new LinkedHashMap<>();
    private final Set<String> visiting = new HashSet<>();

    /** The subschemas whose facets are being gathered on this thread, against endless recursion. */
    private static final ThreadLocal<Set<String>> IN_PROGRESS = ThreadLocal.withInitial(HashSet::new);

    private Facets() {
    }

    /** The facets of one subschema. */
    static Facets of(SchemaNode node) {
        return of(List.of(node));
    }

    /** The facets of several subschemas that all apply to the same value. */
    static Facets of(List<SchemaNode> nodes) {
        Facets facets = new Facets();
        StringBuilder key = new StringBuilder();
        nodes.forEach(n -> key.append(n.key()).append('|'));
        Set<String> active = IN_PROGRESS.get();
        if (!active.add(key.toString())) {
            // A recursive schema reached itself through anyOf/oneOf: the inner occurrence is
            // compared where it is reached as a property or item, not here.
            return facets;
        }
        try {
            for (SchemaNode node : nodes) {
                facets.include(node, Set.of(), false);
            }
        } finally {
            active.remove(key.toString());
        }
        facets.enumeration = Enumeration.intersect(facets.enumerations);
        if (facets.enumeration != null && facets.enumeration.isOpen() && !facets.exclusions.isEmpty()) {
            // A value refused by name is not a known value here (a closed set keeps it: the exclusion is compared).
            facets.enumeration = facets.enumeration.without(facets.exclusions.keySet());
        }
        return facets;
    }


    List<SchemaNode> parts() {
        return parts;
    }

    boolean rejectsAll() {
        return rejectsAll;
    }

    /** The allowed JSON types ("number" includes "integer"), or {@code null} when any type is allowed. */
    Set<String> types() {
        return types;
    }

    Located<Set<String>> typeSource() {
        return typeSource;
    }

    Enumeration enumeration() {
        return enumeration;
    }

    Map<String, Located<BigDecimal>> limits() {
        return limits;
    }

    Map<String, Located<String>> patterns() {
        return patterns;
    }

    Map<String, Located<String>> formats() {
        return formats;
    }

    /** Declared properties, each with every subschema that constrains it. */
    Map<String, List<SchemaNode>> properties() {
        return properties;
    }

    /** When each property is required. Names absent here are never required. */
    Map<String, Requirement> requirements() {
        return requirements;
    }

    Requirement requirement(String name) {
        return requirements.getOrDefault(name, Requirement.NEVER);
    }

    List<RequirementSource> requirementSources(String name) {
        return requirementSources.getOrDefault(name, List.of());
    }

    Extras extras() {
        return extras;
    }

    Located<Boolean> extrasSource() {
        return extrasSource;
    }

    List<SchemaNode> additional() {
        return additional;
    }

    List<SchemaNode> items() {
        return items;
    }

    List<Alternatives> alternatives() {
        return alternatives;
    }

    /** Keywords that are not analysed, with the canonical JSON of each occurrence. */
    Map<String, List<Located<String>>> others() {
        return others;
    }

    /**
     * Values refused by name ({@code not} holding only {@code const} or {@code enum}), by canonical JSON, each
     * with its {@code not}.
     */
    Map<String, Located<JsonNode>> exclusions() {
        return exclusions;
    }

    /** Whether a subschema accepts a value, as far as the analysed keywords decide it. */
    enum Verdict {
        ACCEPTS, REFUSES, UNDECIDED;

        Verdict and(Verdict other) {
            return this == REFUSES || other == REFUSES ? REFUSES : this == UNDECIDED || other == UNDECIDED ? UNDECIDED : ACCEPTS;
        }

        Verdict or(Verdict other) {
            return this == ACCEPTS || other == ACCEPTS ? ACCEPTS : this == UNDECIDED || other == UNDECIDED ? UNDECIDED : REFUSES;
        }
    }

    /**
     * Whether this subschema accepts a scalar value (an object or an array is {@link Verdict#UNDECIDED} unless its type
     * is refused), so that a value refused by name can be told apart from one the schema refused already: types,
     * enumerations (open ones through their open branches), patterns, string and number limits and other exclusions
     * decide; anything else that could refuse it (formats, unanalysed keywords, alternatives) leaves it undecided.
     */
    Verdict accepts(JsonNode value) {
        if (rejectsAll || types != null && !types.contains(typeOf(value)) || exclusions.containsKey(CanonicalJson.of(value))) {
            return Verdict.REFUSES;
        }
        Verdict verdict = Verdict.ACCEPTS;
        for (Enumeration listed : enumerations) {
            verdict = verdict.and(listed.accepts(value));
        }
        if (value.isTextual()) {
            verdict = verdict.and(acceptsString(value.asText()));
        } else if (value.isNumber()) {
            verdict = verdict.and(acceptsNumber(value.decimalValue()));
        } else if (value.isContainerNode()) {
            verdict = verdict.and(Verdict.UNDECIDED);
        }
        return !alternatives.isEmpty() || !others.isEmpty() ? verdict.and(Verdict.UNDECIDED) : verdict;
    }

    private Verdict acceptsString(String text) {
        for (String pattern : patterns.keySet()) {
            try {
                if (!java.util.regex.Pattern.compile(pattern).matcher(text).find()) {
                    return Verdict.REFUSES;
                }
            } catch (java.util.regex.PatternSyntaxException unreadable) {
                return Verdict.UNDECIDED;
            }
        }
        int length = text.codePointCount(0, text.length());
        Located<BigDecimal> min = limits.get("minLength");
        Located<BigDecimal> max = limits.get("maxLength");
        if (min != null && BigDecimal.valueOf(length).compareTo(min.value()) < 0
                || max != null && BigDecimal.valueOf(length).compareTo(max.value()) > 0) {
            return Verdict.REFUSES;
        }
        return formats.isEmpty() ? Verdict.ACCEPTS : Verdict.UNDECIDED;
    }

    private Verdict acceptsNumber(BigDecimal number) {
        for (Map.Entry<String, Located<BigDecimal>> limit : limits.entrySet()) {
            int against = number.compareTo(limit.getValue().value());
            boolean refused = switch (limit.getKey()) {
                case "minimum" -> against < 0;
                case "exclusiveMinimum" -> against <= 0;
                case "maximum" -> against > 0;
                case "exclusiveMaximum" -> against >= 0;
                default -> false;
            };
            if (refused) {
                return Verdict.REFUSES;
            }
        }
        return Verdict.ACCEPTS;
    }

    /** The JSON type of a value as {@code type} names it; a number without a fraction is an integer. */
    private static String typeOf(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().scale() <= 0 ? "integer" : "number";
        }
        return value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isNull() ? "null"
                : value.isArray() ? "array" : "object";
    }

    private void include(SchemaNode node, Set<Literal> condition, boolean conditional) {
        if (!visiting.add(node.key() + "|" + condition)) {
            return;
        }
        JsonNode json = node.node();
        if (json.isBoolean()) {
            if (!json.booleanValue() && !conditional) {
                rejectsAll = true;
                parts.add(node);
            }
            return;
        }
        if (!json.isObject()) {
            return;
        }
        if (!conditional) {
            parts.add(node);
            collectValueFacets(node);
        } else {
            collectConditionalOthers(node);
        }
        collectObjectFacets(node, condition);
        JsonNode ref = node.get("$ref");
        if (ref != null) {
            include(node.revision().resolve(node, ref), condition, conditional);
        }
        JsonNode allOf = node.get("allOf");
        if (allOf != null && allOf.isArray()) {
            for (int i = 0; i < allOf.size(); i++) {
                include(node.child("allOf", Integer.toString(i)), condition, conditional);
            }
        }
        JsonNode ifSchema = node.get("if");
        if (ifSchema != null && (node.get("then") != null || node.get("else") != null)) {
            Literal holds = new Literal(Condition.ofIf(ifSchema, node.pointerOf("if")), true);
            if (node.get("then") != null) {
                include(node.child("then"), with(condition, holds), true);
            }
            if (node.get("else") != null) {
                include(node.child("else"), with(condition, holds.negated()), true);
            }
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode choice = node.get(keyword);
            if (choice != null && choice.isArray() && !choice.isEmpty()) {
                includeChoice(node, keyword, condition, conditional);
            }
        }
    }

    private void includeChoice(SchemaNode node, String keyword, Set<Literal> condition, boolean conditional) {
        List<SchemaNode> branches = new ArrayList<>();
        List<Facets> branchFacets = new ArrayList<>();
        for (int i = 0; i < node.get(keyword).size(); i++) {
            SchemaNode branch = node.child(keyword, Integer.toString(i));
            branches.add(branch);
            branchFacets.add(of(branch));
        }
        if (!conditional) {
            Set<String> branchTypes = unionOfTypes(branchFacets);
            if (branchTypes != null) {
                types = types == null ? branchTypes : intersect(types, branchTypes);
                if (typeSource == null) {
                    typeSource = new Located<>(branchTypes, node, keyword);
                }
            }
            Enumeration listed = Enumeration.ofAlternatives(node.child(keyword), branches, branchFacets);
            if (listed != null) {
                enumerations.add(listed);
            } else {
                alternatives.add(new Alternatives(keyword, node, branches));
            }
        }
        // A name required in every alternative is required; one required in some is required when
        // one of those alternatives is the one taken.
        Set<String> names = new LinkedHashSet<>();
        branchFacets.forEach(f -> names.addAll(f.requirements.keySet()));
        for (String name : names) {
            Requirement combined = Requirement.NEVER;
            boolean inEvery = true;
            for (int i = 0; i < branches.size(); i++) {
                Requirement inBranch = branchFacets.get(i).requirement(name);
                inEvery &= inBranch.isAlways();
                Condition taken = Condition.alternative(node.revision().displayName(node.file()),
                        node.pointerOf(keyword), i);
                combined = combined.or(inBranch.and(Set.of(new Literal(taken, true))));
            }
            Requirement here = inEvery ? Requirement.when(condition) : combined.and(condition);
            requirements.merge(name, here, Requirement::or);
            for (Facets f : branchFacets) {
                requirementSources.computeIfAbsent(name, k -> new ArrayList<>()).addAll(f.requirementSources(name));
            }
        }
    }

    /** The types the alternatives allow together, or {@code null} when one of them allows any type. */
    private static Set<String> unionOfTypes(List<Facets> alternatives) {
        Set<String> union = new LinkedHashSet<>();
        for (Facets alternative : alternatives) {
            if (alternative.rejectsAll) {
                continue;
            }
            Set<String> own = alternative.types != null ? alternative.types : typesOfValues(alternative.enumeration);
            if (own == null) {
                return null;
            }
            union.addAll(own);
        }
        return union;
    }

    /** The JSON types of the values of a closed enumeration, or {@code null}. */
    private static Set<String> typesOfValues(Enumeration enumeration) {
        if (enumeration == null || enumeration.isOpen()) {
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        for (Enumeration.Value value : enumeration.values().values()) {
            JsonNode v = value.value();
            add(types, v.isTextual() ? "string" : v.isIntegralNumber() ? "integer" : v.isNumber() ? "number"
                    : v.isBoolean() ? "boolean" : v.isNull() ? "null" : v.isArray() ? "array" : "object");
        }
        return types;
    }

    private static Set<Literal> with(Set<Literal> condition, Literal literal) {
        Set<Literal> next = new HashSet<>(condition);
        next.add(literal);
        return Set.copyOf(next);
    }

    /** Keeps the stricter of a limit and the one already found. */
    private void limit(String keyword, JsonNode value, SchemaNode node, String at) {
        BigDecimal limit = value.decimalValue();
        Located<BigDecimal> previous = limits.get(keyword);
        boolean stricter = previous == null || (LOWER_LIMITS.contains(keyword)
                ? limit.compareTo(previous.value()) > 0 : limit.compareTo(previous.value()) < 0);
        if (stricter) {
            limits.put(keyword, new Located<>(limit, node, at));
        }
    }

    private void collectValueFacets(SchemaNode node) {
        JsonNode type = node.get("type");
        if (type != null) {
            Set<String> declared = expandTypes(type);
            types = types == null ? declared : intersect(types, declared);
            if (typeSource == null) {
                typeSource = new Located<>(declared, node, "type");
            }
        }
        Enumeration listed = Enumeration.ofKeywords(node);
        if (listed != null) {
            enumerations.add(listed);
        }
        for (Map.Entry<String, JsonNode> field : node.node().properties()) {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if ((LOWER_LIMITS.contains(keyword) || UPPER_LIMITS.contains(keyword)) && value.isNumber()) {
                limit(keyword, value, node, keyword);
            } else if (keyword.equals("pattern") && value.isTextual()) {
                patterns.putIfAbsent(value.asText(), new Located<>(value.asText(), node, keyword));
            } else if (keyword.equals(SchemaNormalizer.ASSERTED_FORMAT) && value.isObject()) {
                // A format the dialect asserts is the constraints of its definition, found at the format.
                for (Map.Entry<String, JsonNode> constraint : value.properties()) {
                    if (Set.of("minLength", "maxLength").contains(constraint.getKey()) && constraint.getValue().isNumber()) {
                        limit(constraint.getKey(), constraint.getValue(), node, "format");
                    } else if (constraint.getKey().equals("pattern") && constraint.getValue().isTextual()) {
                        patterns.putIfAbsent(constraint.getValue().asText(), new Located<>(constraint.getValue().asText(), node, "format"));
                    }
                }
            } else if (keyword.equals("format") && value.isTextual() && !node.node().has(SchemaNormalizer.ASSERTED_FORMAT)) {
                formats.putIfAbsent(value.asText(), new Located<>(value.asText(), node, keyword));
            } else if (keyword.equals("items") && (value.isObject() || value.isBoolean())) {
                items.add(node.child("items"));
            } else if (keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties")) {
                if (value.isBoolean() && !value.booleanValue()) {
                    extras = Extras.CLOSED;
                    extrasSource = new Located<>(false, node, keyword);
                } else if (value.isObject() && extras != Extras.CLOSED) {
                    extras = Extras.CONSTRAINED;
                    additional.add(node.child(keyword));
                    if (extrasSource == null) {
                        extrasSource = new Located<>(true, node, keyword);
                    }
                }
            } else if (keyword.equals("not") && excludedValues(value) != null) {
                for (JsonNode excluded : excludedValues(value)) {
                    exclusions.putIfAbsent(CanonicalJson.of(excluded), new Located<>(excluded, node, keyword));
                }
            } else if (!Facets.HANDLED.contains(keyword) && !LOWER_LIMITS.contains(keyword)
                    && !UPPER_LIMITS.contains(keyword)) {
                others.computeIfAbsent(keyword, k -> new ArrayList<>())
                        .add(new Located<>(CanonicalJson.of(value), node, keyword));
            }
        }
    }

    /**
     * The values a {@code not} refuses by name, when it holds only {@code const} or {@code enum} (and annotations),
     * else {@code null}.
     */
    private static List<JsonNode> excludedValues(JsonNode not) {
        if (!not.isObject()) {
            return null;
        }
        List<JsonNode> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : not.properties()) {
            switch (field.getKey()) {
                case "const" -> values.add(field.getValue());
                case "enum" -> {
                    if (!field.getValue().isArray()) {
                        return null;
                    }
                    field.getValue().forEach(values::add);
                }
                case "title", "description", "$comment" -> { }
                default -> {
                    return null;
                }
            }
        }
        return values.isEmpty() || not.has("const") && not.has("enum") ? null : values;
    }

    /** Inside then/else, everything but required and properties is reported when it changes. */
    private void collectConditionalOthers(SchemaNode node) {
        Set<String> structural = Set.of("required", "properties", "$ref", "allOf", "anyOf", "oneOf", "if", "then",
                "else", "title", "description", "$comment", "examples", "$defs", "dependentRequired");
        for (Map.Entry<String, JsonNode> field : node.node().properties()) {
            if (!structural.contains(field.getKey())) {
                others.computeIfAbsent("(conditional " + node.pointer() + ") " + field.getKey(), k -> new ArrayList<>())
                        .add(new Located<>(CanonicalJson.of(field.getValue()), node, field.getKey()));
            }
        }
    }

    private void collectObjectFacets(SchemaNode node, Set<Literal> condition) {
        JsonNode declared = node.get("properties");
        if (declared != null && declared.isObject()) {
            for (Map.Entry<String, JsonNode> property : declared.properties()) {
                properties.computeIfAbsent(property.getKey(), k -> new ArrayList<>())
                        .add(node.child("properties", property.getKey()));
            }
        }
        JsonNode required = node.get("required");
        if (required != null && required.isArray()) {
            for (JsonNode name : required) {
                if (name.isTextual()) {
                    require(name.asText(), Requirement.when(condition), node, node.pointerOf("required"));
                }
            }
        }
        JsonNode dependent = node.get("dependentRequired");
        if (dependent != null && dependent.isObject()) {
            for (Map.Entry<String, JsonNode> entry : dependent.properties()) {
                Set<Literal> when = with(condition, new Literal(Condition.present(entry.getKey()), true));
                for (JsonNode name : entry.getValue()) {
                    require(name.asText(), Requirement.when(when), node,
                            JsonPointers.child(node.pointerOf("dependentRequired"), entry.getKey()));
                }
            }
        }
    }

    private void require(String name, Requirement when, SchemaNode node, String pointer) {
        requirements.merge(name, when, Requirement::or);
        requirementSources.computeIfAbsent(name, k -> new ArrayList<>()).add(new RequirementSource(node, pointer));
    }

    /** The JSON types a "type" keyword allows; "number" brings "integer" with it. */
    static Set<String> expandTypes(JsonNode type) {
        Set<String> out = new LinkedHashSet<>();
        if (type.isTextual()) {
            add(out, type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> add(out, t.asText()));
        }
        return out;
    }

    private static void add(Set<String> out, String type) {
        out.add(type);
        if (type.equals("number")) {
            out.add("integer");
        }
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }

    /** Types as written: "number" without the "integer" it implies. */
    static String describeTypes(Set<String> types) {
        if (types == null) {
            return "any type";
        }
        List<String> shown = new ArrayList<>(types);
        if (shown.contains("number")) {
            shown.remove("integer");
        }
        return shown.isEmpty() ? "no type" : String.join(" or ", shown);
    }
}
