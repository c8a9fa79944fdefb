package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.withheld.validator.RejectedInputException.Reason;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Input built to hurt a parser gives a clear {@link RejectedInputException}, never a
 * StackOverflowError, an OutOfMemoryError or a Jackson exception. The limits bound the work by
 * design; the timeout only guards against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final WithheldValidator VALIDATOR = WithheldValidator.create(Revision.MSC2399);
    private static final String CONTENT_START =
            "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU\","
                    + "\"code\":\"m.no_olm\",\"reason\":";

    /**
     * The number limit counts digits, as the parser does; every entry point must agree on a number
     * the parser took, whether it checks bytes, text, or the tree the reader made of them.
     */
    @Test
    void aNumberAtTheLimitIsAcceptedByEveryEntryPoint() throws Exception {
        String hundredDigits = "1" + "0".repeat(82) + "." + "0".repeat(17);
        for (String number : java.util.List.of(hundredDigits, "-" + "9".repeat(100), "-" + hundredDigits, "0." + "0".repeat(98) + "1")) {
            String json = CONTENT_START + "\"x\",\"x\":" + number + "}";
            assertThat(VALIDATOR.validateContent(Profile.RECEIVING, json.getBytes(StandardCharsets.UTF_8)).isValid()).as(number).isTrue();
            assertThat(VALIDATOR.validateContent(Profile.RECEIVING, json).isValid()).as(number).isTrue();
            JsonNode tree = new InstanceReader(InputLimits.DEFAULT).read(json);
            assertThat(VALIDATOR.validateContent(Profile.RECEIVING, tree).isValid()).as(number).isTrue();
            assertThat(VALIDATOR.parseContent(Profile.RECEIVING, json)).as(number).isNotNull();
        }
        String tooLong = CONTENT_START + "\"x\",\"x\":1" + "0".repeat(100) + "}";
        assertThatThrownBy(() -> VALIDATOR.validateContent(Profile.RECEIVING, tooLong))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NUMBER_TOO_LONG));
    }

    @Test
    void hundredThousandNestedArraysAreTooLargeByDefault() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, nested), Reason.TOO_LARGE)
                .hasMessageContaining("the limit is 65536 bytes");
    }

    @Test
    void hundredThousandNestedArraysAreTooDeepWhenTheSizeAllowsThem() {
        WithheldValidator roomy = WithheldValidator.create(Revision.MSC2399, InputLimits.DEFAULT.withMaxBytes(1 << 20));
        String nested = CONTENT_START + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertRejected(() -> roomy.validateContent(Profile.RECEIVING, nested), Reason.TOO_DEEP)
                .hasMessageContaining("nest deeper than 64 levels");
        assertRejected(() -> roomy.validateContent(Profile.RECEIVING, nested.getBytes(StandardCharsets.UTF_8)),
                Reason.TOO_DEEP);
    }

    @Test
    void aHundredThousandLevelTreeBuiltInCodeIsTooDeep() {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < 100_000; i++) {
            current = current.addArray();
        }
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, (JsonNode) root), Reason.TOO_DEEP);
    }

    @Test
    void aFiftyMegabyteStringIsTooLargeWithoutBeingReadWhole() {
        String huge = CONTENT_START + "\"" + "x".repeat(50 * 1024 * 1024) + "\"}";
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, huge), Reason.TOO_LARGE);
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, bytes), Reason.TOO_LARGE);

        CountingInputStream stream = new CountingInputStream(new ByteArrayInputStream(bytes));
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, stream), Reason.TOO_LARGE);
        assertThat(stream.count).isLessThanOrEqualTo(InputLimits.DEFAULT.maxBytes() + 1L);
    }

    @Test
    void aFiftyMegabyteStringIsTooLongWhenTheSizeAllowsIt() {
        WithheldValidator roomy = WithheldValidator.create(Revision.MSC2399, InputLimits.DEFAULT.withMaxBytes(60 * 1024 * 1024));
        String huge = CONTENT_START + "\"" + "x".repeat(50 * 1024 * 1024) + "\"}";
        assertRejected(() -> roomy.validateContent(Profile.RECEIVING, huge), Reason.STRING_TOO_LONG)
                .hasMessageContaining("longer than 65536 characters");
    }

    @Test
    void duplicateKeysAreRejectedWithTheMemberPointer() {
        String duplicate = "{\"type\":\"m.room_key.withheld\",\"sender\":\"@a:example.org\",\"content\":"
                + "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"abcd\",\"code\":\"m.no_olm\","
                + "\"code\":\"m.unverified\"}}";
        RejectedInputException e = rejection(() -> VALIDATOR.validateEvent(Profile.RECEIVING, duplicate));
        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_KEY);
        assertThat(e.pointer()).isEqualTo("/content/code");
        assertThat(e.getMessage()).contains("\"code\" appears twice");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[][] samples = {
            {'"', (byte) 0xC3, (byte) 0x28, '"'},               // broken two-byte sequence
            {'"', (byte) 0x80, '"'},                             // lone continuation byte
            {'"', (byte) 0xC0, (byte) 0xAF, '"'},               // overlong encoding of '/'
            {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},  // UTF-16 surrogate encoded in UTF-8
            {'"', (byte) 0xE2, (byte) 0x82},                     // truncated at the end
            {'"', (byte) 0xFF, '"'},                             // never valid in UTF-8
        };
        for (byte[] sample : samples) {
            assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, sample), Reason.INVALID_UTF8)
                    .hasMessageContaining("not valid UTF-8");
        }
    }

    @Test
    void trailingGarbageIsRejected() {
        for (String trailing : new String[] {"{} xyz", "{}{}", "{} 1", "{\"a\":1}\n\ngarbage", "[1] ]", "1 x", "\"a\" \"b\""}) {
            assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, trailing), Reason.TRAILING_CONTENT)
                    .hasMessageContaining("more content after the JSON value");
        }
    }

    @Test
    void anEmptyInputIsRejected() {
        for (String empty : new String[] {"", " \n\t "}) {
            assertRejected(() -> VALIDATOR.validateEvent(Profile.RECEIVING, empty), Reason.EMPTY)
                    .hasMessageContaining("empty");
            assertRejected(() -> VALIDATOR.validateEvent(Profile.RECEIVING, empty.getBytes(StandardCharsets.UTF_8)),
                    Reason.EMPTY);
        }
        assertRejected(() -> VALIDATOR.validateEvent(Profile.RECEIVING, new ByteArrayInputStream(new byte[0])),
                Reason.EMPTY);
    }

    @Test
    void aTenThousandDigitNumberIsRejected() {
        String number = CONTENT_START + "1" + "0".repeat(9_999) + "}";
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, number), Reason.NUMBER_TOO_LONG)
                .hasMessageContaining("number has more than 100 digits");
    }

    @Test
    void nonJsonIsRejectedWithItsPosition() {
        RejectedInputException e = rejection(() -> VALIDATOR.validateContent(Profile.RECEIVING, "{\n  'a': 1}"));
        assertThat(e.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("not valid JSON at line 2, column 3").doesNotContain("enable `");
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, "NaN"), Reason.NOT_JSON)
                .message().doesNotContain("JsonReadFeature");
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, "{\"a\": tru}"), Reason.NOT_JSON);
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, "{\"a\": [1,]}"), Reason.NOT_JSON);
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, "12x"), Reason.NOT_JSON);
        assertRejected(() -> VALIDATOR.validateContent(Profile.RECEIVING, "{\"a\": 1"), Reason.NOT_JSON)
                .message().doesNotContain("Source");
    }

    @Test
    void aLongBase64KeyWithinTheSizeLimitIsCheckedWithoutTrouble() throws Exception {
        String key = "A".repeat(60_000);
        String content = "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + key + "\",\"code\":\"m.no_olm\"}";
        assertThat(VALIDATOR.validateContent(Profile.RECEIVING, content).isValid()).isTrue();
        String padded = content.replace(key, key + "=");
        assertThat(VALIDATOR.validateContent(Profile.RECEIVING, padded).pointers()).containsExactly("/sender_key");
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        String content = "\uFEFF" + CONTENT_START + "\"x\"}";
        assertThat(VALIDATOR.validateContent(Profile.RECEIVING, content).isValid()).isTrue();
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
            ThrowingCallable call, Reason reason) {
        return assertThatThrownBy(call)
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(reason));
    }

    private static RejectedInputException rejection(ThrowingCallable call) {
        try {
            call.call();
        } catch (RejectedInputException e) {
            return e;
        } catch (Throwable e) {
            throw new AssertionError("expected a RejectedInputException, got " + e, e);
        }
        throw new AssertionError("expected a RejectedInputException, nothing was thrown");
    }

    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
