package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.withheld.model.RoomKeyWithheldContent;
import dev.withheld.model.RoomKeyWithheldEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the validator library on raw bytes, in both profiles, as an event and as content.
 *
 * <p>Properties, for every input:
 * <ul>
 * <li>{@code validate} returns a {@link ValidationResult} or throws {@link RejectedInputException};
 *     nothing else escapes, no unchecked exception and no {@link Error} (a stack overflow in a
 *     parser or a regular expression is a finding);</li>
 * <li>the fast path never changes an outcome: the validator with it and the same validator without
 *     it give the same result or the same rejection (the fast path may only ever confirm "valid",
 *     and only for input the reader accepts);</li>
 * <li>the outcome is deterministic: the same bytes give the same outcome twice, from two
 *     independently created validators, from a byte array, a stream and (for well-formed UTF-8)
 *     a string alike;</li>
 * <li>{@code parseEvent}/{@code parseContent} agree with {@code validate}: a valid instance binds to
 *     the model, an invalid one throws {@link InvalidInstanceException} with the same violations, a
 *     rejected one throws the same rejection.</li>
 * </ul>
 *
 * <p>It lives in the validator's package to reach the validator without its fast path. Without
 * {@code JAZZER_FUZZ} this runs once per file of {@code ValidatorFuzzTestInputs/rawBytes/} (seeds
 * from the schema suites and every finding so far); see the README for a fuzzing run.
 */
class ValidatorFuzzTest {

    private static final WithheldValidator FIRST = WithheldValidator.create(Revision.MSC2399);
    private static final WithheldValidator SECOND = WithheldValidator.create(Revision.MSC2399);

    @FuzzTest
    void rawBytes(byte[] input) {
        String text = wellFormedUtf8(input);
        for (Kind kind : Kind.values()) {
            for (Profile profile : Profile.values()) {
                SchemaValidator validator = FIRST.validator(kind, profile);
                Outcome outcome = validate(validator, input);
                assertThat(validate(validator.withoutFastCheck(), input)).as("without the fast path").isEqualTo(outcome);
                assertThat(validate(validator, input)).as("same validator, again").isEqualTo(outcome);
                assertThat(validate(SECOND.validator(kind, profile), input)).as("another validator").isEqualTo(outcome);
                assertThat(validateStream(validator, input)).as("from a stream").isEqualTo(outcome);
                if (text != null) {
                    assertThat(validateText(validator, text)).as("from a string").isEqualTo(outcome);
                }
                assertThat(parse(FIRST, kind, profile, input)).as("parse%s in %s", kind, profile).isEqualTo(outcome);
            }
        }
    }

    /** What one call did: a result, or a rejection (reason, message and position). */
    record Outcome(ValidationResult result, String rejection) {

        static Outcome of(ValidationResult result) {
            assertThat(result.violations()).allSatisfy(v -> {
                assertThat(v.pointer()).isNotNull();
                assertThat(v.keyword()).isNotBlank();
                assertThat(v.message()).isNotBlank();
            });
            return new Outcome(result, null);
        }

        static Outcome of(RejectedInputException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.line()).isNotNegative();
            assertThat(e.column()).isNotNegative();
            return new Outcome(null, e.reason() + ": " + e.getMessage() + " @" + e.pointer() + ":" + e.line() + ":"
                    + e.column());
        }
    }

    static Outcome validate(SchemaValidator validator, byte[] input) {
        try {
            return Outcome.of(validator.validate(input));
        } catch (RejectedInputException e) {
            return Outcome.of(e);
        }
    }

    private static Outcome validateText(SchemaValidator validator, String input) {
        try {
            return Outcome.of(validator.validate(input));
        } catch (RejectedInputException e) {
            return Outcome.of(e);
        }
    }

    private static Outcome validateStream(SchemaValidator validator, byte[] input) {
        try {
            return Outcome.of(validator.validate(new ByteArrayInputStream(input)));
        } catch (RejectedInputException e) {
            return Outcome.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array stream does not fail", e);
        }
    }

    private static Outcome parse(WithheldValidator validator, Kind kind, Profile profile, byte[] input) {
        try {
            Object model = kind == Kind.EVENT ? validator.parseEvent(profile, input) : validator.parseContent(profile, input);
            assertThat(model).isInstanceOf(kind == Kind.EVENT ? RoomKeyWithheldEvent.class : RoomKeyWithheldContent.class);
            return Outcome.of(ValidationResult.valid());
        } catch (InvalidInstanceException e) {
            assertThat(e.result().isValid()).isFalse();
            return Outcome.of(e.result());
        } catch (RejectedInputException e) {
            return Outcome.of(e);
        }
    }

    /** The input as text when it is well-formed UTF-8, else null. */
    private static String wellFormedUtf8(byte[] input) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
