package dev.withheld.validator;

import dev.withheld.validator.RejectedInputException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads untrusted bytes into one JSON value, strictly and within {@link InputLimits}: UTF-8
 * only, no duplicate member names, nothing after the value, bounded size, depth, string and
 * number length. Every failure is a {@link RejectedInputException} whose message a person can act on.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class InstanceReader {

    private static final Pattern SOURCE_DESCRIPTION =
            Pattern.compile("\\s*\\((?:start marker at )?\\[Source: [^\\]]*\\]\\)|\\s*\\[Source: [^\\]]*\\]");

    private final InputLimits limits;
    private final JsonMapper mapper;

    /** Creates a reader that enforces the given limits. */
    public InstanceReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxBytes())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // Decimal numbers as BigDecimal: exactly as written, so that 1e400 is not read as Infinity (nor
        // 0.1000000000000000000001 rounded) when an instance is bound to the model.
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** The strict mapper this reader parses with, for binding to types under the same rules. */
    JsonMapper mapper() {
        return mapper;
    }

    /** The limits this reader enforces. */
    public InputLimits limits() {
        return limits;
    }

    /** Reads one JSON value from UTF-8 bytes. */
    public JsonNode read(byte[] utf8) throws RejectedInputException {
        Objects.requireNonNull(utf8, "utf8");
        if (utf8.length > limits.maxBytes()) {
            throw tooLarge(utf8.length + " bytes");
        }
        return parse(decodeUtf8(utf8));
    }

    /** Reads one JSON value from text; the size limit applies to its UTF-8 encoding. */
    public JsonNode read(String json) throws RejectedInputException {
        Objects.requireNonNull(json, "json");
        if (!fitsSizeLimit(json)) {
            throw tooLarge(json.length() > limits.maxBytes() ? "at least " + json.length() + " bytes"
                    : json.getBytes(StandardCharsets.UTF_8).length + " bytes");
        }
        return parse(json);
    }

    /**
     * Whether text keeps the size limit, which counts its UTF-8 bytes. Every char takes one to three
     * (a surrogate pair four for two), so only text longer than a third of the limit needs encoding
     * to know, and text longer than the limit never does.
     */
    boolean fitsSizeLimit(String json) {
        int max = limits.maxBytes();
        return json.length() <= max && (json.length() <= max / 3 || json.getBytes(StandardCharsets.UTF_8).length <= max);
    }

    /**
     * Reads one JSON value from a stream, reading at most one byte more than the size limit.
     * The stream is not closed.
     *
     * @throws IOException if the stream itself fails
     */
    public JsonNode read(InputStream in) throws IOException, RejectedInputException {
        Objects.requireNonNull(in, "in");
        return read(readBounded(in));
    }

    /**
     * Checks a tree that did not come through this reader (built in code or read elsewhere)
     * against the depth, string and number limits, so that a schema never walks an unbounded tree.
     */
    public JsonNode check(JsonNode tree) throws RejectedInputException {
        Objects.requireNonNull(tree, "tree");
        Deque<Map.Entry<JsonNode, Integer>> pending = new ArrayDeque<>();
        pending.push(Map.entry(tree, 0));
        while (!pending.isEmpty()) {
            Map.Entry<JsonNode, Integer> next = pending.pop();
            JsonNode node = next.getKey();
            int depth = next.getValue();
            if (node.isContainer()) {
                if (depth + 1 > limits.maxDepth()) {
                    throw tooDeep(0, 0);
                }
                if (node.isObject()) {
                    for (Map.Entry<String, JsonNode> member : node.properties()) {
                        if (member.getKey().length() > limits.maxStringLength()) {
                            throw stringTooLong("a member name", 0, 0);
                        }
                        pending.push(Map.entry(member.getValue(), depth + 1));
                    }
                } else {
                    for (JsonNode element : node.values()) {
                        pending.push(Map.entry(element, depth + 1));
                    }
                }
            } else if (node.isString() && node.stringValue().length() > limits.maxStringLength()) {
                throw stringTooLong("a string", 0, 0);
            } else if (node.isNumber() && digits(node.numberValue()) > limits.maxNumberLength()) {
                throw numberTooLong(0, 0);
            }
        }
        return tree;
    }

    /**
     * Refuses a tree holding a floating-point number that is not finite (NaN or infinity) before it is
     * bound to the model, which would write such a number back as a string. JSON has no such numbers:
     * a tree gets one when a mapper without {@code USE_BIG_DECIMAL_FOR_FLOATS} reads a number beyond the
     * range of {@code double} (such as {@code 1e400}), or when code builds it.
     */
    JsonNode requireFiniteNumbers(JsonNode tree) throws RejectedInputException {
        Deque<Located> pending = new ArrayDeque<>();
        pending.push(new Located(tree, null, null));
        while (!pending.isEmpty()) {
            Located next = pending.pop();
            JsonNode node = next.node();
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    pending.push(new Located(member.getValue(), next, member.getKey()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(new Located(node.get(i), next, Integer.toString(i)));
                }
            } else if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
                String pointer = next.pointer();
                throw new RejectedInputException(Reason.NOT_JSON, "the tree holds " + node.doubleValue() + " at "
                        + (pointer.isEmpty() ? "the top level" : pointer) + ", which is not a JSON number; binding it to"
                        + " the model would change it. A number beyond the range of double, such as 1e400, is read as"
                        + " infinity unless the mapper enables DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS: read"
                        + " the JSON with that feature, or pass the bytes or text instead of a tree", pointer, 0, 0);
            }
        }
        return tree;
    }

    /** A node and how it was reached, so that a JSON Pointer is only spelled out when one is needed. */
    private record Located(JsonNode node, Located parent, String token) {
        String pointer() {
            return parent == null ? "" : Pointers.child(parent.pointer(), token);
        }
    }

    /** Reads the whole stream, but never more than the size limit plus one byte. */
    byte[] readBounded(InputStream in) throws IOException, RejectedInputException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.min(limits.maxBytes(), 8192) + 1);
        byte[] chunk = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(chunk, 0, (int) Math.min(chunk.length, limits.maxBytes() + 1L - total))) > 0) {
            buffer.write(chunk, 0, n);
            total += n;
            if (total > limits.maxBytes()) {
                throw tooLarge("more than " + limits.maxBytes() + " bytes");
            }
        }
        return buffer.toByteArray();
    }

    private static String decodeUtf8(byte[] bytes) throws RejectedInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new RejectedInputException(Reason.INVALID_UTF8,
                    "the input is not valid UTF-8: malformed byte sequence at byte offset " + in.position()
                            + " (JSON must be UTF-8)",
                    null, 0, 0);
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("UTF-8 decoder misused", e);
        }
        out.flip();
        return out.toString();
    }

    /**
     * The text this reader would parse from {@code bytes}, decoded by the same strict rules, or
     * {@code null} where it would refuse them; lets a fast check judge exactly what the reader sees.
     */
    static String decodeStrictly(byte[] bytes) {
        try {
            return decodeUtf8(bytes);
        } catch (RejectedInputException e) {
            return null;
        }
    }

    private JsonNode parse(String json) throws RejectedInputException {
        // RFC 8259 section 8.1: a parser may ignore a leading byte order mark.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonParser parser = mapper.createParser(text);
        JsonNode tree;
        try {
            tree = mapper.readTree(parser);
        } catch (JacksonException e) {
            // Translated before closing: the parser's state says where reading stopped.
            throw translate(e, parser);
        } catch (NumberFormatException e) {
            // Numbers are read exactly (BigDecimal), and a decimal's exponent is an int: a short number
            // such as 0e99999999999 is valid JSON that no decimal can hold.
            throw numberOutOfRange(parser);
        } finally {
            parser.close();
        }
        if (tree == null || tree.isMissingNode()) {
            throw new RejectedInputException(Reason.EMPTY, "the input is empty: it holds no JSON value", null, 0, 0);
        }
        return tree;
    }

    /** Where reading stopped: line and column (0 when unknown) and the JSON Pointer of the value there. */
    private record Position(long line, long column, String pointer) {

        static Position of(TokenStreamLocation location, JsonParser parser) {
            TokenStreamContext context = parser.streamReadContext();
            return new Position(location == null ? 0 : Math.max(0, location.getLineNr()),
                    location == null ? 0 : Math.max(0, location.getColumnNr()),
                    context == null ? null : context.pathAsPointer().toString());
        }
    }

    private RejectedInputException translate(JacksonException e, JsonParser parser) {
        Position position = Position.of(e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation(), parser);
        long line = position.line();
        long column = position.column();
        String pointer = position.pointer();
        TokenStreamContext context = parser.streamReadContext();
        String original = Objects.requireNonNullElse(e.getOriginalMessage(), "");
        String where = at(line, column);

        if (e instanceof StreamConstraintsException) {
            if (original.startsWith("Document nesting depth")) {
                return tooDeep(line, column);
            }
            if (original.startsWith("String value length")) {
                return stringTooLong("a string", line, column);
            }
            if (original.startsWith("Name length")) {
                return stringTooLong("a member name", line, column);
            }
            if (original.startsWith("Number value length")) {
                return numberTooLong(line, column);
            }
            if (original.startsWith("Document length")) {
                return tooLarge("more than " + limits.maxBytes() + " bytes");
            }
            return new RejectedInputException(Reason.NOT_JSON,
                    "the input exceeds a reading limit" + where + ": " + withoutHints(original), pointer, line, column);
        }
        // Back at the root after a token: the value was complete and something followed it.
        boolean afterValue = context != null && context.inRoot() && (context.getCurrentIndex() >= 1
                || parser.currentToken() != null || parser.getLastClearedToken() != null);
        if (afterValue || (e instanceof MismatchedInputException && original.startsWith("Trailing token"))) {
            return new RejectedInputException(Reason.TRAILING_CONTENT,
                    "there is more content after the JSON value" + where
                            + "; an instance must be exactly one JSON value",
                    null, line, column);
        }
        if (original.startsWith("Duplicate Object property")) {
            String name = context == null ? "?" : context.currentName();
            return new RejectedInputException(Reason.DUPLICATE_KEY,
                    "member \"" + name + "\" appears twice in the same object" + where
                            + "; duplicate member names are not allowed because parsers disagree on which one counts",
                    pointer, line, column);
        }
        if (original.startsWith("Invalid UTF-8")) {
            return new RejectedInputException(Reason.INVALID_UTF8,
                    "the input is not valid UTF-8" + where + ": " + original, null, line, column);
        }
        return new RejectedInputException(Reason.NOT_JSON,
                "not valid JSON" + where + ": " + withoutHints(original), pointer, line, column);
    }

    private RejectedInputException tooLarge(String size) {
        return new RejectedInputException(Reason.TOO_LARGE,
                "the input is too large: " + size + ", the limit is " + limits.maxBytes() + " bytes",
                null, 0, 0);
    }

    private RejectedInputException tooDeep(long line, long column) {
        return new RejectedInputException(Reason.TOO_DEEP,
                "arrays and objects nest deeper than " + limits.maxDepth() + " levels" + at(line, column)
                        + ", the limit",
                null, line, column);
    }

    private RejectedInputException stringTooLong(String what, long line, long column) {
        return new RejectedInputException(Reason.STRING_TOO_LONG,
                what + " is longer than " + limits.maxStringLength() + " characters" + at(line, column)
                        + ", the limit",
                null, line, column);
    }

    private RejectedInputException numberTooLong(long line, long column) {
        return new RejectedInputException(Reason.NUMBER_TOO_LONG,
                "a number has more than " + limits.maxNumberLength() + " digits" + at(line, column)
                        + ", the limit",
                null, line, column);
    }

    /**
     * A number's length as the parser counts it, digits only (no sign, point or exponent marker), or
     * fewer: a decimal counts the digits it holds, which never exceed those of the text it came from.
     * So a tree this reader produced always passes {@link #check} again.
     */
    private static int digits(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.precision();
        }
        String text = number.toString();
        return text.startsWith("-") ? text.length() - 1 : text.length();
    }

    private RejectedInputException numberOutOfRange(JsonParser parser) {
        Position position = Position.of(parser.currentTokenLocation(), parser);
        return new RejectedInputException(Reason.NUMBER_OUT_OF_RANGE,
                "a number" + at(position.line(), position.column()) + " has an exponent beyond what a decimal can hold"
                        + " (more than 2147483647 either way); write it with a smaller exponent",
                position.pointer(), position.line(), position.column());
    }

    private static String at(long line, long column) {
        return line > 0 ? " at line " + line + ", column " + column : "";
    }

    /**
     * Drops what in Jackson's messages speaks to programmers: advice such as "enable
     * `JsonReadFeature...` to allow" and source descriptions such as "[Source: REDACTED ...]".
     */
    private static String withoutHints(String message) {
        String text = message;
        int hint = text.indexOf(": enable `");
        if (hint < 0) {
            hint = text.indexOf("; enable `");
        }
        if (hint >= 0) {
            text = text.substring(0, hint);
        }
        return SOURCE_DESCRIPTION.matcher(text).replaceAll("").strip();
    }
}
