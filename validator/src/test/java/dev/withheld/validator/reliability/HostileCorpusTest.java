package dev.withheld.validator.reliability;

import dev.withheld.validator.Revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.withheld.model.reliability.HostileCorpus;
import dev.withheld.validator.Kind;
import dev.withheld.validator.Profile;
import dev.withheld.validator.RejectedInputException;
import dev.withheld.validator.ValidationResult;
import dev.withheld.validator.WithheldValidator;
import dev.withheld.validator.cli.ValidateCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every entry of the shared hostile-input corpus ({@link HostileCorpus}) through the validator's
 * entry points: the library (bytes and stream, both profiles, event and content) and the command
 * line. Each gives the outcome the corpus index records: a {@link RejectedInputException} with the
 * recorded reason and a short message for a person, or a {@link ValidationResult}; nothing else. The
 * limits bound time and memory by design; the timeout only guards against a hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileCorpusTest {

    private static final WithheldValidator VALIDATOR = WithheldValidator.create(Revision.MSC2399);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    static Stream<Arguments> entriesInEveryProfileAndKind() {
        return HostileCorpus.entries().stream().flatMap(entry -> Stream.of(Kind.values())
                .flatMap(kind -> Stream.of(Profile.values()).map(profile -> Arguments.of(entry, kind, profile))));
    }

    static List<HostileCorpus.Entry> entries() {
        return HostileCorpus.entries();
    }

    @ParameterizedTest(name = "{0} [{1}, {2}]")
    @MethodSource("entriesInEveryProfileAndKind")
    void theLibraryChecksOrRejectsAsDocumented(HostileCorpus.Entry entry, Kind kind, Profile profile) throws Exception {
        skipKnownBug(entry);
        byte[] bytes = entry.bytes().get();
        String fromBytes = outcome(() -> VALIDATOR.validator(kind, profile).validate(bytes));
        String fromStream = outcome(() -> VALIDATOR.validator(kind, profile).validate(new ByteArrayInputStream(bytes)));

        assertThat(fromBytes).as("%s (%s)", entry, entry.what()).startsWith(entry.validator());
        // The messages differ for a document that is too large: a stream is not read to its end.
        assertThat(fromStream.split(" ")[0]).as("from a stream").isEqualTo(fromBytes.split(" ")[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theCommandLineReportsEveryEntry(HostileCorpus.Entry entry) throws Exception {
        skipKnownBug(entry);
        Path file = directory.resolve("instance.json");
        Files.write(file, entry.bytes().get());
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"--format", "json", file.toString()});
        runs.add(new String[] {"--format", "json", "--profile", "sending", "--kind", "content", file.toString()});
        for (String[] args : runs) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = ValidateCommand.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                    args);

            assertThat(err.toString()).as("%s: nothing on standard error, no internal error", entry).isEmpty();
            JsonNode report = JSON.readTree(out.toString());
            if (entry.validator().startsWith("rejected:")) {
                assertThat(status).as("%s: exit status", entry).isEqualTo(ValidateCommand.TROUBLE);
                assertThat(report.path("problem").path("reason").asString())
                        .isEqualTo(entry.validator().substring("rejected:".length()));
                assertThat(report.path("problem").path("message").asString()).isNotBlank().hasSizeLessThan(500);
            } else {
                assertThat(status).as("%s: exit status", entry).isIn(ValidateCommand.VALID, ValidateCommand.INVALID);
                assertThat(report.has("problem")).isFalse();
            }
        }
    }

    /**
     * BUG-1: the sending profile's {@code customWithheldCode} pattern
     * {@code ^(?!m\.)[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$(?![\s\S])} runs in java.util.regex (networknt's
     * default), which recurses once per repetition of the group; a custom code of a few thousand
     * dot-separated segments (about 2000 segments, 4 KB, on an 8 MB stack; the corpus entry has 5000),
     * well within the input limits, overflows the stack, and {@code validateContent(SENDING, ...)}
     * throws {@link StackOverflowError}. The command line then dies with exit status 1 ("invalid") and
     * checks no further file. The fix belongs in the schema (a pattern without a repeated group) or in
     * the validator (a guard); see the report of issue 9.
     */
    @Test
    void theSendingProfileChecksACodeOfManySegments() throws Exception {
        byte[] bytes = HostileCorpus.files().stream().filter(e -> e.name().equals("sending-code-5000-segments.json"))
                .findFirst().orElseThrow().bytes().get();
        // Far longer than customWithheldCode's maxLength of 255: an ordinary, reported violation, not a crash.
        assertThat(VALIDATOR.validateContent(Profile.SENDING, bytes).pointers()).containsExactly("/code");
        assertThat(VALIDATOR.validateContent(Profile.RECEIVING, bytes).isValid()).isTrue();
        String event = "{\"type\":\"m.room_key.withheld\",\"sender\":\"@a:example.org\",\"content\":"
                + new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "}";
        assertThat(VALIDATOR.validateEvent(Profile.SENDING, event).pointers()).containsExactly("/content/code");

        Path file = directory.resolve("long-code.json");
        Files.write(file, bytes);
        StringWriter out = new StringWriter();
        int status = ValidateCommand.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(new StringWriter()), "--profile", "sending", "--kind", "content", file.toString());
        assertThat(status).as("exit status, output %s", out).isEqualTo(ValidateCommand.INVALID);
    }

    private static void skipKnownBug(HostileCorpus.Entry entry) {
        if (entry.hasKnownBug("validator")) {
            abort(entry.bug() + ": see the @Disabled test that keeps this case");
        }
    }

    /**
     * BUG-3: the fast path reads bytes with Jackson's encoding detection, so JSON in UTF-16 or UTF-32
     * (big or little endian, without a byte order mark) that is valid for the profile is answered
     * "valid" by {@code validate(byte[])}, {@code validate(InputStream)} and the command line, while
     * the reader behind the full validator (strict UTF-8) rejects the same bytes as not JSON, and
     * {@code parseContent}/{@code parseEvent} throw {@link RejectedInputException}. The fast path must
     * refuse what the reader refuses; see the report of issue 9.
     */
    @Test
    void onlyUtf8IsAcceptedWithOrWithoutTheFastPath() throws Exception {
        String content = "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU\","
                + "\"code\":\"m.no_olm\"}";
        for (String encoding : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
            byte[] bytes = content.getBytes(java.nio.charset.Charset.forName(encoding));
            for (Profile profile : Profile.values()) {
                String outcome = outcome(() -> VALIDATOR.validateContent(profile, bytes));
                assertThat(outcome).as("%s in %s", encoding, profile).startsWith("rejected:");
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        ValidationResult run() throws Exception;
    }

    /** "checked ..." with the verdict, or "rejected:label ..."; anything else escapes. */
    private static String outcome(Call call) throws Exception {
        try {
            ValidationResult result = call.run();
            assertThat(result.violations()).allSatisfy(v -> {
                assertThat(v.keyword()).isNotBlank();
                assertThat(v.message()).isNotBlank();
            });
            return "checked " + (result.isValid() ? "valid" : "invalid " + result.pointers());
        } catch (RejectedInputException e) {
            assertThat(e.getMessage()).as("a message for a person").isNotBlank().hasSizeLessThan(500)
                    .doesNotContain("tools.jackson", "com.fasterxml", "Exception");
            return "rejected:" + e.reason().label() + " " + e.getMessage();
        }
    }
}
