package dev.withheld.codegen.watch;

import dev.withheld.codegen.check.Keywords;
import dev.withheld.codegen.check.SchemaFile;
import dev.withheld.codegen.check.SchemaWorkspace;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Which schema files refer to which, through {@code $ref}: the watch goal re-checks a changed
 * file together with every file that depends on it, and nothing else.
 */
final class DependencyGraph {
    private final Map<Path, Set<Path>> references = new HashMap<>();
    private final Map<Path, Set<Path>> referrers = new HashMap<>();

    DependencyGraph(SchemaWorkspace workspace) {
        for (SchemaFile file : workspace.files()) {
            if (file.readable()) {
                collect(workspace, file, file.document());
            }
        }
    }

    private void collect(SchemaWorkspace workspace, SchemaFile file, JsonNode node) {
        if (node.isObject()) {
            if (node.path("$ref").isString()) {
                workspace.resolve(file, node.get("$ref").stringValue()).ifPresent(target -> {
                    references.computeIfAbsent(file.path(), f -> new HashSet<>()).add(target.file().path());
                    referrers.computeIfAbsent(target.file().path(), f -> new HashSet<>()).add(file.path());
                });
            }
            node.properties().forEach(member -> {
                if (!Keywords.DATA.contains(member.getKey())) {
                    collect(workspace, file, member.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(workspace, file, element));
        }
    }

    /** The files and every file that refers to them, directly or not. */
    Set<Path> withReferrers(Collection<Path> files) {
        return closure(files, referrers);
    }

    /** The files and every file they refer to, directly or not. */
    Set<Path> withReferences(Collection<Path> files) {
        return closure(files, references);
    }

    private static Set<Path> closure(Collection<Path> start, Map<Path, Set<Path>> edges) {
        Set<Path> result = new LinkedHashSet<>();
        Deque<Path> pending = new ArrayDeque<>(start);
        while (!pending.isEmpty()) {
            Path file = pending.removeFirst();
            if (result.add(file)) {
                pending.addAll(edges.getOrDefault(file, Set.of()));
            }
        }
        return result;
    }
}
