package dev.withheld.codegen.compat;

import static dev.withheld.codegen.compat.Impact.BREAKING;
import static dev.withheld.codegen.compat.Impact.COMPATIBLE;
import static dev.withheld.codegen.compat.Impact.MAY_BREAK;

/**
 * The kinds of change the compatibility check reports. Each has a stable id (used in reports, and
 * safe to match on in scripts) and a fixed impact on senders and on receivers.
 */
public enum Rule {
    DOCUMENT_ADDED("document.added", COMPATIBLE, COMPATIBLE,
            "A schema document exists only in the current revision."),
    DOCUMENT_REMOVED("document.removed", MAY_BREAK, MAY_BREAK,
            "A schema document exists only in the previous revision; whoever validates against it or refers to it breaks."),

    REQUIRED_ADDED("required.added", BREAKING, COMPATIBLE,
            "A property that was optional (or new) is now always required."),
    REQUIRED_CONDITIONAL_ADDED("required.conditional-added", BREAKING, COMPATIBLE,
            "A property that was optional (or new) is now required under a condition (if/then/else, dependentRequired, an alternative)."),
    REQUIRED_CONDITIONAL_TIGHTENED("required.conditional-tightened", BREAKING, COMPATIBLE,
            "A conditionally required property is required in more cases (possibly always)."),
    REQUIRED_CONDITIONAL_RELAXED("required.conditional-relaxed", COMPATIBLE, BREAKING,
            "A required property is required in fewer cases, but still in some (for example always -> unless code is m.no_olm)."),
    REQUIRED_REMOVED("required.removed", COMPATIBLE, BREAKING,
            "A property that was required (always or under a condition) is never required now."),
    REQUIRED_CONDITION_CHANGED("required.condition-changed", BREAKING, BREAKING,
            "The condition under which a property is required changed, and neither condition implies the other."),

    PROPERTY_ADDED("property.added", COMPATIBLE, COMPATIBLE,
            "A new optional property in an open object: old receivers already accept (and ignore) it."),
    PROPERTY_ADDED_TO_CLOSED("property.added-to-closed", COMPATIBLE, BREAKING,
            "A new property in an object that forbade unknown properties: old receivers reject it."),
    PROPERTY_REMOVED("property.removed", COMPATIBLE, BREAKING,
            "A property is no longer declared in an open object: any value now passes for it."),
    PROPERTY_REMOVED_FROM_CLOSED("property.removed-from-closed", BREAKING, COMPATIBLE,
            "A property is no longer declared in an object that forbids unknown properties: senders that still send it are rejected."),
    PROPERTIES_CLOSED("properties.closed", BREAKING, COMPATIBLE,
            "Unknown (additional) properties were allowed and no longer are."),
    PROPERTIES_OPENED("properties.opened", COMPATIBLE, BREAKING,
            "Unknown (additional) properties were forbidden and now are allowed."),

    VALUE_FORBIDDEN("value.forbidden", BREAKING, COMPATIBLE,
            "A schema became false: no value is valid there any more."),
    VALUE_ALLOWED("value.allowed", COMPATIBLE, BREAKING,
            "A schema was false (nothing valid) and now accepts values."),

    VALUE_EXCLUDED("value.excluded", BREAKING, COMPATIBLE,
            "A value the previous schema accepted is refused by name now (not with const or enum)."),
    VALUE_EXCLUDED_EXPLICITLY("value.excluded-explicitly", COMPATIBLE, COMPATIBLE,
            "A value the previous schema refused already is now also refused by name (not with const or enum)."),
    VALUE_READMITTED("value.readmitted", COMPATIBLE, BREAKING,
            "A value that was refused by name (not with const or enum) is accepted now."),
    VALUE_EXCLUSION_DROPPED("value.exclusion-dropped", COMPATIBLE, COMPATIBLE,
            "A value is no longer refused by name, but the current schema still refuses it."),

    TYPE_NARROWED("type.narrowed", BREAKING, COMPATIBLE,
            "Fewer JSON types are allowed."),
    TYPE_WIDENED("type.widened", COMPATIBLE, BREAKING,
            "More JSON types are allowed."),
    TYPE_CHANGED("type.changed", BREAKING, BREAKING,
            "The allowed JSON types changed, neither set containing the other."),

    ENUM_VALUE_ADDED("enum.value-added", COMPATIBLE, BREAKING,
            "A value was added to a closed set (enum, const, oneOf/anyOf of const): old receivers reject it."),
    ENUM_VALUE_REMOVED("enum.value-removed", BREAKING, COMPATIBLE,
            "A value was removed from a closed set: senders that still send it are rejected."),
    ENUM_KNOWN_VALUE_ADDED("enum.known-value-added", COMPATIBLE, MAY_BREAK,
            "A known value was added to an open enumeration: receivers that treat it as open are fine, receivers with a closed enum break."),
    ENUM_KNOWN_VALUE_REMOVED("enum.known-value-removed", COMPATIBLE, COMPATIBLE,
            "A value is no longer listed as known in an open enumeration; it is still accepted."),
    ENUM_CLOSED("enum.closed", BREAKING, COMPATIBLE,
            "A value that was open (free, or an open enumeration) is now limited to a closed set."),
    ENUM_OPENED("enum.opened", COMPATIBLE, BREAKING,
            "A value that was limited to a closed set now accepts other values."),

    PATTERN_ADDED("pattern.added", BREAKING, COMPATIBLE,
            "A string must now match a pattern."),
    PATTERN_REMOVED("pattern.removed", COMPATIBLE, BREAKING,
            "A string no longer has to match a pattern."),
    PATTERN_CHANGED("pattern.changed", BREAKING, BREAKING,
            "A pattern was replaced by another; whether it accepts more or fewer strings is not decided."),
    LIMIT_TIGHTENED("limit.tightened", BREAKING, COMPATIBLE,
            "A length, size or range limit was added or made stricter (minLength, maximum, maxItems, ...)."),
    LIMIT_RELAXED("limit.relaxed", COMPATIBLE, BREAKING,
            "A length, size or range limit was removed or made looser."),
    FORMAT_ADDED("format.added", MAY_BREAK, COMPATIBLE,
            "A format was added; it breaks senders where validators assert formats."),
    FORMAT_REMOVED("format.removed", COMPATIBLE, MAY_BREAK,
            "A format was removed; it breaks receivers that relied on it being asserted."),
    FORMAT_CHANGED("format.changed", MAY_BREAK, MAY_BREAK,
            "A format was replaced by another."),

    ALTERNATIVES_CHANGED("alternatives.changed", MAY_BREAK, MAY_BREAK,
            "anyOf/oneOf alternatives were added, removed or restructured so that they cannot be compared one by one."),
    KEYWORD_UNANALYSED("keyword.unanalysed", MAY_BREAK, MAY_BREAK,
            "A keyword this check does not analyse changed; review it by hand.");

    private final String id;
    private final Impact senders;
    private final Impact receivers;
    private final String summary;

    Rule(String id, Impact senders, Impact receivers, String summary) {
        this.id = id;
        this.senders = senders;
        this.receivers = receivers;
        this.summary = summary;
    }

    /** The stable id, for example {@code required.conditional-relaxed}. */
    public String id() {
        return id;
    }

    /** What the change does to senders (producers). */
    public Impact senders() {
        return senders;
    }

    /** What the change does to receivers (consumers). */
    public Impact receivers() {
        return receivers;
    }

    /** The severity: the worse of the two impacts. */
    public Severity severity() {
        return Severity.of(senders, receivers);
    }

    /** One sentence saying when the rule applies. */
    public String summary() {
        return summary;
    }

    /** The rule with this id. */
    public static Rule byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("no compatibility rule has the id " + id);
    }
}
