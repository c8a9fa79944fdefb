package dev.withheld.codegen.docs;

import dev.withheld.codegen.compat.Change;
import dev.withheld.codegen.compat.Impact;
import dev.withheld.codegen.compat.Location;
import dev.withheld.codegen.compat.RevisionHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the steps of a {@link RevisionHistory} as the schemas' changelog in Markdown, newest step first: for each
 * step, what changes for senders and for receivers, then every change the compatibility check found, in its words,
 * with where it is written and its impact on each side. Nothing is written by hand, so the changelog cannot say
 * more or less than the check.
 */
final class ChangelogRenderer {

    /** The changelog's file name, in the output and the checked-in directory. */
    static final String FILE_NAME = "CHANGELOG.md";

    private ChangelogRenderer() {
    }

    /**
     * @param steps oldest first
     * @param schemaFolder the schema directory as the reader knows it ({@code schemas}); places are below it
     */
    static String render(List<RevisionHistory.Step> steps, String schemaFolder) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        names.add(steps.get(0).previous().name());
        steps.forEach(step -> names.add(step.current().name()));
        out.append(Markdown.generatedFrom("the revisions in " + schemaFolder + "/ (" + String.join(", ", names) + ")"));
        out.append("# Changelog: ").append(String.join(" → ", names)).append("\n\n");
        out.append("What changes from each revision of the schemas to the next, newest first, as the compatibility check"
                + " (`compat`) finds it when it compares each revision's folder under `").append(schemaFolder)
                .append("/` with the one before, file by file.\n\n");
        out.append("- A change **breaks senders** when content that was valid to send is refused now (the schema is"
                + " stricter).\n");
        out.append("- It **breaks receivers** when content is valid now that receivers built for the earlier revision"
                + " did not expect (the schema is looser, or a value they relied on may be absent).\n");
        out.append("- It **may break** those who assumed more than the schema promised (for example a closed list of"
                + " codes where the list is open), or a keyword the check does not analyse changed. A **compatible**"
                + " change breaks nobody.\n\n");
        out.append("Each change names its rule id, the property it is about in the revision's files (paired by their"
                + " path below the revision's folder), and where it is written: the file below `").append(schemaFolder)
                .append("/` and the JSON Pointer of the keyword.\n");
        for (int i = steps.size() - 1; i >= 0; i--) {
            step(out, steps.get(i));
        }
        return out.toString();
    }

    private static void step(StringBuilder out, RevisionHistory.Step step) {
        List<Change> changes = step.report().changes();
        out.append("\n## ").append(step.previous().name()).append(" → ").append(step.current().name()).append("\n\n");
        out.append(step.current().name()).append(" (").append(folder(step.current())).append(") compared with ")
                .append(step.previous().name()).append(" (").append(folder(step.previous())).append("): ");
        if (changes.isEmpty()) {
            out.append("no change that matters to senders or receivers.\n");
            return;
        }
        out.append(changes.size()).append(changes.size() == 1 ? " change.\n\n" : " changes.\n\n");
        String was = step.previous().name();
        String now = step.current().name();
        out.append("- **Senders:** ").append(forParty(changes, Change::senders,
                "content that was valid to send under " + was + " can be refused under " + now)).append('\n');
        out.append("- **Receivers:** ").append(forParty(changes, Change::receivers,
                "content valid under " + now + " can be what receivers built for " + was + " did not expect")).append("\n\n");
        out.append("| Change | Where | Senders | Receivers |\n| --- | --- | --- | --- |\n");
        for (Change change : changes) {
            out.append("| ").append(Markdown.cell(what(change))).append(" | `").append(Markdown.cell(change.location().document()))
                    .append('#').append(Markdown.cell(change.location().pointer())).append('`')
                    .append(change.location().side() == Location.Side.PREVIOUS ? " (" + was + ")" : "").append(" | ")
                    .append(impact(change.senders())).append(" | ").append(impact(change.receivers())).append(" |\n");
        }
    }

    private static String folder(RevisionHistory.Revision revision) {
        return revision.folder().isEmpty() ? "the top folder" : "`" + revision.folder() + "`";
    }

    /**
     * What a step does to one side: the changes that break it, with what that means, then those that may.
     *
     * @param meaning what a breaking change means for this side in this step
     */
    private static String forParty(List<Change> changes, Function<Change, Impact> impact, String meaning) {
        List<Change> breaking = changes.stream().filter(c -> impact.apply(c) == Impact.BREAKING).toList();
        List<Change> mayBreak = changes.stream().filter(c -> impact.apply(c) == Impact.MAY_BREAK).toList();
        if (breaking.isEmpty() && mayBreak.isEmpty()) {
            return "no change breaks them.";
        }
        List<String> parts = new ArrayList<>();
        if (!breaking.isEmpty()) {
            parts.add(count(breaking, "breaking change") + ", so " + meaning + ": " + subjects(breaking) + ".");
        }
        if (!mayBreak.isEmpty()) {
            parts.add(count(mayBreak, "change") + " that may break them: "
                    + subjects(mayBreak) + ".");
        }
        return String.join(" ", parts);
    }

    private static String count(List<Change> changes, String what) {
        return changes.size() + " " + what + (changes.size() == 1 ? "" : "s");
    }

    private static String subjects(List<Change> changes) {
        return changes.stream().map(c -> c.displayPath() + " in `" + c.document() + "` (`" + c.rule().id() + "`)")
                .collect(Collectors.joining(", "));
    }

    /** The change in words: rule id, the property and its document, the check's message, and where else it shows. */
    private static String what(Change change) {
        StringBuilder text = new StringBuilder("`").append(change.rule().id()).append("` ").append(change.displayPath())
                .append(" in `").append(change.document()).append("`: ").append(change.message());
        if (!change.alsoIn().isEmpty()) {
            text.append(" Also reached from ").append(String.join(", ", change.alsoIn())).append('.');
        }
        return text.toString();
    }

    private static String impact(Impact impact) {
        return switch (impact) {
            case BREAKING -> "**breaking**";
            case MAY_BREAK -> "may break";
            case COMPATIBLE -> "compatible";
        };
    }
}
