package dev.withheld.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line end to end, in process: arguments, files and standard input in; report and exit status out. */
class ValidateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int status = ValidateCommand.run(in, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private Run runIn(String... args) {
        return run("", args);
    }

    private String example(String name) throws Exception {
        Path source = Path.of(getClass().getClassLoader().getResource("examples/" + name).toURI());
        Path copy = work.resolve(name);
        Files.copy(source, copy);
        return copy.toString();
    }

    @Test
    void aValidEventExitsWithZero() throws Exception {
        Run run = runIn(example("no-olm-received.json"));
        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly("1 valid, 0 invalid");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInvalidEventExitsWithOneAndNamesFilePointerAndCondition() throws Exception {
        String file = example("unverified-without-room.json");
        Run run = runIn(file);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(
                file + ": /content/room_id: room_id is required because code is m.unverified; only m.no_olm may omit it",
                "0 valid, 1 invalid");
    }

    @Test
    void theProfileAndKindOptionsSelectTheSchema() throws Exception {
        String event = example("no-olm-received.json");
        assertThat(runIn("--profile", "receiving", event).status()).isZero();
        Run sending = runIn("--profile", "sending", event);
        assertThat(sending.status()).isEqualTo(1);
        assertThat(sending.lines().get(0)).startsWith(event + ": /type: type must be \"m.room_key.withheld\"");

        String content = example("history-not-shared-content.json");
        assertThat(runIn("--kind", "content", content).status()).isZero();
        assertThat(runIn("--spec-version", "msc2399", "--kind", "content", "--profile", "sending", content).lines().get(0))
                .startsWith(content + ": /code: code \"m.history_not_shared\" is none of the accepted forms");
        assertThat(runIn("--kind", "content", "--profile", "sending", content).lines())
                .contains(content + ": /code: code must not be \"m.history_not_shared\" (m.history_not_shared is defined for"
                        + " room-key bundles, and the specification says: \"Clients SHOULD NOT use this code in a"
                        + " m.room_key.withheld event.\")");
        // The default kind is event: content alone lacks the envelope.
        assertThat(runIn(content).lines()).contains(content + ": /type: type is required");
    }

    @Test
    void theSpecVersionOptionSelectsTheRevision() throws Exception {
        Path content = Files.createTempFile("no-code", ".json");
        try {
            Files.writeString(content, "{\"algorithm\": \"m.megolm.v1.aes-sha2\", \"sender_key\": \"RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU\","
                    + " \"room_id\": \"!Cuyf34gef24t:localhost\", \"session_id\": \"X3lUlvLELLYxeTx4yOVu6UDpasGEVO0Jbu+QFnm0cKQ\"}");
            String file = content.toString();
            Run latest = runIn("--spec-version", "v1.19", "--profile", "sending", "--kind", "content", file);
            assertThat(latest.status()).isEqualTo(1);
            assertThat(latest.lines()).containsExactly(file + ": /code: code is required", "0 valid, 1 invalid");
            assertThat(runIn("--spec-version", "msc2399", "--profile", "sending", "--kind", "content", file).status()).isZero();
            assertThat(runIn("--spec-version", "v1.7", "--profile", "sending", "--kind", "content", file).status())
                    .as("v1.7 is in force under the v1.1 revision").isEqualTo(1);
            assertThat(runIn("--profile", "sending", "--kind", "content", file).status()).as("the default is latest").isEqualTo(1);
            assertThat(runIn("--spec-version", "v1.19", "--kind", "content", file).status())
                    .as("every receiving profile accepts content without code").isZero();
            Run unknown = runIn("--spec-version", "v1.20", "--kind", "content", file);
            assertThat(unknown.status()).isEqualTo(2);
            assertThat(String.join("\n", unknown.lines()) + unknown.err())
                    .contains("\"v1.20\" is not a specification version these schemas know: use latest (v1.19), msc2399");
        } finally {
            Files.delete(content);
        }
    }

    @Test
    void jsonLinesAreCheckedOneByOneWithLineNumbers() throws Exception {
        String file = example("events.jsonl");
        Run run = runIn(file);
        assertThat(run.status()).as("a line that is not JSON makes the status 2").isEqualTo(2);
        assertThat(run.lines()).filteredOn(l -> l.startsWith(file + ":2: ")).extracting(l -> l.split(": ")[1])
                .containsExactly("/content/room_id", "/content/session_id", "/sender", "/type");
        assertThat(run.lines()).filteredOn(l -> l.startsWith(file + ":1")).isEmpty();
        assertThat(run.lines()).anySatisfy(l -> assertThat(l)
                .startsWith(file + ":3: /content: not valid JSON at line 1, column 76"));
        assertThat(run.lines()).last().isEqualTo("1 valid, 1 invalid, 1 not checked");
    }

    @Test
    void blankLinesInJsonLinesAreSkippedAndCrLfIsAccepted() throws Exception {
        Path file = work.resolve("crlf.jsonl");
        String valid = Files.readString(Path.of(example("no-olm-received.json"))).replaceAll("\\s*\\n\\s*", "");
        Files.writeString(file, valid + "\r\n\r\n" + valid + "\r\n");
        Run run = runIn(file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly("2 valid, 0 invalid");
    }

    @Test
    void standardInputIsReadForADash() throws Exception {
        Run run = run("{\"type\":\"m.room_key.withheld\"}", "-");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(
                "-: /content: content is required",
                "-: /sender: sender is required",
                "0 valid, 1 invalid");

        String event = Files.readString(Path.of(example("no-olm-received.json"))).replaceAll("\\s*\\n\\s*", "");
        Run lines = run(event + "\n" + "[]\n", "--jsonl", "-");
        assertThat(lines.status()).isEqualTo(1);
        assertThat(lines.lines()).containsExactly("-:2: (root): the event must be an object, not an array",
                "1 valid, 1 invalid");
    }

    @Test
    void theJsonFormatIsOneCompactObjectPerLineInInputOrder() throws Exception {
        String file = example("events.jsonl");
        Run run = runIn("--format", "json", file);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).endsWith("\n");
        List<String> lines = run.lines();
        assertThat(lines).hasSize(3);
        List<JsonNode> report = new ArrayList<>();
        for (String line : lines) {
            JsonNode object = JSON.readTree(line);
            assertThat(object.isObject()).isTrue();
            assertThat(line).as("compact").isEqualTo(JSON.writeValueAsString(object));
            report.add(object);
        }

        JsonNode first = report.get(0);
        assertThat(first.get("file").asString()).isEqualTo(file);
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("valid").asBoolean()).isTrue();
        assertThat(first.get("errors").size()).isZero();

        JsonNode second = report.get(1);
        assertThat(second.get("line").asInt()).isEqualTo(2);
        assertThat(second.get("valid").asBoolean()).isFalse();
        List<String> pointers = new ArrayList<>();
        second.get("errors").values().forEach(e -> {
            pointers.add(e.get("pointer").asString());
            assertThat(e.get("keyword").asString()).isNotBlank();
            assertThat(e.get("message").asString()).isNotBlank();
        });
        assertThat(pointers).containsExactly("/content/room_id", "/content/session_id", "/sender", "/type");

        JsonNode third = report.get(2);
        assertThat(third.get("line").asInt()).isEqualTo(3);
        assertThat(third.get("valid").asBoolean()).isFalse();
        assertThat(third.get("problem").get("reason").asString()).isEqualTo("not-json");
        assertThat(third.get("problem").get("line").asInt()).isEqualTo(1);
    }

    @Test
    void theJsonFormatGivesEveryInputLineItsObjectInOrder() throws Exception {
        int count = 1_000;
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            input.append(GeneratedEvents.invalid(i) ? GeneratedEvents.INVALID : GeneratedEvents.VALID).append('\n');
        }
        Run run = run(input.toString(), "--format", "json", "--jsonl", "-");
        assertThat(run.status()).isEqualTo(1);
        List<String> lines = run.lines();
        assertThat(lines).hasSize(count);
        for (int i = 1; i <= count; i++) {
            JsonNode object = JSON.readTree(lines.get(i - 1));
            assertThat(object.get("line").asLong()).isEqualTo(i);
            assertThat(object.get("valid").asBoolean()).as("line %d", i).isEqualTo(!GeneratedEvents.invalid(i));
        }
    }

    @Test
    void aSingleDocumentGivesOneLineThatIsOneJsonDocument() throws Exception {
        String file = example("unverified-without-room.json");
        Run run = runIn("--format", "json", file);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("file").asString()).isEqualTo(file);
        assertThat(report.has("line")).as("line only for JSON Lines").isFalse();
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("errors").get(0).get("pointer").asString()).isEqualTo("/content/room_id");

        Run two = runIn("--format", "json", example("no-olm-received.json"), file);
        assertThat(two.lines()).hasSize(2).allSatisfy(line -> assertThat(JSON.readTree(line).isObject()).isTrue());
    }

    @Test
    void invalidOnlyLeavesOutValidInstancesInJsonAndTheSummaryInText() throws Exception {
        String file = example("events.jsonl");
        Run json = runIn("--format", "json", "--invalid-only", file);
        assertThat(json.status()).as("the status still covers every instance").isEqualTo(2);
        assertThat(json.lines()).extracting(line -> JSON.readTree(line).get("line").asInt()).containsExactly(2, 3);

        Run text = runIn("--invalid-only", file);
        assertThat(text.status()).isEqualTo(2);
        List<String> everything = runIn(file).lines();
        assertThat(text.lines()).isEqualTo(everything.subList(0, everything.size() - 1));
        assertThat(text.lines()).hasSize(5).allSatisfy(line -> assertThat(line).startsWith(file + ":"));

        String valid = example("no-olm-received.json");
        for (String format : new String[] {"text", "json"}) {
            Run allValid = runIn("--format", format, "--invalid-only", valid);
            assertThat(allValid.status()).isZero();
            assertThat(allValid.out()).as(format).isEmpty();
        }
        Run invalid = runIn("--format", "json", "--invalid-only", example("unverified-without-room.json"), valid);
        assertThat(invalid.status()).isEqualTo(1);
        assertThat(invalid.lines()).singleElement().satisfies(line -> assertThat(line).contains("\"valid\":false"));
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillChecked() throws Exception {
        String missing = work.resolve("missing.json").toString();
        String invalid = example("unverified-without-room.json");
        Path emptyDirectory = Files.createDirectories(work.resolve("no-events"));
        Run run = runIn(missing, invalid, emptyDirectory.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).containsExactly(
                missing + ": cannot read: no such file",
                invalid + ": /content/room_id: room_id is required because code is m.unverified; only m.no_olm may omit it",
                emptyDirectory + ": the directory holds no .json or .jsonl file",
                "0 valid, 1 invalid, 2 not checked");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aDirectoryChecksEveryJsonAndJsonLinesFileUnderItInPathOrder() throws Exception {
        Path dir = Files.createDirectories(work.resolve("events/nested"));
        Files.copy(Path.of(example("no-olm-received.json")), work.resolve("events/a.json"));
        Files.copy(Path.of(example("unverified-without-room.json")), dir.resolve("b.json"));
        Files.writeString(work.resolve("events/notes.txt"), "not an event");
        Run run = runIn(work.resolve("events").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(
                dir.resolve("b.json") + ": /content/room_id: room_id is required because code is m.unverified; only m.no_olm may omit it",
                "1 valid, 1 invalid");
    }

    @Test
    void hostileFilesGiveClearLinesAndStatusTwo() throws Exception {
        Path nested = work.resolve("nested.json");
        Files.writeString(nested, "[".repeat(100_000) + "]".repeat(100_000));
        Path duplicate = Path.of(example("duplicate-code.json"));
        Path empty = Files.createFile(work.resolve("empty.json"));
        Path binary = Files.write(work.resolve("binary.json"), new byte[] {'"', (byte) 0xFF, '"'});
        Run run = runIn(nested.toString(), duplicate.toString(), empty.toString(), binary.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).containsExactly(
                nested + ": the input is too large: more than 65536 bytes, the limit is 65536 bytes",
                duplicate + ": /content/code: member \"code\" appears twice in the same object at line 8, column 11;"
                        + " duplicate member names are not allowed because parsers disagree on which one counts",
                empty + ": the input is empty: it holds no JSON value",
                binary + ": the input is not valid UTF-8: malformed byte sequence at byte offset 1 (JSON must be UTF-8)",
                "0 valid, 0 invalid, 4 not checked");

        Run deeper = runIn("--max-bytes", "300000", nested.toString());
        assertThat(deeper.lines().get(0)).isEqualTo(nested + ": arrays and objects nest deeper than 64 levels at line 1,"
                + " column 65, the limit");
    }

    @Test
    void anOverlongJsonLineIsSkippedAndTheNextLinesAreChecked() throws Exception {
        Path file = work.resolve("long.jsonl");
        Files.writeString(file, "\"" + "x".repeat(70_000) + "\"\n[]\n");
        Run run = runIn("--kind", "content", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).containsExactly(
                file + ":1: the line is too large: more than 65536 bytes, the limit",
                file + ":2: (root): the content must be an object, not an array",
                "0 valid, 1 invalid, 1 not checked");
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace() {
        for (String[] args : new String[][] {{}, {"--profile", "bogus", "x.json"}, {"--kind", "room", "x.json"},
                {"--format", "xml", "x.json"}, {"--no-such-option", "x.json"}, {"--max-bytes", "0", "x.json"}}) {
            Run run = runIn(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).startsWith("withheld-validator: ").doesNotContain("\tat ", "Exception");
            assertThat(run.out()).isEmpty();
        }
        assertThat(runIn("--profile", "bogus", "x.json").err()).contains("expected sending or receiving");
    }

    @Test
    void helpExplainsTheOptionsOutputAndExitStatus() {
        Run run = runIn("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--profile", "sending|receiving", "--kind", "event|content", "--format",
                "text|json", "--invalid-only", "FILE", ".jsonl", "standard input", "Exit status:",
                "0     every instance is valid", "141   the output was closed", "FILE[:LINE]: POINTER: message",
                "N valid, M invalid", "JSON Lines", "\"pointer\", \"keyword\"");
    }
}
