package dev.withheld.codegen.watch;

import dev.withheld.codegen.check.CheckReport;
import dev.withheld.codegen.check.CheckScope;
import dev.withheld.codegen.check.Finding;
import dev.withheld.codegen.check.SchemaCheck;
import dev.withheld.codegen.check.SchemaFile;
import dev.withheld.codegen.check.SchemaWorkspace;
import dev.withheld.codegen.check.Severity;
import dev.withheld.codegen.check.Suite;
import dev.withheld.codegen.check.SuiteReader;
import dev.withheld.codegen.docs.DocsGenerator;
import dev.withheld.codegen.compat.RevisionHistory;
import dev.withheld.codegen.docs.DocsOptions;
import dev.withheld.codegen.docs.DocsProblem;
import dev.withheld.codegen.docs.DocsResult;
import dev.withheld.codegen.docs.DocumentedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Watches the schema and suite directories and, on every change, re-runs the check and the docs
 * for what the change affects, printing the result and the time it took.
 *
 * <p>A plain class with a loop: {@link #run()} blocks until {@link #stop()} is called from
 * another thread. A changed schema is re-checked with every schema that refers to it (through
 * {@code $ref}) and the suites that target any of them; a changed suite is re-run alone; the
 * docs of an event are re-rendered when one of its schemas or suites changed. {@code $ref}
 * resolution always covers every file, because renaming a definition breaks other files.
 * Created or deleted files re-run everything.
 */
public final class SpecWatcher implements Runnable {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final WatchOptions options;
    private final WatchPrinter printer;
    private final Consumer<WatchRound> listener;
    private final WatchService watchService;
    private final Map<WatchKey, Path> directories = new HashMap<>();
    private volatile boolean stopped;

    /**
     * @param listener told about every round after it was printed (tests wait on it); may do nothing
     */
    public SpecWatcher(WatchOptions options, WatchPrinter printer, Consumer<WatchRound> listener) {
        this.options = options;
        this.printer = printer;
        this.listener = listener;
        try {
            this.watchService = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch files: " + e.getMessage(), e);
        }
    }

    /** Checks everything once, then re-runs on every change until {@link #stop()}. */
    @Override
    public void run() {
        try {
            register(options.check().schemaDirectory());
            if (options.check().suiteDirectory() != null && Files.isDirectory(options.check().suiteDirectory())) {
                register(options.check().suiteDirectory());
            }
            printer.print(WatchPrinter.Level.INFO, "Watching " + watched() + " (stop with Ctrl+C)");
            round(Set.of(), System.nanoTime());
            while (!stopped) {
                WatchKey key = watchService.take();
                long seen = System.nanoTime();
                Set<Path> changed = new LinkedHashSet<>();
                boolean overflow = drain(key, changed);
                // One save is often several events (truncate, write, rename): wait until the burst is over.
                for (WatchKey more = poll(); more != null; more = poll()) {
                    overflow |= drain(more, changed);
                }
                if (overflow || !changed.isEmpty()) {
                    round(overflow ? null : changed, seen);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stop) {
            if (stop instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + options.check().schemaDirectory() + ": " + e.getMessage(), e);
        } finally {
            closeQuietly();
        }
    }

    /** Ends {@link #run()}; safe to call from any thread, more than once. */
    public void stop() {
        stopped = true;
        closeQuietly();
    }

    private WatchKey poll() throws InterruptedException {
        return watchService.poll(options.settle().toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean drain(WatchKey key, Set<Path> changed) throws IOException {
        Path directory = directories.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
                continue;
            }
            if (directory == null) {
                continue;
            }
            Path file = directory.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                register(file);
                overflow = true; // a new directory may already hold files: look at everything
            } else if (relevant(file)) {
                changed.add(file.toAbsolutePath().normalize());
            }
        }
        if (!key.reset()) {
            directories.remove(key);
        }
        return overflow;
    }

    private boolean relevant(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false; // editor swap and backup files
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path suites = options.check().suiteDirectory() == null ? null : options.check().suiteDirectory().toAbsolutePath().normalize();
        if (suites != null && absolute.startsWith(suites) && SchemaCheck.isSuiteFileName(absolute)) {
            return true;
        }
        return absolute.startsWith(options.check().schemaDirectory().toAbsolutePath().normalize()) && SchemaWorkspace.isSchemaFileName(absolute);
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path directory : tree.filter(Files::isDirectory).toList()) {
                WatchKey key = directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                directories.put(key, directory.toAbsolutePath().normalize());
            }
        }
    }

    private String watched() {
        List<String> names = new ArrayList<>();
        names.add(display(options.check().schemaDirectory()) + "/");
        if (options.check().suiteDirectory() != null && Files.isDirectory(options.check().suiteDirectory())) {
            names.add(display(options.check().suiteDirectory()) + "/");
        }
        return String.join(" and ", names);
    }

    /**
     * Re-runs the check and the docs for these changed files ({@code null}: everything) and prints the result.
     *
     * @param seen {@link System#nanoTime()} when the change was seen; the printed time counts from it
     */
    public WatchRound round(Set<Path> changed, long seen) {
        List<String> lines = new ArrayList<>();
        Consumer<String> info = line -> {
            lines.add(line);
            printer.print(WatchPrinter.Level.INFO, line);
        };
        SchemaWorkspace workspace = SchemaWorkspace.load(options.check().schemaDirectory());
        Affected affected = affected(workspace, changed);
        if (changed != null && !changed.isEmpty()) {
            info.accept("[" + LocalTime.now().format(CLOCK) + "] changed: " + changed.stream().map(this::display).collect(Collectors.joining(", ")));
        }
        CheckReport report = new SchemaCheck(options.check()).run(affected.scope(), workspace);
        for (Finding finding : report.findings()) {
            String line = finding.format(options.displayBase());
            lines.add(line);
            printer.print(finding.severity() == Severity.ERROR ? WatchPrinter.Level.ERROR : WatchPrinter.Level.WARNING, line);
        }
        DocsResult docs = null;
        String docsProblem = null;
        String docsSummary = "";
        if (options.docs() != null && (!affected.events().isEmpty() || !affected.revisions().isEmpty())) {
            DocsOptions docsOptions = new DocsOptions(options.docs().schemaDirectory(), options.docs().suiteDirectory(), affected.events(),
                    affected.revisions(), options.docs().outputDirectory(), options.docs().checkedInDirectory(), options.docs().update(), options.docs().refreshCommand());
            try {
                docs = new DocsGenerator().run(docsOptions, workspace);
                docsSummary = "; docs: " + docs.documents().stream().map(this::docsStatus).collect(Collectors.joining(", "));
            } catch (DocsProblem | UncheckedIOException problem) {
                docsProblem = problem.getMessage();
                docsSummary = "; docs: not rendered (" + docsProblem + ")";
            }
        }
        long millis = (System.nanoTime() - seen) / 1_000_000;
        String verdict = report.errors() > 0 ? "FAILED" : "OK";
        String summary = verdict + " " + report.summary() + docsSummary + " (" + millis + " ms)";
        lines.add(summary);
        printer.print(report.errors() > 0 ? WatchPrinter.Level.ERROR : WatchPrinter.Level.INFO, summary);
        WatchRound round = new WatchRound(changed == null ? Set.of() : Set.copyOf(changed), report, docs, docsProblem, millis, List.copyOf(lines));
        listener.accept(round);
        return round;
    }

    private String docsStatus(DocsResult.Document document) {
        String generated = display(document.generated());
        return switch (document.status()) {
            case GENERATED -> "wrote " + generated;
            case UP_TO_DATE -> display(document.checkedIn()) + " up to date";
            case UPDATED -> "updated " + display(document.checkedIn());
            case MISSING -> display(document.checkedIn()) + " missing (see " + generated + "; refresh: " + options.docs().refreshCommand() + ")";
            case STALE -> display(document.checkedIn()) + " out of date (see " + generated + "; refresh: " + options.docs().refreshCommand() + ")";
        };
    }

    /**
     * What a change touches: the files to check, the suites to run, the events to re-render, and the revisions whose
     * changelog to re-render (all of them when a schema changed, else none).
     */
    private record Affected(CheckScope scope, List<DocumentedEvent> events, List<RevisionHistory.Revision> revisions) {
    }

    private Affected affected(SchemaWorkspace workspace, Set<Path> changed) {
        List<DocumentedEvent> allEvents = options.docs() == null ? List.of() : options.docs().events();
        Set<Path> known = workspace.files().stream().map(SchemaFile::path).collect(Collectors.toSet());
        List<Path> suiteFiles = SchemaCheck.suiteFiles(options.check().suiteDirectory());
        boolean everything = changed == null || changed.isEmpty()
                || changed.stream().anyMatch(file -> !Files.exists(file) || SchemaWorkspace.isSchemaFileName(file) && !SchemaCheck.isSuiteFileName(file)
                        && !known.contains(file) || SchemaCheck.isSuiteFileName(file) && !suiteFiles.contains(file));
        List<RevisionHistory.Revision> revisions = options.docs() == null ? List.of() : options.docs().revisions();
        if (everything) {
            return new Affected(CheckScope.everything(), allEvents, revisions);
        }
        DependencyGraph graph = new DependencyGraph(workspace);
        Set<Path> changedSchemas = changed.stream().filter(known::contains).collect(Collectors.toSet());
        Set<Path> schemas = graph.withReferrers(changedSchemas);
        SuiteReader reader = new SuiteReader(workspace);
        Map<Path, Path> targets = new HashMap<>();
        for (Path suite : suiteFiles) {
            reader.read(suite).suite().map(Suite::schema).map(SchemaFile::path).ifPresent(target -> targets.put(suite, target));
        }
        Set<Path> suites = new HashSet<>();
        for (Path suite : suiteFiles) {
            if (changed.contains(suite) || schemas.contains(targets.get(suite))) {
                suites.add(suite);
            }
        }
        List<DocumentedEvent> events = new ArrayList<>();
        for (DocumentedEvent event : allEvents) {
            Optional<SchemaFile> file = workspace.files().stream().filter(f -> f.relativePath().equals(event.getSchema())).findFirst();
            if (file.isEmpty()) {
                events.add(event); // let the docs say what is wrong
                continue;
            }
            // The docs show the event, what it refers to and the profiles that refer to it; examples come from suites of the
            // event and its profiles.
            Set<Path> withProfiles = graph.withReferrers(Set.of(file.get().path()));
            Set<Path> related = graph.withReferences(withProfiles);
            boolean touched = changedSchemas.stream().anyMatch(related::contains)
                    || suites.stream().anyMatch(suite -> changed.contains(suite) && withProfiles.contains(targets.get(suite)));
            if (touched) {
                events.add(event);
            }
        }
        return new Affected(new CheckScope(schemas, suites), events, changedSchemas.isEmpty() ? List.of() : revisions);
    }

    private String display(Path file) {
        return Finding.display(file, options.displayBase());
    }

    private void closeQuietly() {
        try {
            watchService.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }
}
