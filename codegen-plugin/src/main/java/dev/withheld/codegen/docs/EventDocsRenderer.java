package dev.withheld.codegen.docs;

import dev.withheld.codegen.check.ConditionWords;
import dev.withheld.codegen.check.Requirements;
import dev.withheld.codegen.check.SchemaFile;
import dev.withheld.codegen.check.SchemaLinter;
import dev.withheld.codegen.check.SchemaWorkspace;
import dev.withheld.codegen.check.Suite;
import dev.withheld.codegen.check.SuiteCase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders one event as Markdown in the layout of the Matrix spec's event pages: a Name | Type |
 * Description table for the event and for every object it holds, the values of each enumerated
 * property with their meanings, the profiles that build on the event, and examples.
 *
 * <p>Everything is derived from the schema keywords: "Required if `code` is not `m.no_olm`."
 * comes from {@code if}/{@code then}/{@code else} ({@link Requirements}), not from prose. When a
 * description starts with the same requirement in words, that sentence is dropped, since the
 * row already says it (and {@code lint/requirement-prose} checks that the two agree).
 */
final class EventDocsRenderer {
    private static final JsonMapper JSON = JsonMapper.builder()
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    private final SchemaWorkspace workspace;
    private final List<Suite> suites;

    /** A schema with a table of its own. */
    private record Table(SchemaFile file, String pointer, JsonNode node, String title) {
    }

    /** A schema file whose root builds on a table's schema through {@code $ref}. */
    private record Profile(SchemaFile file, Table base, String title) {
    }

    /** A property as it appears in a table: its name, and its subschema in the file that declares it. */
    private record Property(String name, SchemaFile file, JsonNode schema) {
    }

    EventDocsRenderer(SchemaWorkspace workspace, List<Suite> suites) {
        this.workspace = workspace;
        this.suites = suites;
    }

    String render(SchemaFile event, String name, String source) {
        return render(event, name, source, file -> true);
    }

    /**
     * Renders an event; {@code ownFiles} says which schema files may be shown as its profiles (a file
     * that builds on a table of this event but belongs to another documented event is left out).
     */
    String render(SchemaFile event, String name, String source, Predicate<SchemaFile> ownFiles) {
        List<Table> tables = tables(event);
        List<Profile> profiles = profiles(tables, ownFiles);
        Map<JsonNode, String> links = new IdentityHashMap<>();
        tables.forEach(table -> links.put(table.node(), Markdown.link(table.title())));
        profiles.forEach(profile -> links.put(profile.file().document(), Markdown.link(profile.title())));

        StringBuilder md = new StringBuilder();
        md.append(Markdown.generatedFrom(source + " and the example suites"));
        md.append("# ").append(ConditionWords.code(name)).append("\n\n");
        text(event.document(), "description").ifPresent(description -> md.append(description).append("\n\n"));
        md.append("Requirements below are derived from `required` and `if`/`then`/`else` in the schema; values from `const`, `enum` and `oneOf`.\n\n");

        for (Table table : tables) {
            md.append("## ").append(table.title()).append("\n\n");
            if (table.node() != event.document()) {
                text(table.node(), "description").ifPresent(description -> md.append(description).append("\n\n"));
            }
            table(md, effectiveProperties(table.file(), table.node()),
                    Requirements.of(workspace, table.file(), table.node(), table.pointer()), links);
        }
        if (!profiles.isEmpty()) {
            md.append("## Profiles\n\n");
            for (Profile profile : profiles) {
                md.append("### ").append(profile.title()).append("\n\n");
                text(profile.file().document(), "description").ifPresent(description -> md.append(description).append("\n\n"));
                md.append("Builds on ").append(Markdown.link(profile.base().title())).append(" (`").append(profile.file().relativePath())
                        .append("`).");
                for (JsonNode member : profile.file().document().path("allOf")) {
                    if (member.path("$ref").isString()) {
                        workspace.resolve(profile.file(), member.get("$ref").stringValue()).ifPresent(target -> md
                                .append(" It also meets every rule of ").append(title(target.node(), target.file().relativePath()))
                                .append(" (`").append(target.file().relativePath()).append("`)."));
                    }
                }
                List<Property> own = ownProperties(profile.file(), profile.file().document());
                if (own.isEmpty()) {
                    md.append(" It adds no rule of its own.\n\n");
                } else {
                    md.append(" What it changes:\n\n");
                    table(md, own, Requirements.of(workspace, profile.file(), profile.file().document(), ""), links);
                }
            }
        }
        examples(md, event, profiles);
        return md.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    // Which tables and profiles ---------------------------------------------------------------------

    private List<Table> tables(SchemaFile event) {
        List<Table> tables = new ArrayList<>();
        Map<JsonNode, Boolean> seen = new IdentityHashMap<>();
        Deque<Table> pending = new ArrayDeque<>();
        pending.add(new Table(event, "", event.document(), title(event.document(), event.relativePath())));
        while (!pending.isEmpty()) {
            Table table = pending.removeFirst();
            if (seen.put(table.node(), Boolean.TRUE) != null) {
                continue;
            }
            tables.add(table);
            for (Property property : effectiveProperties(table.file(), table.node())) {
                objectTarget(property.file(), property.schema(), "").ifPresent(pending::add);
            }
        }
        return tables;
    }

    /** The object schema a property holds (following a plain {@code $ref}), if it has properties of its own. */
    private Optional<Table> objectTarget(SchemaFile file, JsonNode schema, String pointer) {
        if (!schema.isObject()) {
            return Optional.empty();
        }
        if (schema.path("properties").isObject() && !schema.get("properties").isEmpty()) {
            return Optional.of(new Table(file, pointer, schema, title(schema, pointer)));
        }
        if (schema.path("$ref").isString()) {
            return workspace.resolve(file, schema.get("$ref").stringValue())
                    .flatMap(target -> objectTarget(target.file(), target.node(), target.pointer()));
        }
        return Optional.empty();
    }

    private List<Profile> profiles(List<Table> tables, Predicate<SchemaFile> ownFiles) {
        List<Profile> profiles = new ArrayList<>();
        for (SchemaFile file : workspace.files()) {
            if (!file.readable() || !file.document().path("$ref").isString() || !ownFiles.test(file)) {
                continue;
            }
            workspace.resolve(file, file.document().get("$ref").stringValue()).ifPresent(target -> tables.stream()
                    .filter(table -> table.node() == target.node())
                    .findFirst()
                    .ifPresent(base -> profiles.add(new Profile(file, base, title(file.document(), file.relativePath())))));
        }
        profiles.sort(java.util.Comparator.comparingInt((Profile profile) -> tables.indexOf(profile.base()))
                .thenComparing(profile -> profile.file().relativePath()));
        return profiles;
    }

    /** The properties of a table: those of its {@code $ref} and {@code allOf} bases first, then its own (which override). */
    private List<Property> effectiveProperties(SchemaFile file, JsonNode schema) {
        Map<String, Property> properties = new LinkedHashMap<>();
        collectProperties(file, schema, properties, new IdentityHashMap<>());
        return List.copyOf(properties.values());
    }

    private void collectProperties(SchemaFile file, JsonNode schema, Map<String, Property> properties, Map<JsonNode, Boolean> visited) {
        if (!schema.isObject() || visited.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (schema.path("$ref").isString()) {
            workspace.resolve(file, schema.get("$ref").stringValue())
                    .ifPresent(target -> collectProperties(target.file(), target.node(), properties, visited));
        }
        for (JsonNode member : schema.path("allOf")) {
            collectProperties(file, member, properties, visited);
        }
        ownProperties(file, schema).forEach(property -> properties.put(property.name(), property));
    }

    private static List<Property> ownProperties(SchemaFile file, JsonNode schema) {
        List<Property> own = new ArrayList<>();
        schema.path("properties").properties().forEach(entry -> own.add(new Property(entry.getKey(), file, entry.getValue())));
        return own;
    }

    // One table ---------------------------------------------------------------------------------------

    private void table(StringBuilder md, List<Property> properties, Map<String, Requirements.Requirement> requirements,
            Map<JsonNode, String> links) {
        md.append("| Name | Type | Description |\n| --- | --- | --- |\n");
        List<String> valueSections = new ArrayList<>();
        for (Property property : properties) {
            String type = TypeWords.of(workspace, property.file(), property.schema(), (file, node) -> links.get(node));
            Requirements.Requirement requirement = requirements.get(property.name());
            List<String> parts = new ArrayList<>();
            if (requirement != null) {
                parts.add("**" + requirement.sentence() + "**");
            }
            description(property.file(), property.schema()).map(text -> withoutRestatedRequirement(text, requirement)).ifPresent(parts::add);
            Optional<ValueSet> values = ValueSet.of(workspace, property.file(), property.schema());
            values.map(set -> valueSentence(set)).ifPresent(parts::add);
            values.filter(ValueSet::described).ifPresent(set -> valueSections.add(valueSection(property.name(), set)));
            example(property.file(), property.schema()).ifPresent(example -> parts.add("Example: " + example + "."));
            md.append("| ").append(ConditionWords.code(property.name())).append(" | ").append(Markdown.cell(type)).append(" | ")
                    .append(Markdown.cell(String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList()))).append(" |\n");
        }
        md.append("\n");
        valueSections.forEach(section -> md.append(section).append("\n"));
    }

    private static String withoutRestatedRequirement(String description, Requirements.Requirement requirement) {
        if (requirement == null) {
            return description;
        }
        String lead = SchemaLinter.firstSentence(description);
        if (SchemaLinter.normalized(lead).equals(SchemaLinter.normalized(requirement.sentence()))) {
            return description.substring(description.indexOf(lead) + lead.length()).trim();
        }
        return description;
    }

    private static String valueSentence(ValueSet set) {
        String others = set.others().stream().map(ValueSet.Other::label).collect(Collectors.joining(", or "));
        if (set.described()) {
            return set.closed() ? "One of the values listed below." : "One of the values listed below, or " + others + ".";
        }
        String listed = set.values().stream().map(v -> ConditionWords.value(v.value())).collect(Collectors.joining(", "));
        if (set.closed()) {
            return set.values().size() == 1 ? "Must be " + listed + "." : "One of: " + listed + ".";
        }
        return "One of: " + listed + ", or " + others + ".";
    }

    private static String valueSection(String property, ValueSet set) {
        StringBuilder md = new StringBuilder("**Values of ").append(ConditionWords.code(property)).append(":**\n\n");
        md.append("| Value | Description |\n| --- | --- |\n");
        for (ValueSet.Value value : set.values()) {
            md.append("| ").append(Markdown.cell(ConditionWords.value(value.value()))).append(" | ")
                    .append(Markdown.cell(value.description() == null ? "" : value.description())).append(" |\n");
        }
        for (ValueSet.Other other : set.others()) {
            md.append("\nAlso allowed: ").append(other.label()).append(other.description() == null ? "." : ": " + other.description()).append("\n");
        }
        return md.toString();
    }

    /** The property's own description, or that of the schema its {@code $ref} leads to. */
    private Optional<String> description(SchemaFile file, JsonNode schema) {
        Optional<String> own = text(schema, "description");
        if (own.isPresent() || !schema.path("$ref").isString()) {
            return own;
        }
        return workspace.resolve(file, schema.get("$ref").stringValue()).flatMap(target -> description(target.file(), target.node()));
    }

    /** The first scalar of {@code examples}, own or through {@code $ref}, as inline code. */
    private Optional<String> example(SchemaFile file, JsonNode schema) {
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && !examples.isEmpty() && examples.get(0).isValueNode()) {
            return Optional.of(ConditionWords.value(examples.get(0)));
        }
        if (schema.path("$ref").isString()) {
            return workspace.resolve(file, schema.get("$ref").stringValue()).flatMap(target -> example(target.file(), target.node()));
        }
        return Optional.empty();
    }

    // Examples -----------------------------------------------------------------------------------------

    private void examples(StringBuilder md, SchemaFile event, List<Profile> profiles) {
        List<SchemaFile> sources = new ArrayList<>();
        sources.add(event);
        profiles.stream().filter(profile -> profile.base().node() == event.document()).map(Profile::file).forEach(sources::add);
        StringBuilder body = new StringBuilder();
        for (SchemaFile source : sources) {
            StringBuilder section = new StringBuilder();
            for (JsonNode example : source.document().path("examples")) {
                section.append("From the schema's `examples`:\n\n").append(jsonBlock(example));
            }
            for (Suite suite : suites) {
                if (!suite.schema().path().equals(source.path())) {
                    continue;
                }
                for (SuiteCase suiteCase : suite.cases()) {
                    if (suiteCase.valid()) {
                        section.append("**").append(suiteCase.description()).append("** (`").append(suite.file().getFileName()).append("`):\n\n")
                                .append(jsonBlock(suiteCase.data()));
                    }
                }
            }
            if (section.length() > 0) {
                body.append("### ").append(title(source.document(), source.relativePath())).append("\n\n").append(section);
            }
        }
        if (body.length() > 0) {
            md.append("## Examples\n\nThe valid cases of the example suites, which the build checks against the schema.\n\n").append(body);
        }
    }

    private static String jsonBlock(JsonNode value) {
        return "```json\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n```\n\n";
    }

    private static String title(JsonNode schema, String fallback) {
        return text(schema, "title").orElse(fallback.isEmpty() ? "(untitled)" : fallback);
    }

    private static Optional<String> text(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.isString() && !value.stringValue().isBlank() ? Optional.of(value.stringValue().trim()) : Optional.empty();
    }
}
