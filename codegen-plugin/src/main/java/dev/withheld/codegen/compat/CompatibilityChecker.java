package dev.withheld.codegen.compat;

import dev.withheld.codegen.compat.Location.Side;
import dev.withheld.codegen.compat.SchemaRevision.Document;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two revisions of a set of schemas and reports every change that matters to the senders
 * or the receivers of instances, with a stable rule id and its direction.
 *
 * <p>Documents are paired by {@code $id}, then by path, then by a unique path suffix (so that a
 * directory can be compared with the same files nested deeper in a released artifact). Each pair is
 * compared from its root; a change reached again through another document's {@code $ref} is
 * reported once.
 */
public final class CompatibilityChecker {

    /** Compares the previous revision with the current one. */
    public CompatibilityReport compare(SchemaRevision previous, SchemaRevision current) {
        ChangeLog log = new ChangeLog();
        SchemaComparator comparator = new SchemaComparator(log);
        Map<Document, Document> pairs = pair(previous.documents(), current.documents());
        for (Document now : current.documents()) {
            Document was = pairs.get(now);
            if (was == null) {
                log.add(Rule.DOCUMENT_ADDED, now.relativePath(), "",
                        new Location(Side.CURRENT, now.relativePath(), "", 1, 1), now.relativePath(),
                        now.relativePath() + " is a new schema document" + (now.id() == null ? "" : " (" + now.id() + ")")
                                + ". Nothing that existed before breaks.");
                continue;
            }
            comparator.compare(Facets.of(previous.root(was.file())), Facets.of(current.root(now.file())),
                    SchemaComparator.Walk.root(now.relativePath()));
        }
        for (Document was : previous.documents()) {
            if (!pairs.containsValue(was)) {
                log.add(Rule.DOCUMENT_REMOVED, was.relativePath(), "",
                        new Location(Side.PREVIOUS, was.relativePath(), "", 1, 1), was.relativePath(),
                        was.relativePath() + (was.id() == null ? "" : " (" + was.id() + ")") + " is gone. Whoever"
                                + " validates against it or refers to it breaks.");
            }
        }
        List<Change> changes = new ArrayList<>(log.changes());
        changes.sort(Comparator.comparing(Change::severity));
        return new CompatibilityReport(previous.label(), current.label(), changes);
    }

    /** For each current document, its previous counterpart (absent when it is new). */
    static Map<Document, Document> pair(List<Document> previous, List<Document> current) {
        Map<URI, Document> byId = new HashMap<>();
        Map<String, Document> byPath = new HashMap<>();
        for (Document d : previous) {
            if (d.id() != null) {
                byId.putIfAbsent(d.id(), d);
            }
            byPath.put(d.relativePath(), d);
        }
        Map<Document, Document> pairs = new LinkedHashMap<>();
        List<Document> taken = new ArrayList<>();
        for (Document now : current) {
            Document was = now.id() == null ? null : byId.get(now.id());
            if (was == null || taken.contains(was)) {
                was = byPath.get(now.relativePath());
            }
            if (was != null && !taken.contains(was)) {
                pairs.put(now, was);
                taken.add(was);
            }
        }
        for (Document now : current) {
            if (pairs.containsKey(now)) {
                continue;
            }
            Document match = null;
            int candidates = 0;
            for (Document was : previous) {
                if (!taken.contains(was) && (was.relativePath().endsWith("/" + now.relativePath())
                        || now.relativePath().endsWith("/" + was.relativePath()))) {
                    match = was;
                    candidates++;
                }
            }
            if (candidates == 1) {
                pairs.put(now, match);
                taken.add(match);
            }
        }
        return pairs;
    }
}
