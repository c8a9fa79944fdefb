package dev.withheld.codegen.docs;

import dev.withheld.codegen.check.Finding;
import dev.withheld.codegen.check.SchemaCheck;
import dev.withheld.codegen.check.SchemaFile;
import dev.withheld.codegen.check.SchemaWorkspace;
import dev.withheld.codegen.check.Suite;
import dev.withheld.codegen.check.SuiteReader;
import dev.withheld.codegen.compat.CompatibilityProblem;
import dev.withheld.codegen.compat.RevisionHistory;
import dev.withheld.codegen.generate.SchemaProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code docs} goal's work: renders each configured event, and the changelog of the named revisions, into
 * {@code target/}, and compares each file with its checked-in copy, which it rewrites only when asked
 * ({@code update}).
 */
public final class DocsGenerator {

    public DocsResult run(DocsOptions options) {
        return run(options, SchemaWorkspace.load(options.schemaDirectory()));
    }

    /** Renders with an already loaded workspace (the watch goal loads it once per change). */
    public DocsResult run(DocsOptions options, SchemaWorkspace workspace) {
        SuiteReader reader = new SuiteReader(workspace);
        List<Suite> suites = new ArrayList<>();
        for (Path file : SchemaCheck.suiteFiles(options.suiteDirectory())) {
            reader.read(file).suite().ifPresent(suites::add);
        }
        EventDocsRenderer renderer = new EventDocsRenderer(workspace, suites);
        List<DocsResult.Document> documents = new ArrayList<>();
        for (DocumentedEvent event : options.events()) {
            SchemaFile schema = schemaOf(workspace, event);
            String source = workspace.directory().getFileName() + "/" + schema.relativePath();
            String markdown = renderer.render(schema, event.getName(), source,
                    file -> nearestEvent(options.events(), file.relativePath()) == event);
            documents.add(write(options, event.getName(), event.fileName(), markdown));
        }
        if (!options.revisions().isEmpty()) {
            documents.add(write(options, "the changelog (" + options.revisions().stream().map(RevisionHistory.Revision::name)
                    .collect(Collectors.joining(", ")) + ")", ChangelogRenderer.FILE_NAME, changelog(options)));
        }
        return new DocsResult(List.copyOf(documents));
    }

    /** The changelog: each named revision compared with the one before it by the compatibility check. */
    private static String changelog(DocsOptions options) {
        try {
            List<RevisionHistory.Step> steps = new RevisionHistory(options.revisions()).compare(options.schemaDirectory());
            return ChangelogRenderer.render(steps, options.schemaDirectory().toAbsolutePath().normalize().getFileName().toString());
        } catch (CompatibilityProblem problem) {
            throw new DocsProblem("cannot write the changelog of the revisions: " + problem.getMessage()
                    + " Each <event> with a <revision> names the revision its schema's folder holds.");
        } catch (SchemaProblem problem) {
            throw new DocsProblem("cannot write the changelog of the revisions: " + problem.getMessage());
        }
    }

    /** Writes a rendered file into the output directory and compares it with its checked-in copy. */
    private static DocsResult.Document write(DocsOptions options, String subject, String fileName, String markdown) {
        Path generated = options.outputDirectory().resolve(fileName);
        writeIfChanged(generated, markdown);
        return compare(options, subject, fileName, generated, markdown);
    }

    /**
     * The documented event a schema file belongs to: the one whose schema lies in the deepest folder
     * that also holds the file. With one event per folder ({@code room-key-withheld-event.schema.json}
     * and {@code v1.19/room-key-withheld-event.schema.json}), the files under {@code v1.19/} are
     * that revision's profiles, and the others are the first event's.
     */
    static DocumentedEvent nearestEvent(List<DocumentedEvent> events, String relativePath) {
        DocumentedEvent nearest = null;
        int depth = -1;
        for (DocumentedEvent event : events) {
            String folder = event.folder();
            if (relativePath.startsWith(folder) && folder.length() > depth) {
                nearest = event;
                depth = folder.length();
            }
        }
        return nearest;
    }

    private static SchemaFile schemaOf(SchemaWorkspace workspace, DocumentedEvent event) {
        if (event.getSchema() == null || event.getSchema().isBlank()) {
            throw new DocsProblem("an <event> needs a <schema>: the event's schema file, relative to " + workspace.directory());
        }
        String wanted = event.getSchema().replace('\\', '/');
        SchemaFile schema = workspace.files().stream().filter(f -> f.relativePath().equals(wanted)).findFirst()
                .orElseThrow(() -> new DocsProblem("there is no schema " + wanted + " in " + workspace.directory() + " to document; the schemas are: "
                        + workspace.files().stream().map(SchemaFile::relativePath).collect(Collectors.joining(", "))));
        if (!schema.readable()) {
            throw new DocsProblem("cannot render the docs of " + event.getName() + ": " + wanted
                    + " is not well-formed (the check goal says where)");
        }
        return schema;
    }

    private static DocsResult.Document compare(DocsOptions options, String subject, String fileName, Path generated, String markdown) {
        if (options.checkedInDirectory() == null) {
            return new DocsResult.Document(subject, generated, null, DocsResult.Status.GENERATED, null);
        }
        Path checkedIn = options.checkedInDirectory().resolve(fileName);
        String existing = Files.isRegularFile(checkedIn) ? read(checkedIn).replace("\r\n", "\n") : null;
        if (markdown.equals(existing)) {
            return new DocsResult.Document(subject, generated, checkedIn, DocsResult.Status.UP_TO_DATE, null);
        }
        if (options.update()) {
            writeIfChanged(checkedIn, markdown);
            return new DocsResult.Document(subject, generated, checkedIn, DocsResult.Status.UPDATED, null);
        }
        if (existing == null) {
            return new DocsResult.Document(subject, generated, checkedIn, DocsResult.Status.MISSING, null);
        }
        return new DocsResult.Document(subject, generated, checkedIn, DocsResult.Status.STALE, firstDifference(existing, markdown));
    }

    /** Where two texts first differ: {@code line 27} and both versions of that line. */
    static String firstDifference(String checkedIn, String generated) {
        String[] old = checkedIn.split("\n", -1);
        String[] fresh = generated.split("\n", -1);
        int line = 0;
        while (line < old.length && line < fresh.length && old[line].equals(fresh[line])) {
            line++;
        }
        String before = line < old.length ? old[line] : "(end of file)";
        String after = line < fresh.length ? fresh[line] : "(end of file)";
        int column = 0;
        while (column < before.length() && column < after.length() && before.charAt(column) == after.charAt(column)) {
            column++;
        }
        return "first difference at line " + (line + 1) + ":\n      checked in: " + around(before, column)
                + "\n      generated:  " + around(after, column);
    }

    /** A long line cut to a window around the column where it differs, so that the difference shows. */
    private static String around(String line, int column) {
        if (line.length() <= 140) {
            return line;
        }
        int start = Math.max(0, Math.min(column - 50, line.length() - 120));
        int end = Math.min(line.length(), start + 120);
        return (start > 0 ? "..." : "") + line.substring(start, end) + (end < line.length() ? "..." : "");
    }

    /**
     * The failure message for out-of-date copies: which file, where it differs, and the command that refreshes it.
     */
    public static String outOfDateMessage(DocsResult result, Path base, String refreshCommand) {
        StringBuilder message = new StringBuilder();
        for (DocsResult.Document document : result.documents()) {
            String file = document.checkedIn() == null ? "" : Finding.display(document.checkedIn(), base);
            if (document.status() == DocsResult.Status.STALE) {
                message.append(file).append(" is out of date with the schemas and suites; ").append(document.difference()).append('\n');
            } else if (document.status() == DocsResult.Status.MISSING) {
                message.append(file).append(" does not exist yet.\n");
            } else {
                continue;
            }
            message.append("    The generated version is ").append(Finding.display(document.generated(), base)).append(".\n");
        }
        message.append("    Refresh the checked-in docs with: ").append(refreshCommand);
        return message.toString();
    }

    private static void writeIfChanged(Path file, String text) {
        try {
            if (Files.isRegularFile(file) && read(file).equals(text)) {
                return;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
