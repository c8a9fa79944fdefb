package dev.withheld.codegen.check;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.withheld.codegen.generate.LocalSchemaCatalog;
import dev.withheld.codegen.generate.ReferenceCheck;
import dev.withheld.codegen.generate.SchemaProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code check} goal's work: every schema file against its meta-schema, every {@code $ref}
 * resolved, every schema compiled, the lint rules, and every suite case run, all offline.
 *
 * <p>Nothing here throws for a mistake in the user's files: each one becomes a {@link Finding}.
 */
public final class SchemaCheck {
    private final CheckOptions options;

    public SchemaCheck(CheckOptions options) {
        this.options = options;
    }

    public CheckReport run() {
        return run(CheckScope.everything());
    }

    public CheckReport run(CheckScope scope) {
        return run(scope, SchemaWorkspace.load(options.schemaDirectory()));
    }

    /** Checks with a workspace that is already loaded (the watch goal loads it once per change). */
    public CheckReport run(CheckScope scope, SchemaWorkspace workspace) {
        long start = System.nanoTime();
        OfflineValidator validator = new OfflineValidator(workspace);
        List<Finding> findings = new ArrayList<>(workspace.loadFindings().stream().filter(f -> scope.includesSchema(f.file())).toList());
        List<LintIgnores> ignores = new ArrayList<>();

        Set<Path> withBrokenRefs = references(workspace, findings);
        List<Path> checked = new ArrayList<>();
        SchemaLinter linter = new SchemaLinter(workspace, validator);
        for (SchemaFile file : workspace.files()) {
            if (!scope.includesSchema(file.path())) {
                continue;
            }
            checked.add(file.path());
            if (!file.readable()) {
                continue;
            }
            boolean dialectKnown = metaSchema(workspace, validator, file, findings);
            idPath(workspace, file, findings);
            if (dialectKnown && !withBrokenRefs.contains(file.path())) {
                compile(workspace, validator, file, findings);
            }
            SchemaLinter.Result lint = linter.lint(file);
            findings.addAll(lint.findings());
            ignores.add(lint.ignores());
        }

        strayFilesInSuiteDirectory(workspace, scope, findings);
        List<SuiteResult> suites = new ArrayList<>();
        SuiteReader reader = new SuiteReader(workspace);
        SuiteRunner runner = new SuiteRunner(validator);
        for (Path suiteFile : suiteFiles(options.suiteDirectory())) {
            if (!scope.includesSuite(suiteFile)) {
                continue;
            }
            SuiteReader.Reading reading = reader.read(suiteFile);
            findings.addAll(reading.findings());
            reading.suite().ifPresent(suite -> {
                SuiteResult result = runner.run(suite);
                suites.add(result);
                result.cases().stream().filter(c -> !c.passed()).forEach(c -> findings.add(caseFinding(workspace, suite, c)));
            });
        }

        List<Finding> counted = new ArrayList<>();
        int suppressed = 0;
        for (Finding finding : findings) {
            if (options.disabledRules().contains(finding.rule()) || ignores.stream().anyMatch(i -> i.suppresses(finding))) {
                suppressed++;
            } else {
                counted.add(finding);
            }
        }
        counted.sort(Finding.ORDER);
        return new CheckReport(List.copyOf(checked), List.copyOf(counted), List.copyOf(suites), suppressed,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Every {@code *.suite.json} below the directory, sorted; none when there is no directory. */
    public static List<Path> suiteFiles(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(SchemaCheck::isSuiteFileName).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    public static boolean isSuiteFileName(Path file) {
        return file.getFileName().toString().endsWith(".suite.json");
    }

    /** A JSON file in the suite directory whose name does not end in {@code .suite.json} would be skipped silently. */
    private void strayFilesInSuiteDirectory(SchemaWorkspace workspace, CheckScope scope, List<Finding> findings) {
        Path directory = options.suiteDirectory();
        if (directory == null || !Files.isDirectory(directory) || directory.toAbsolutePath().normalize().equals(workspace.directory())) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".json") && !isSuiteFileName(file))
                    .filter(scope::includesSuite)
                    .sorted()
                    .forEach(file -> findings.add(new Finding(file.toAbsolutePath().normalize(), 0, 0, "", CheckRule.SUITE_MALFORMED,
                            "this file is in the suite directory but not named *.suite.json, so its cases would never run; rename it")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** Resolves every $ref of every readable file; returns the files with a broken one. */
    private static Set<Path> references(SchemaWorkspace workspace, List<Finding> findings) {
        Set<Path> unreadable = workspace.files().stream().filter(f -> !f.readable()).map(SchemaFile::path).collect(Collectors.toSet());
        List<Path> roots = workspace.files().stream().filter(SchemaFile::readable).map(SchemaFile::path).toList();
        ReferenceCheck check = new ReferenceCheck(new LocalSchemaCatalog(workspace.directory(), workspace.reader()));
        Set<Path> broken = new HashSet<>();
        for (SchemaProblem problem : check.check(roots)) {
            Path file = problem.file() == null ? workspace.directory() : problem.file().toAbsolutePath().normalize();
            if (problem.pointer() == null && unreadable.contains(file)) {
                continue; // already reported as schema/not-well-formed
            }
            broken.add(file);
            findings.add(new Finding(file, problem.line(), problem.column(), problem.pointer() == null ? "" : problem.pointer(),
                    CheckRule.UNRESOLVED_REF, problem.reason()));
        }
        return broken;
    }

    /** Validates the file against its dialect's meta-schema; false when the dialect is unknown. */
    private static boolean metaSchema(SchemaWorkspace workspace, OfflineValidator validator, SchemaFile file, List<Finding> findings) {
        String dialect = file.dialect() == null ? OfflineValidator.DRAFT_2020_12 : file.dialect();
        Optional<Schema> metaSchema = validator.metaSchema(dialect);
        if (metaSchema.isEmpty()) {
            findings.add(workspace.finding(file.path(), "/$schema", CheckRule.UNKNOWN_DIALECT, "\"" + dialect
                    + "\" is not a dialect the check knows (draft 4, 6, 7, 2019-09 and 2020-12 are, and a meta-schema among the schema files; nothing is fetched)"));
            return false;
        }
        List<Error> errors = metaSchema.get().validate(file.document());
        Map<String, Set<String>> byLocation = new LinkedHashMap<>();
        SortedSet<String> locations = InstanceLocations.of(errors);
        for (Error error : errors) {
            String location = InstanceLocations.located(error);
            if (locations.contains(location)) {
                byLocation.computeIfAbsent(location, l -> new java.util.LinkedHashSet<>()).add(error.getMessage());
            }
        }
        byLocation.forEach((location, messages) -> findings.add(workspace.finding(file.path(), location, CheckRule.META_SCHEMA,
                String.join("; or ", messages) + " (" + dialectName(dialect) + " meta-schema)")));
        return true;
    }

    private static String dialectName(String dialect) {
        return dialect.equals(OfflineValidator.DRAFT_2020_12) ? "draft 2020-12" : dialect;
    }

    private void idPath(SchemaWorkspace workspace, SchemaFile file, List<Finding> findings) {
        if (options.idPrefix() == null || options.idPrefix().isBlank()) {
            return;
        }
        String expected = options.idPrefix() + file.relativePath();
        String declared = file.document().path("$id").isString() ? file.document().get("$id").stringValue() : null;
        if (!expected.equals(declared)) {
            findings.add(workspace.finding(file.path(), declared == null ? "" : "/$id", CheckRule.ID_PATH, (declared == null
                    ? "the schema has no $id" : "$id is \"" + declared + "\"") + ", but its path says it must be \"" + expected + "\""));
        }
    }

    private static void compile(SchemaWorkspace workspace, OfflineValidator validator, SchemaFile file, List<Finding> findings) {
        try {
            validator.load(file.id().toString());
        } catch (RuntimeException cannotCompile) {
            findings.add(workspace.finding(file.path(), "", CheckRule.UNLOADABLE, "the validator cannot compile this schema: "
                    + Messages.of(cannotCompile)));
        }
    }

    private static Finding caseFinding(SchemaWorkspace workspace, Suite suite, CaseResult result) {
        String errors = result.messages().isEmpty() ? "" : "; the validator said: " + String.join(" | ", result.messages());
        return workspace.finding(suite.file(), result.suiteCase().pointer(), CheckRule.SUITE_CASE, "case \"" + result.suiteCase().description()
                + "\": expected " + result.expected() + ", but the schema gives " + result.actual() + errors);
    }
}
