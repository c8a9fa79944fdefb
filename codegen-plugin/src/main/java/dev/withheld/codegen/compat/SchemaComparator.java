package dev.withheld.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.withheld.codegen.compat.Facets.Alternatives;
import dev.withheld.codegen.compat.Facets.Extras;
import dev.withheld.codegen.compat.Facets.Located;
import dev.withheld.codegen.compat.Facets.RequirementSource;
import dev.withheld.codegen.compat.Location.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a subschema of the previous revision with its counterpart in the current one, facet by
 * facet, and records every change with its rule in a {@link ChangeLog}.
 */
final class SchemaComparator {

    private final ChangeLog log;
    private final Set<String> active = new HashSet<>();

    SchemaComparator(ChangeLog log) {
        this.log = log;
    }

    /**
     * Where in the comparison we are.
     *
     * @param document the document (of the current revision) whose root is being compared
     * @param path the property path below that root
     * @param requirementsElsewhere whether requirements were already compared by an enclosing
     *     object (inside anyOf/oneOf alternatives, whose requirements are folded into it)
     */
    record Walk(String document, String path, boolean requirementsElsewhere) {

        static Walk root(String document) {
            return new Walk(document, "", false);
        }

        Walk property(String name) {
            return new Walk(document, path.isEmpty() ? name : path + "." + name, false);
        }

        Walk items() {
            return new Walk(document, path + "[]", false);
        }

        Walk extras() {
            return new Walk(document, path.isEmpty() ? "*" : path + ".*", false);
        }

        Walk alternatives() {
            return new Walk(document, path, true);
        }

        /** The path for messages: "the value" at the root. */
        String subject() {
            return path.isEmpty() ? "the value" : path;
        }
    }

    void compare(Facets old, Facets neu, Walk walk) {
        String key = key(old) + "=>" + key(neu);
        if (!active.add(key)) {
            return;
        }
        try {
            if (compareRejection(old, neu, walk)) {
                return;
            }
            compareTypes(old, neu, walk);
            compareEnumerations(old, neu, walk);
            compareExclusions(old, neu, walk);
            comparePatterns(old, neu, walk);
            compareLimits(old, neu, walk);
            compareFormats(old, neu, walk);
            compareExtras(old, neu, walk);
            compareProperties(old, neu, walk);
            if (!old.items().isEmpty() || !neu.items().isEmpty()) {
                compare(Facets.of(old.items()), Facets.of(neu.items()), walk.items());
            }
            compareAlternatives(old, neu, walk);
            compareOthers(old, neu, walk);
        } finally {
            active.remove(key);
        }
    }

    private static String key(Facets facets) {
        StringBuilder key = new StringBuilder();
        facets.parts().forEach(p -> key.append(p.key()).append(';'));
        return key.toString();
    }

    // ---------------------------------------------------------------- values

    private boolean compareRejection(Facets old, Facets neu, Walk walk) {
        if (!old.rejectsAll() && neu.rejectsAll()) {
            add(Rule.VALUE_FORBIDDEN, walk, current(neu), walk.path(), walk.subject() + " is now false: no value is valid"
                    + " there. Senders that send it are rejected; receivers are unaffected.");
            return true;
        }
        if (old.rejectsAll() && !neu.rejectsAll()) {
            add(Rule.VALUE_ALLOWED, walk, current(neu), walk.path(), walk.subject() + " was false (no value valid) and"
                    + " now accepts values. Senders are unaffected; receivers that relied on it never appearing break.");
            return true;
        }
        return old.rejectsAll();
    }

    private void compareTypes(Facets old, Facets neu, Walk walk) {
        Set<String> before = old.types();
        Set<String> after = neu.types();
        if (before == null ? after == null : before.equals(after)) {
            return;
        }
        boolean narrower = before == null || (after != null && before.containsAll(after));
        boolean wider = after == null || (before != null && after.containsAll(before));
        Location where = neu.typeSource() != null ? current(neu.typeSource().at(), neu.typeSource().pointer())
                : previous(old.typeSource().at(), old.typeSource().pointer());
        String change = "the type of " + walk.subject() + " was " + Facets.describeTypes(before) + ", now "
                + Facets.describeTypes(after) + ".";
        if (narrower) {
            add(Rule.TYPE_NARROWED, walk, where, "type", capitalise(change)
                    + " Senders that send a type no longer allowed are rejected; receivers are unaffected.");
        } else if (wider) {
            add(Rule.TYPE_WIDENED, walk, where, "type", capitalise(change)
                    + " Senders are unaffected; receivers that expect only the previous types break.");
        } else {
            add(Rule.TYPE_CHANGED, walk, where, "type", capitalise(change)
                    + " Neither set contains the other: this breaks senders and receivers.");
        }
    }

    private void compareEnumerations(Facets old, Facets neu, Walk walk) {
        Enumeration before = old.enumeration();
        Enumeration after = neu.enumeration();
        if (before == null && after == null) {
            return;
        }
        String subject = walk.subject();
        if (before == null) {
            if (after.isOpen()) {
                // The value's own type and constraints are compared where it is declared.
                knownValuesAdded(after, Set.of(), walk);
            } else {
                add(Rule.ENUM_CLOSED, walk, current(after.at(), after.at().pointer()), "enumeration", subject
                        + " accepted any value of its type; now only " + list(after) + ". Senders that send another"
                        + " value are rejected; receivers are unaffected.");
            }
            return;
        }
        if (after == null) {
            if (before.isOpen()) {
                knownValuesRemoved(before, Set.of(), walk);
            } else {
                add(Rule.ENUM_OPENED, walk, previous(before.at(), before.at().pointer()), "enumeration", subject
                        + " was limited to " + list(before) + "; now any value of its type is valid. Senders are"
                        + " unaffected; receivers that validate against the previous set reject the new values.");
            }
            return;
        }
        Set<String> added = new LinkedHashSet<>(after.values().keySet());
        added.removeAll(before.values().keySet());
        Set<String> removed = new LinkedHashSet<>(before.values().keySet());
        removed.removeAll(after.values().keySet());
        if (!before.isOpen() && !after.isOpen()) {
            for (String value : added) {
                Enumeration.Value v = after.values().get(value);
                add(Rule.ENUM_VALUE_ADDED, walk, current(v.at(), v.at().pointer()), value, Values.display(v.value())
                        + " was added to the closed set of " + subject + describe(v) + ", now " + list(after)
                        + ". Senders are unaffected; receivers that validate against the previous set reject "
                        + Values.display(v.value()) + ".");
            }
            for (String value : removed) {
                Enumeration.Value v = before.values().get(value);
                add(Rule.ENUM_VALUE_REMOVED, walk, previous(v.at(), v.at().pointer()), value, Values.display(v.value())
                        + " was removed from the closed set of " + subject + ", now " + list(after)
                        + ". Senders that still send it are rejected; receivers are unaffected.");
            }
            return;
        }
        if (!before.isOpen()) {
            add(Rule.ENUM_OPENED, walk, current(after.at(), after.at().pointer()), "enumeration", subject
                    + " was limited to " + list(before) + "; now it is open: other values are valid too. Senders are"
                    + " unaffected; receivers that validate against the previous set reject the new values.");
        } else if (!after.isOpen()) {
            add(Rule.ENUM_CLOSED, walk, current(after.at(), after.at().pointer()), "enumeration", subject
                    + " was open (any value beyond the known " + list(before) + "); now only " + list(after)
                    + " are valid. Senders that send another value are rejected; receivers are unaffected.");
        }
        if (after.isOpen()) {
            knownValuesAdded(after, before.values().keySet(), walk);
            knownValuesRemoved(before, after.values().keySet(), walk);
        } else {
            // Values new in the closed set were accepted by the open one already; enum.closed lists them.
            for (String value : removed) {
                Enumeration.Value v = before.values().get(value);
                add(Rule.ENUM_VALUE_REMOVED, walk, previous(v.at(), v.at().pointer()), value, Values.display(v.value())
                        + " is no longer valid for " + subject + ". Senders that still send it are rejected;"
                        + " receivers are unaffected.");
            }
        }
        if (before.isOpen() && after.isOpen()) {
            compareRemainders(before.openBranches(), after.openBranches(), walk);
        }
    }

    /**
     * Values refused by name ({@code not} with {@code const} or {@code enum}): whether that changes anything depends
     * on whether the other revision accepted the value, which the facets decide where they can.
     */
    private void compareExclusions(Facets old, Facets neu, Walk walk) {
        for (Located<JsonNode> now : exclusionsOnlyIn(neu, old)) {
            String value = Values.display(now.value());
            Location where = current(now.at(), now.pointer());
            switch (old.accepts(now.value())) {
                case ACCEPTS -> add(Rule.VALUE_EXCLUDED, walk, where, value, value + " is refused for " + walk.subject()
                        + " now; before it was valid. Senders that still send it are rejected; receivers are unaffected.");
                case REFUSES -> add(Rule.VALUE_EXCLUDED_EXPLICITLY, walk, where, value, value + " is refused for "
                        + walk.subject() + " by name now; the previous schema refused it already, so nothing that was"
                        + " valid is refused and nothing new is valid: senders and receivers are unaffected.");
                case UNDECIDED -> add(Rule.KEYWORD_UNANALYSED, walk, where, "not", value + " is refused for "
                        + walk.subject() + " by name now (not). Whether the previous schema accepted it is not decided"
                        + " here: check by hand whether senders that send it break.");
            }
        }
        for (Located<JsonNode> was : exclusionsOnlyIn(old, neu)) {
            String value = Values.display(was.value());
            Location where = previous(was.at(), was.pointer());
            switch (neu.accepts(was.value())) {
                case ACCEPTS -> add(Rule.VALUE_READMITTED, walk, where, value, value + " was refused for "
                        + walk.subject() + " by name and is valid now. Senders are unaffected; receivers that relied on"
                        + " never getting it break.");
                case REFUSES -> add(Rule.VALUE_EXCLUSION_DROPPED, walk, where, value, value + " is no longer refused"
                        + " for " + walk.subject() + " by name, but the current schema still refuses it: senders and"
                        + " receivers are unaffected.");
                case UNDECIDED -> add(Rule.KEYWORD_UNANALYSED, walk, where, "not", value + " is no longer refused for "
                        + walk.subject() + " by name (not). Whether the current schema accepts it is not decided here:"
                        + " check by hand whether receivers that never expected it break.");
            }
        }
    }

    /** The values one side refuses by name and the other does not. */
    private static List<Located<JsonNode>> exclusionsOnlyIn(Facets side, Facets other) {
        List<Located<JsonNode>> only = new ArrayList<>();
        side.exclusions().forEach((key, located) -> {
            if (!other.exclusions().containsKey(key)) {
                only.add(located);
            }
        });
        return only;
    }

    private void knownValuesAdded(Enumeration after, Set<String> known, Walk walk) {
        for (Map.Entry<String, Enumeration.Value> entry : after.values().entrySet()) {
            if (known.contains(entry.getKey())) {
                continue;
            }
            Enumeration.Value v = entry.getValue();
            String shown = Values.display(v.value());
            add(Rule.ENUM_KNOWN_VALUE_ADDED, walk, current(v.at(), v.at().pointer()), entry.getKey(), shown
                    + " is a new known value of " + walk.subject() + describe(v) + ". The set of values is open, so"
                    + " senders are unaffected and receivers that treat it as open (accept and keep values they do"
                    + " not know) are fine; receivers with a closed enum (for example a Java enum without a"
                    + " fallback) break on " + shown + ".");
        }
    }

    private void knownValuesRemoved(Enumeration before, Set<String> still, Walk walk) {
        for (Map.Entry<String, Enumeration.Value> entry : before.values().entrySet()) {
            if (still.contains(entry.getKey())) {
                continue;
            }
            Enumeration.Value v = entry.getValue();
            add(Rule.ENUM_KNOWN_VALUE_REMOVED, walk, previous(v.at(), v.at().pointer()), entry.getKey(),
                    Values.display(v.value()) + " is no longer a known value of " + walk.subject()
                            + "; as an unknown value it is still valid. Nothing breaks.");
        }
    }

    /** What an open enumeration accepts beyond its known values (a free string, a pattern, ...). */
    private void compareRemainders(List<SchemaNode> before, List<SchemaNode> after, Walk walk) {
        compare(Facets.of(before), Facets.of(after), walk.alternatives());
    }

    private void comparePatterns(Facets old, Facets neu, Walk walk) {
        Set<String> added = new LinkedHashSet<>(neu.patterns().keySet());
        added.removeAll(old.patterns().keySet());
        Set<String> removed = new LinkedHashSet<>(old.patterns().keySet());
        removed.removeAll(neu.patterns().keySet());
        if (added.size() == 1 && removed.size() == 1) {
            Located<String> now = neu.patterns().get(added.iterator().next());
            String was = removed.iterator().next();
            add(Rule.PATTERN_CHANGED, walk, current(now.at(), now.pointer()), "pattern", "The pattern of "
                    + walk.subject() + " changed from " + was + " to " + now.value() + ". Whether it accepts more or"
                    + " fewer strings is not decided here, so senders and receivers may both break: check by hand.");
            return;
        }
        for (String pattern : added) {
            Located<String> now = neu.patterns().get(pattern);
            add(Rule.PATTERN_ADDED, walk, current(now.at(), now.pointer()), pattern, capitalise(walk.subject())
                    + " must now match " + pattern + ". Senders that send a string that does not match are rejected;"
                    + " receivers are unaffected.");
        }
        for (String pattern : removed) {
            Located<String> was = old.patterns().get(pattern);
            add(Rule.PATTERN_REMOVED, walk, previous(was.at(), was.pointer()), pattern, capitalise(walk.subject())
                    + " no longer has to match " + pattern + ". Senders are unaffected; receivers that relied on the"
                    + " pattern break.");
        }
    }

    private void compareLimits(Facets old, Facets neu, Walk walk) {
        Set<String> keywords = new LinkedHashSet<>(old.limits().keySet());
        keywords.addAll(neu.limits().keySet());
        for (String keyword : keywords) {
            Located<BigDecimal> was = old.limits().get(keyword);
            Located<BigDecimal> now = neu.limits().get(keyword);
            if (was != null && now != null && was.value().compareTo(now.value()) == 0) {
                continue;
            }
            boolean lower = Facets.LOWER_LIMITS.contains(keyword);
            boolean tighter = was == null || (now != null
                    && (lower ? now.value().compareTo(was.value()) > 0 : now.value().compareTo(was.value()) < 0));
            String change = keyword + " of " + walk.subject() + " " + (was == null ? "added: " + plain(now.value())
                    : now == null ? "removed (was " + plain(was.value()) + ")"
                    : "went from " + plain(was.value()) + " to " + plain(now.value())) + ".";
            Location where = now != null ? current(now.at(), now.pointer()) : previous(was.at(), was.pointer());
            if (tighter) {
                add(Rule.LIMIT_TIGHTENED, walk, where, keyword, capitalise(change)
                        + " Senders with values outside the new limit are rejected; receivers are unaffected.");
            } else {
                add(Rule.LIMIT_RELAXED, walk, where, keyword, capitalise(change)
                        + " Senders are unaffected; receivers that relied on the previous limit break.");
            }
        }
    }

    private void compareFormats(Facets old, Facets neu, Walk walk) {
        Set<String> added = new LinkedHashSet<>(neu.formats().keySet());
        added.removeAll(old.formats().keySet());
        Set<String> removed = new LinkedHashSet<>(old.formats().keySet());
        removed.removeAll(neu.formats().keySet());
        if (added.size() == 1 && removed.size() == 1) {
            Located<String> now = neu.formats().get(added.iterator().next());
            add(Rule.FORMAT_CHANGED, walk, current(now.at(), now.pointer()), "format", "The format of "
                    + walk.subject() + " changed from " + removed.iterator().next() + " to " + now.value()
                    + ". Where validators assert formats, senders and receivers may both break.");
            return;
        }
        for (String format : added) {
            Located<String> now = neu.formats().get(format);
            add(Rule.FORMAT_ADDED, walk, current(now.at(), now.pointer()), format, capitalise(walk.subject())
                    + " now has format " + format + ". Where validators assert formats, senders of other strings"
                    + " are rejected.");
        }
        for (String format : removed) {
            Located<String> was = old.formats().get(format);
            add(Rule.FORMAT_REMOVED, walk, previous(was.at(), was.pointer()), format, capitalise(walk.subject())
                    + " no longer has format " + format + ". Receivers that relied on it may get other strings.");
        }
    }

    // ---------------------------------------------------------------- objects

    private void compareExtras(Facets old, Facets neu, Walk walk) {
        Extras before = old.extras();
        Extras after = neu.extras();
        if (before != Extras.CLOSED && after == Extras.CLOSED) {
            add(Rule.PROPERTIES_CLOSED, walk, current(neu.extrasSource().at(), neu.extrasSource().pointer()),
                    "extras", capitalise(walk.subject()) + " no longer allows properties it does not declare."
                            + " Senders that send extra properties are rejected; receivers are unaffected.");
            return;
        }
        if (before == Extras.CLOSED && after != Extras.CLOSED) {
            Location where = neu.extrasSource() != null
                    ? current(neu.extrasSource().at(), neu.extrasSource().pointer())
                    : previous(old.extrasSource().at(), old.extrasSource().pointer());
            add(Rule.PROPERTIES_OPENED, walk, where, "extras", capitalise(walk.subject()) + " now allows properties"
                    + " it does not declare. Senders are unaffected; receivers that validate against the previous"
                    + " schema reject them.");
            return;
        }
        if (before == Extras.CONSTRAINED || after == Extras.CONSTRAINED) {
            compare(Facets.of(old.additional()), Facets.of(neu.additional()), walk.extras());
        }
    }

    private void compareProperties(Facets old, Facets neu, Walk walk) {
        Set<String> names = new LinkedHashSet<>(neu.properties().keySet());
        names.addAll(neu.requirements().keySet());
        names.addAll(old.properties().keySet());
        names.addAll(old.requirements().keySet());
        for (String name : names) {
            boolean before = old.properties().containsKey(name);
            boolean after = neu.properties().containsKey(name);
            Walk property = walk.property(name);
            if (!walk.requirementsElsewhere()) {
                compareRequirement(name, old, neu, property, before, after);
            }
            if (before && after) {
                compare(Facets.of(old.properties().get(name)), Facets.of(neu.properties().get(name)), property);
            } else if (after) {
                SchemaNode declared = neu.properties().get(name).get(0);
                if (old.extras() == Extras.CLOSED) {
                    add(Rule.PROPERTY_ADDED_TO_CLOSED, property, current(declared, declared.pointer()), name,
                            name + " is a new property of " + walk.subject() + ", which did not allow undeclared"
                                    + " properties. Receivers that validate against the previous schema reject"
                                    + " instances carrying " + name + ".");
                } else if (neu.requirement(name).isNever()) {
                    add(Rule.PROPERTY_ADDED, property, current(declared, declared.pointer()), name,
                            name + " is a new optional property. " + capitalise(walk.subject()) + " was open, so"
                                    + " receivers already accepted it; nothing breaks.");
                }
            } else if (before) {
                SchemaNode declared = old.properties().get(name).get(0);
                if (neu.extras() == Extras.CLOSED) {
                    add(Rule.PROPERTY_REMOVED_FROM_CLOSED, property, previous(declared, declared.pointer()), name,
                            name + " is no longer a property of " + walk.subject() + ", which does not allow"
                                    + " undeclared properties. Senders that still send " + name + " are rejected.");
                } else {
                    add(Rule.PROPERTY_REMOVED, property, previous(declared, declared.pointer()), name,
                            name + " is no longer declared, so any value passes for it. Senders are unaffected;"
                                    + " receivers that relied on its previous schema break.");
                }
            }
        }
    }

    private void compareRequirement(String name, Facets old, Facets neu, Walk property, boolean before, boolean after) {
        Requirement was = old.requirement(name);
        Requirement now = neu.requirement(name);
        if (was.isEquivalentTo(now)) {
            return;
        }
        Rule rule;
        if (was.isNever()) {
            rule = now.isAlways() ? Rule.REQUIRED_ADDED : Rule.REQUIRED_CONDITIONAL_ADDED;
        } else if (now.isNever()) {
            rule = Rule.REQUIRED_REMOVED;
        } else if (now.implies(was)) {
            rule = Rule.REQUIRED_CONDITIONAL_RELAXED;
        } else if (was.implies(now)) {
            rule = Rule.REQUIRED_CONDITIONAL_TIGHTENED;
        } else {
            rule = Rule.REQUIRED_CONDITION_CHANGED;
        }
        Location where = rule == Rule.REQUIRED_REMOVED ? source(old.requirementSources(name), Side.PREVIOUS, old)
                : source(neu.requirementSources(name), Side.CURRENT, neu);
        String fresh = after && !before ? " (a new property)" : "";
        String gone = before && !after ? " (the property is gone)" : "";
        String message = switch (rule) {
            case REQUIRED_ADDED -> name + fresh + " is now always required; before it was optional. Senders of the"
                    + " previous shape, which " + (fresh.isEmpty() ? "may leave " + name + " out" : "has no " + name)
                    + ", are rejected; receivers are unaffected.";
            case REQUIRED_CONDITIONAL_ADDED -> name + fresh + " is now " + phrase(now) + "; before it was optional."
                    + " Senders of the previous shape that leave it out are rejected when that holds; receivers are"
                    + " unaffected.";
            case REQUIRED_CONDITIONAL_RELAXED -> name + " was " + phrase(was) + "; now it is " + phrase(now)
                    + absence(was, now) + ". Compatible for senders: everything valid before is still valid, so"
                    + " instances of the previous shape still pass. Breaks receivers that rely on " + name
                    + " being present: instances without it are now valid.";
            case REQUIRED_REMOVED -> name + " was " + phrase(was) + "; now it is optional" + gone + ". Compatible for"
                    + " senders; breaks receivers that rely on " + name + " being present.";
            case REQUIRED_CONDITIONAL_TIGHTENED -> name + " was " + phrase(was) + "; now it is " + phrase(now)
                    + ". Senders of the previous shape that leave it out where it is now required are rejected;"
                    + " receivers are unaffected.";
            default -> name + " was " + phrase(was) + "; now it is " + phrase(now) + ". Neither condition implies the"
                    + " other: senders may be rejected where it is newly required, and receivers may miss it where it"
                    + " no longer is.";
        };
        add(rule, property, where, name, message);
    }

    private static String phrase(Requirement requirement) {
        if (requirement.isAlways()) {
            return "always required";
        }
        return requirement.isNever() ? "optional" : "required " + requirement.describe();
    }

    private static String absence(Requirement was, Requirement now) {
        String absent = now.describeAbsence();
        return was.isAlways() && !absent.isEmpty() ? ", so it may be absent " + absent : "";
    }

    private Location source(List<RequirementSource> sources, Side side, Facets facets) {
        if (sources.isEmpty()) {
            SchemaNode any = at(facets);
            return location(side, any, any.pointer());
        }
        RequirementSource first = sources.get(0);
        return location(side, first.at(), first.pointer());
    }

    // ---------------------------------------------------------------- the rest

    private void compareAlternatives(Facets old, Facets neu, Walk walk) {
        for (String keyword : List.of("anyOf", "oneOf")) {
            List<Alternatives> before = old.alternatives().stream()
                    .filter(a -> a.keyword().equals(keyword) && !a.onlyRequirements()).toList();
            List<Alternatives> after = neu.alternatives().stream()
                    .filter(a -> a.keyword().equals(keyword) && !a.onlyRequirements()).toList();
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                Alternatives was = i < before.size() ? before.get(i) : null;
                Alternatives now = i < after.size() ? after.get(i) : null;
                if (was != null && now != null && was.branches().size() == now.branches().size()) {
                    for (int b = 0; b < now.branches().size(); b++) {
                        compare(Facets.of(was.branches().get(b)), Facets.of(now.branches().get(b)), walk.alternatives());
                    }
                    continue;
                }
                Location where = now != null ? current(now.at(), now.at().pointerOf(keyword))
                        : previous(was.at(), was.at().pointerOf(keyword));
                add(Rule.ALTERNATIVES_CHANGED, walk, where, keyword, capitalise(walk.subject()) + " had "
                        + count(was) + " " + keyword + " alternatives, now " + count(now) + ". They cannot be"
                        + " compared one by one: check by hand what this means for senders and receivers.");
            }
        }
    }

    private static String count(Alternatives alternatives) {
        return alternatives == null ? "no" : Integer.toString(alternatives.branches().size());
    }

    private void compareOthers(Facets old, Facets neu, Walk walk) {
        Set<String> keywords = new LinkedHashSet<>(old.others().keySet());
        keywords.addAll(neu.others().keySet());
        for (String keyword : keywords) {
            List<Located<String>> was = old.others().getOrDefault(keyword, List.of());
            List<Located<String>> now = neu.others().getOrDefault(keyword, List.of());
            if (texts(was).equals(texts(now))) {
                continue;
            }
            Location where = !now.isEmpty() ? current(now.get(0).at(), now.get(0).pointer())
                    : previous(was.get(0).at(), was.get(0).pointer());
            add(Rule.KEYWORD_UNANALYSED, walk, where, keyword, keyword + " of " + walk.subject() + " changed from "
                    + shorten(texts(was)) + " to " + shorten(texts(now)) + ". This check does not analyse " + keyword
                    + ": check by hand what it means for senders and receivers.");
        }
    }

    private static List<String> texts(List<Located<String>> located) {
        List<String> texts = new ArrayList<>();
        located.forEach(l -> texts.add(l.value()));
        texts.sort(null);
        return texts;
    }

    private static String shorten(List<String> texts) {
        if (texts.isEmpty()) {
            return "(absent)";
        }
        String text = String.join(", ", texts);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    // ---------------------------------------------------------------- helpers

    private void add(Rule rule, Walk walk, Location where, String subject, String message) {
        log.add(rule, walk.document(), walk.path(), where, subject, message);
    }

    private static SchemaNode at(Facets facets) {
        return facets.parts().isEmpty() ? null : facets.parts().get(facets.parts().size() - 1);
    }

    private Location current(Facets facets) {
        SchemaNode at = at(facets);
        return current(at, at == null ? "" : at.pointer());
    }

    private Location current(SchemaNode at, String pointer) {
        return location(Side.CURRENT, at, pointer);
    }

    private Location previous(SchemaNode at, String pointer) {
        return location(Side.PREVIOUS, at, pointer);
    }

    private static Location location(Side side, SchemaNode at, String pointer) {
        if (at == null) {
            return new Location(side, "(unknown)", pointer, 0, 0);
        }
        int[] lineColumn = at.revision().locate(at.file(), pointer);
        return new Location(side, at.revision().displayName(at.file()), pointer, lineColumn[0], lineColumn[1]);
    }

    private static String list(Enumeration enumeration) {
        List<String> shown = new ArrayList<>();
        enumeration.values().values().forEach(v -> shown.add(Values.display(v.value())));
        return shown.isEmpty() ? "no value" : String.join(", ", shown);
    }

    /**
     * The first sentence of a value's description, in parentheses. A leading version note ("Added in v1.19.", as the
     * Matrix spec marks values) is left out: the sentence after it says what the value means.
     */
    private static String describe(Enumeration.Value value) {
        String text = value.description().strip().replaceFirst("^(?:(?:Added|Changed) in \\S+?\\.\\s+)+", "");
        if (text.isEmpty()) {
            return "";
        }
        int end = text.indexOf(". ");
        return " (\"" + (end < 0 ? text : text.substring(0, end + 1)) + "\")";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Starts a sentence: "the value ..." becomes "The value ...", a property name stays as it is written. */
    private static String capitalise(String text) {
        return text.startsWith("the ") ? "T" + text.substring(1) : text;
    }
}
