package dev.withheld.codegen.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects changes and reports each once: the same change reached from several documents (the
 * content schema on its own, and again through the event schema's {@code $ref}) is one change,
 * shown where its property path is shortest, with the other places listed.
 */
final class ChangeLog {

    private static final class Entry {
        Rule rule;
        String document;
        String path;
        Location location;
        String subject;
        String message;
        final List<String> alsoIn = new ArrayList<>();
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    void add(Rule rule, String document, String path, Location location, String subject, String message) {
        String key = rule.id() + "|" + location.side() + "|" + location.document() + "|" + location.pointer() + "|"
                + subject;
        Entry existing = entries.get(key);
        if (existing == null) {
            Entry entry = new Entry();
            entry.rule = rule;
            entry.document = document;
            entry.path = path;
            entry.location = location;
            entry.subject = subject;
            entry.message = message;
            entries.put(key, entry);
            return;
        }
        String here = where(document, path);
        if (here.equals(where(existing.document, existing.path)) || existing.alsoIn.contains(here)) {
            return;
        }
        if (depth(path) < depth(existing.path)) {
            existing.alsoIn.add(where(existing.document, existing.path));
            existing.document = document;
            existing.path = path;
            existing.message = message;
        } else {
            existing.alsoIn.add(here);
        }
    }

    List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        for (Entry e : entries.values()) {
            changes.add(new Change(e.rule, e.document, e.path, e.location, e.subject, e.message,
                    List.copyOf(e.alsoIn)));
        }
        return changes;
    }

    private static String where(String document, String path) {
        return document + " " + (path.isEmpty() ? "(root)" : path);
    }

    private static int depth(String path) {
        if (path.isEmpty()) {
            return 0;
        }
        int depth = 1;
        for (char c : path.toCharArray()) {
            if (c == '.' || c == '[') {
                depth++;
            }
        }
        return depth;
    }
}
