package dev.withheld.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.withheld.codegen.check.SpecProject;
import dev.withheld.codegen.docs.RevisionProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script or another build tool runs it: subcommands, parameters, messages, exit status. */
class CodegenCommandTest {

    private static final String NOTE = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "properties": {
                "text": {"type": "string"},
                "author": {"$ref": "#/$defs/userId"}
              },
              "required": ["text"],
              "$defs": {"userId": {"type": "string", "pattern": "^@"}}
            }
            """;

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CodegenCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private List<String> withBasedir(String subcommand, String... args) {
        List<String> all = new ArrayList<>(List.of(subcommand, "--basedir", directory.toString()));
        all.addAll(List.of(args));
        return all;
    }

    private int runIn(String subcommand, String... args) {
        return run(withBasedir(subcommand, args).toArray(String[]::new));
    }

    private Path write(String relative, String text) {
        Path file = directory.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void theHelpNamesTheSubcommandsAndTheExitStatus() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("generate", "check", "docs", "compat", "Exit status:",
                "1   the goal failed, as it would fail a Maven build");
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString()).contains("--sourceDirectory=DIR", "--targetPackage=PACKAGE", "--defaultDraft=DRAFT", "--basedir=DIR",
                "Default: 2020-12", "Exit status:");
    }

    @Test
    void withoutASubcommandOrARequiredOptionItIsAUsageError() {
        assertThat(run()).isEqualTo(CodegenCommand.TROUBLE);
        assertThat(err.toString()).contains("Say what to do: generate, check, docs or compat.");
        assertThat(runIn("generate")).isEqualTo(CodegenCommand.TROUBLE);
        assertThat(err.toString()).contains("Missing required option: '--targetPackage=PACKAGE'",
                "Run 'java -jar withheld-codegen.jar generate --help' for the options.");
        assertThat(run("generate", "--targetPackage", "x", "--no-such-option")).isEqualTo(CodegenCommand.TROUBLE);
    }

    @Test
    void generateWritesTheClassesWhereTheGoalWouldAndASecondRunWritesNothing() throws IOException {
        write("src/main/schema/note.schema.json", NOTE);

        assertThat(runIn("generate", "--targetPackage", "org.example.notes")).isZero();

        Path note = directory.resolve("target/generated-sources/withheld-codegen/org/example/notes/Note.java");
        assertThat(note).isRegularFile();
        assertThat(out.toString()).startsWith("Generated ").contains("from 1 schemas");
        FileTime written = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(note, written);

        assertThat(runIn("generate", "--targetPackage", "org.example.notes")).isZero();

        assertThat(out.toString().strip()).isEqualTo("Generated sources are up to date (1 schemas unchanged); nothing written.");
        assertThat(Files.getLastModifiedTime(note)).isEqualTo(written);

        assertThat(runIn("generate", "--targetPackage", "org.example.notes", "--useBigIntegers")).isZero();
        assertThat(out.toString()).as("a changed parameter is a change").doesNotContain("nothing written");
    }

    @Test
    void recordsAreAParameterLikeTheOthers() throws IOException {
        write("src/main/schema/note.schema.json", NOTE);
        Path note = directory.resolve("target/generated-sources/withheld-codegen/org/example/notes/Note.java");

        assertThat(runIn("generate", "--targetPackage", "org.example.notes")).isZero();
        assertThat(Files.readString(note)).contains("public final class Note {");
        assertThat(runIn("generate", "--targetPackage", "org.example.notes", "--records")).isZero();
        assertThat(out.toString()).as("turning records on is a change").doesNotContain("nothing written");
        assertThat(Files.readString(note)).contains("public record Note(").doesNotContain("class Note");
        assertThat(runIn("generate", "--targetPackage", "org.example.notes", "--records=false")).isZero();
        assertThat(Files.readString(note)).contains("public final class Note {");

        assertThat(runIn("generate", "--targetPackage", "org.example.notes", "--records", "--includeSetters")).isEqualTo(1);
        assertThat(err.toString()).contains("records and includeSetters cannot be combined");
    }

    @Test
    void parametersAreReadRelativeToTheProjectAndTheBuildDirectory() {
        write("schemas/note.yaml", "type: object\nproperties:\n  text: {type: string}\n");

        assertThat(runIn("generate", "--sourceDirectory", "schemas", "--targetPackage", "org.example", "--buildDirectory", "build",
                "--includes", "*.yaml,*.yml")).isZero();

        assertThat(directory.resolve("build/generated-sources/withheld-codegen/org/example/Note.java")).isRegularFile();
    }

    @Test
    void aSchemaMistakeFailsWithTheGoalsMessageAndNoStackTrace() {
        write("src/main/schema/note.schema.json", NOTE.replace("#/$defs/userId", "#/$defs/userID"));

        assertThat(runIn("generate", "--targetPackage", "org.example.notes")).isEqualTo(CodegenCommand.FAILED);

        assertThat(err.toString()).contains("note.schema.json:6:", "/properties/author/$ref", "did you mean /$defs/userId?")
                .doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(");
        assertThat(directory.resolve("target/generated-sources/withheld-codegen/org")).doesNotExist();
    }

    @Test
    void aParameterTheGoalRefusesIsRefusedInTheSameWords() {
        write("src/main/schema/note.schema.json", NOTE);

        assertThat(runIn("generate", "--targetPackage", "x", "--defaultDraft", "draft-99")).isEqualTo(CodegenCommand.FAILED);

        assertThat(err.toString()).startsWith("defaultDraft: \"draft-99\" is not a JSON Schema draft");
    }

    @Test
    void checkPrintsEveryFindingWritesBothReportsAndFails() {
        SpecProject project = SpecProject.create(directory);
        project.edit("schemas/notice.schema.json", "\"required\": [\"room_id\"]", "\"requried\": [\"room_id\"]");

        int status = runIn("check", "--schemaDirectory", "schemas", "--suiteDirectory", "suites");

        assertThat(status).isEqualTo(CodegenCommand.FAILED);
        int line = project.lineOf("schemas/notice.schema.json", "\"requried\"");
        assertThat(err.toString()).contains("schemas/notice.schema.json:" + line + ":", "error [lint/unknown-keyword] /else/requried",
                "Schema check failed: 3 errors\n  schemas/");
        assertThat(out.toString()).contains("Schema check: 3 schema files, 2 suites (5 cases, 2 failed): 3 errors, 1 warning",
                "Reports: target/withheld-check/check-report.json, target/surefire-reports/TEST-withheld-check.xml");
        assertThat(directory.resolve("target/surefire-reports/TEST-withheld-check.xml")).isRegularFile();
    }

    @Test
    void checkPassesOnACleanProjectAndRefusesAnUnknownRule() {
        SpecProject.create(directory);

        assertThat(runIn("check", "--schemaDirectory", "schemas", "--suiteDirectory", "suites", "--disabledRules",
                "missing-description")).isZero();
        assertThat(runIn("check", "--schemaDirectory", "schemas", "--disabledRules", "missing-descripton"))
                .isEqualTo(CodegenCommand.FAILED);
        assertThat(err.toString()).startsWith("disabledRules: \"missing-descripton\" is not a lint rule")
                .contains("did you mean \"missing-description\"?");
        assertThat(runIn("check", "--schemaDirectory", "nowhere")).isEqualTo(CodegenCommand.FAILED);
        assertThat(err.toString()).contains("nowhere does not exist; set schemaDirectory to the folder that holds the schemas.");
    }

    @Test
    void docsFailOnAStaleCopyWithTheCommandThatRefreshesItAndUpdateRefreshesIt() throws IOException {
        SpecProject project = SpecProject.create(directory);
        String[] docs = {"--schemaDirectory", "schemas", "--suiteDirectory", "suites", "--events",
            "notice-event.schema.json=org.example.notice", "--checkedInDirectory", "docs"};

        assertThat(runIn("docs", docs)).isEqualTo(CodegenCommand.FAILED);

        assertThat(err.toString()).contains("Docs of org.example.notice: docs/org.example.notice.md does not exist",
                "Checked-in docs are out of date.", "Refresh the checked-in docs with: java -jar withheld-codegen.jar docs --basedir "
                        + directory + " --schemaDirectory schemas");
        assertThat(err.toString().strip()).endsWith("--checkedInDirectory docs --update");

        assertThat(runIn("docs", append(docs, "--update"))).isZero();
        assertThat(err.toString()).contains("Docs of org.example.notice: rewrote docs/org.example.notice.md (update is on); commit it");
        assertThat(Files.readString(project.file("docs/org.example.notice.md")))
                .isEqualTo(Files.readString(directory.resolve("target/withheld-docs/org.example.notice.md")));
        assertThat(runIn("docs", docs)).isZero();
        assertThat(out.toString()).contains("docs/org.example.notice.md is up to date");
    }

    @Test
    void docsWriteTheChangelogOfTheRevisionsTheEventsName() throws IOException {
        RevisionProject.create(directory);
        String[] docs = {"--schemaDirectory", "schemas", "--suiteDirectory", "suites", "--events",
            "notice-event.schema.json=org.example.notice@v1,v2/notice-event.schema.json=org.example.notice v2@v2",
            "--checkedInDirectory", "docs"};

        assertThat(runIn("docs", docs)).isEqualTo(CodegenCommand.FAILED);
        assertThat(err.toString()).contains("Docs of the changelog (v1, v2): docs/CHANGELOG.md does not exist");

        assertThat(runIn("docs", append(docs, "--update"))).isZero();
        assertThat(Files.readString(directory.resolve("docs/CHANGELOG.md"))).contains("\n# Changelog: v1 → v2\n")
                .contains("code in `notice.schema.json` (`required.added`)");
        assertThat(runIn("docs", docs)).isZero();
        assertThat(out.toString()).contains("docs/CHANGELOG.md is up to date");
    }

    @Test
    void compatReadsAPreviousArtifactFromTheLocalRepositoryAndSaysWhenItIsNotThere() throws IOException {
        copySeed("after", directory.resolve("src/main/schema"));
        Path repository = directory.resolve("repository");
        Path jar = repository.resolve("org/example/seed-schema/1.0/seed-schema-1.0.jar");
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Path file : seedFiles("before")) {
                zip.putNextEntry(new ZipEntry("org/example/schema/" + file.getFileName()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        String[] compat = {"--previousArtifact", "org.example:seed-schema:1.0", "--previousArtifactPath", "org/example/schema",
            "--localRepository", repository.toString()};

        assertThat(runIn("compat", append(compat, "--failOn", "none"))).isZero();
        assertThat(out.toString()).contains("between previous (org.example:seed-schema:1.0) and current (src/main/schema)",
                "Compatibility report: target/withheld-compat/compat-report.json");
        assertThat(directory.resolve("target/withheld-compat/previous/room-key-withheld-content.schema.json")).isRegularFile();

        assertThat(runIn("compat", compat)).isEqualTo(CodegenCommand.FAILED);
        assertThat(err.toString()).contains("(failOn=any): required.added algorithm");

        assertThat(runIn("compat", "--previousArtifact", "org.example:seed-schema:9.9", "--localRepository", repository.toString()))
                .isEqualTo(CodegenCommand.FAILED);
        assertThat(err.toString().strip()).isEqualTo("Cannot resolve the previous revision org.example:seed-schema:9.9: it is not in the"
                + " local Maven repository " + repository + " (no org/example/seed-schema/9.9/seed-schema-9.9.jar; the command line"
                + " downloads nothing, so fetch it first, for example with mvn dependency:get -Dartifact=org.example:seed-schema:9.9)."
                + " Check the coordinates and the version (a released one), or compare with a folder through previousDirectory.");

        assertThat(runIn("compat")).isEqualTo(CodegenCommand.FAILED);
        assertThat(err.toString()).startsWith("Say which previous revision to compare with: set either previousDirectory");
    }

    private static String[] append(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    private static List<Path> seedFiles(String revision) throws IOException {
        Path seed = Path.of("src/test/resources/compat/seed", revision);
        try (Stream<Path> files = Files.list(seed)) {
            return files.sorted().toList();
        }
    }

    private static void copySeed(String revision, Path target) throws IOException {
        Files.createDirectories(target);
        for (Path file : seedFiles(revision)) {
            Files.copy(file, target.resolve(file.getFileName()));
        }
    }

}
