package dev.withheld.codegen.compat;

import dev.withheld.codegen.generate.SchemaProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The named revisions of one set of schemas, oldest first, each kept in a folder of one schema root (the first one
 * often in the root itself), and each compared with the one before it: the steps of the schemas' changelog.
 */
public final class RevisionHistory {

    /**
     * A revision of the schemas.
     *
     * @param name how people call it, for example {@code msc2399} or {@code v1.1}
     * @param folder its folder below the schema root, with {@code /} separators, ending in {@code /}; empty for the
     *     root itself
     */
    public record Revision(String name, String folder) {

        public Revision {
            folder = folder.replace('\\', '/');
            folder = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        }

        /** The folder for people: {@code v1.1/}, or "the top folder". */
        public String displayFolder() {
            return folder.isEmpty() ? "the top folder" : folder;
        }
    }

    /**
     * One step: a revision compared with the one before it.
     *
     * @param previous the earlier revision
     * @param current the later revision
     * @param report every change from the earlier to the later one
     */
    public record Step(Revision previous, Revision current, CompatibilityReport report) {
    }

    private final List<Revision> revisions;

    /**
     * @param revisions oldest first
     * @throws CompatibilityProblem when fewer than two are given, or a name or a folder is given twice
     */
    public RevisionHistory(List<Revision> revisions) {
        if (revisions.size() < 2) {
            throw new CompatibilityProblem("A changelog compares each revision with the one before it, so it needs at least"
                    + " two revisions; " + (revisions.isEmpty() ? "none is" : "only " + revisions.get(0).name() + " is")
                    + " named.");
        }
        Map<String, Revision> byName = new HashMap<>();
        Map<String, Revision> byFolder = new HashMap<>();
        for (Revision revision : revisions) {
            Revision sameName = byName.putIfAbsent(revision.name(), revision);
            if (sameName != null) {
                throw new CompatibilityProblem("The revision " + revision.name() + " is named for two folders, "
                        + sameName.displayFolder() + " and " + revision.displayFolder() + "; each revision is one folder.");
            }
            Revision sameFolder = byFolder.putIfAbsent(revision.folder(), revision);
            if (sameFolder != null) {
                throw new CompatibilityProblem("The revisions " + sameFolder.name() + " and " + revision.name()
                        + " are both in " + revision.displayFolder() + "; each revision needs a folder of its own.");
            }
        }
        this.revisions = List.copyOf(revisions);
    }

    public List<Revision> revisions() {
        return revisions;
    }

    /**
     * Compares each revision with the one before it.
     *
     * @param root the schema root that holds the revisions' folders
     * @return the steps, oldest first
     * @throws CompatibilityProblem when a folder holds no schema
     * @throws SchemaProblem when a file is not well-formed or a {@code $ref} leads nowhere
     */
    public List<Step> compare(Path root) {
        List<String> folders = revisions.stream().map(Revision::folder).toList();
        List<Step> steps = new ArrayList<>();
        SchemaRevision previous = SchemaRevision.loadFolder(revisions.get(0).name(), root, revisions.get(0).folder(), folders);
        for (int i = 1; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            SchemaRevision current = SchemaRevision.loadFolder(revision.name(), root, revision.folder(), folders);
            steps.add(new Step(revisions.get(i - 1), revision, new CompatibilityChecker().compare(previous, current)));
            previous = current;
        }
        return steps;
    }
}
