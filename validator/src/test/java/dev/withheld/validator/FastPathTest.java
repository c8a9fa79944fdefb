package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast path (checks compiled from the profile schemas at build time) and the full validator
 * give the same answer: on every suite case, and on thousands of variations of the valid cases
 * (each member removed, or replaced by values of every JSON type and by near-miss strings), in
 * every profile. A fast path that disagreed would either let an invalid event through or slow
 * nothing down; this test is what makes it safe to skip the full validator.
 */
class FastPathTest {

    private static final java.util.Map<Revision, WithheldValidator> VALIDATORS = new java.util.EnumMap<>(Revision.class);

    private static synchronized WithheldValidator validator(Revision revision) {
        return VALIDATORS.computeIfAbsent(revision, WithheldValidator::create);
    }
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values a member is replaced with: every JSON type, and strings near the rules' edges. */
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(5), NODES.numberNode(4.5),
            NODES.arrayNode(), NODES.objectNode(), NODES.stringNode(""), NODES.stringNode("!"),
            NODES.stringNode("!r"), NODES.stringNode("r"), NODES.stringNode("m.no_olm"), NODES.stringNode("M.NO_OLM"),
            NODES.stringNode("m.unverified"), NODES.stringNode("m.history_not_shared"),
            NODES.stringNode("org.example.quota_exceeded"), NODES.stringNode("org.example.x\n"),
            NODES.stringNode("@alice:example.org"), NODES.stringNode("@alice"), NODES.stringNode("@:x"),
            NODES.stringNode("m.room_key.withheld"), NODES.stringNode("org.matrix.room_key.withheld"),
            NODES.stringNode("m.room_key.witheld"), NODES.stringNode("abcd"), NODES.stringNode("abcde"),
            NODES.stringNode("abc="), NODES.stringNode("!" + "x".repeat(254)), NODES.stringNode("!" + "x".repeat(255)),
            NODES.stringNode("\u00e9t\u00e9"), NODES.stringNode("\ud83d\ude00"));

    static Stream<Arguments> profiles() {
        List<Arguments> all = new ArrayList<>();
        for (Revision revision : Revision.values()) {
            for (Kind kind : Kind.values()) {
                for (Profile profile : Profile.values()) {
                    all.add(Arguments.of(revision, kind, profile));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("profiles")
    void everyProfileHasAFastPath(Revision revision, Kind kind, Profile profile) {
        assertThat(ProfileFastCheck.forSchema(WithheldValidator.schemaId(revision, kind, profile),
                new InstanceReader(InputLimits.DEFAULT))).isNotNull();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("profiles")
    void fastAndFullAgreeOnEverySuiteCaseAndItsVariations(Revision revision, Kind kind, Profile profile) throws Exception {
        SchemaValidator fast = validator(revision).validator(kind, profile);
        SchemaValidator full = fast.withoutFastCheck();
        Set<String> instances = new LinkedHashSet<>();
        for (SuiteCases.Case c : SuiteCases.all()) {
            JsonNode data = c.data();
            if (kind == Kind.EVENT && c.schemaId().contains("content")) {
                data = envelope(data);
            } else if (kind == Kind.CONTENT && c.schemaId().contains("event") && data.isObject() && data.has("content")) {
                instances.add(JSON.writeValueAsString(data.get("content")));
            }
            instances.add(JSON.writeValueAsString(data));
            if (c.valid()) {
                variations(data, instances);
            }
        }
        int fastValid = 0;
        for (String instance : instances) {
            byte[] bytes = instance.getBytes(StandardCharsets.UTF_8);
            ValidationResult expected = full.validate(bytes);
            ValidationResult actual = fast.validate(bytes);
            assertThat(actual).as("%s %s: %s", kind, profile, instance).isEqualTo(expected);
            assertThat(fast.validate(instance)).as("as text: %s", instance).isEqualTo(expected);
            assertThat(fast.validate(JSON.readTree(instance))).as("as a tree: %s", instance).isEqualTo(expected);
            if (ProfileFastCheck.forSchema(fast.schemaId(), fast.reader()).certainlyValid(bytes)) {
                fastValid++;
                assertThat(expected.isValid()).as("the fast path accepted %s", instance).isTrue();
            }
        }
        assertThat(instances).hasSizeGreaterThan(1000);
        assertThat(fastValid).as("the fast path is taken for valid instances").isPositive();
    }

    /**
     * The same document in encodings and byte forms the reader judges on its own (byte-order mark,
     * UTF-16 and UTF-32, malformed and overlong UTF-8, encoded surrogates, NUL): the fast path must
     * never call valid what the reader refuses, and must give the very same result otherwise.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("profiles")
    void fastAndFullAgreeOnEveryByteFormOfAValidInstance(Revision revision, Kind kind, Profile profile) throws Exception {
        SchemaValidator fast = validator(revision).validator(kind, profile);
        SchemaValidator full = fast.withoutFastCheck();
        int compared = 0;
        for (SuiteCases.Case c : SuiteCases.all()) {
            if (!c.valid()) {
                continue;
            }
            JsonNode data = kind == Kind.EVENT && c.schemaId().contains("content") ? envelope(c.data()) : c.data();
            String text = JSON.writeValueAsString(data);
            for (byte[] bytes : byteForms(text)) {
                assertThat(resultOrRefusal(fast, bytes)).as("%s %s: %s", kind, profile, Arrays.toString(bytes))
                        .isEqualTo(resultOrRefusal(full, bytes));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(400);
    }

    private static List<byte[]> byteForms(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        List<byte[]> forms = new ArrayList<>();
        forms.add(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
        forms.add(text.getBytes(StandardCharsets.UTF_16BE));
        forms.add(text.getBytes(StandardCharsets.UTF_16LE));
        forms.add(text.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        forms.add(concat(utf8, new byte[] {0}));
        int quote = text.lastIndexOf('"', text.length() - 2);
        if (quote > 0) {
            int at = text.substring(0, quote).getBytes(StandardCharsets.UTF_8).length;
            for (byte[] inside : List.of(new byte[] {(byte) 0xC3, (byte) 0x28}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                    new byte[] {(byte) 0xC3, (byte) 0xA9}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, new byte[] {0})) {
                forms.add(concat(concat(java.util.Arrays.copyOfRange(utf8, 0, at), inside), java.util.Arrays.copyOfRange(utf8, at, utf8.length)));
            }
        }
        return forms;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Object resultOrRefusal(SchemaValidator validator, byte[] bytes) {
        try {
            return validator.validate(bytes);
        } catch (RejectedInputException e) {
            return e.reason() + ": " + e.getMessage();
        }
    }

    @Test
    void theFastPathIsTakenForEveryValidSuiteCaseOfItsProfile() throws Exception {
        for (SuiteCases.Case c : SuiteCases.all()) {
            if (!c.valid() || !c.schemaId().contains("/profiles/")) {
                continue;
            }
            Kind kind = c.schemaId().contains("event") ? Kind.EVENT : Kind.CONTENT;
            Profile profile = c.schemaId().contains("sending") ? Profile.SENDING : Profile.RECEIVING;
            Revision revision = Arrays.stream(Revision.values()).filter(r -> !r.folder().isEmpty() && c.schemaId().contains("/" + r.folder()))
                    .findFirst().orElse(Revision.MSC2399);
            SchemaValidator validator = validator(revision).validator(kind, profile);
            byte[] bytes = JSON.writeValueAsBytes(c.data());
            FastCheck check = ProfileFastCheck.forSchema(validator.schemaId(), validator.reader());
            assertThat(check.certainlyValid(bytes)).as("%s as bytes", c).isTrue();
            assertThat(check.certainlyValid(new String(bytes, StandardCharsets.UTF_8))).as("%s as text", c).isTrue();
        }
    }

    @Test
    void textInAnyLanguageTakesTheFastPath() throws Exception {
        ObjectNode content = NODES.objectNode();
        content.put("algorithm", "m.megolm.v1.aes-sha2");
        content.put("sender_key", "hSpwdtBsJ5nXc0XPFqlOGJ2pfkM3s+BLfFYXJvhCPwM");
        content.put("room_id", "!Cuyf34gef24t:localhost");
        content.put("session_id", "X3lUlvLELLYxeTx4yOVu6UDpasGEVO0Jbu+QFnm0cQQ");
        content.put("code", "m.unverified");
        content.put("reason", "Cl\u00e9 non partag\u00e9e: appareil non v\u00e9rifi\u00e9 \ud83d\udd12");
        SchemaValidator validator = validator(Revision.latest()).validator(Kind.CONTENT, Profile.SENDING);
        FastCheck check = ProfileFastCheck.forSchema(validator.schemaId(), validator.reader());
        String text = JSON.writeValueAsString(content);
        assertThat(check.certainlyValid(text.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(check.certainlyValid(text)).isTrue();
        assertThat(validator.withoutFastCheck().validate(text).isValid()).isTrue();
    }

    private static JsonNode envelope(JsonNode content) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "m.room_key.withheld");
        event.put("sender", "@alice:example.org");
        event.set("content", content);
        return event;
    }

    /** Each member removed, and each member replaced by each replacement, at the top and inside content. */
    private static void variations(JsonNode data, Set<String> out) throws Exception {
        if (!data.isObject()) {
            return;
        }
        for (String name : data.propertyNames()) {
            ObjectNode without = ((ObjectNode) data).deepCopy();
            without.remove(name);
            out.add(JSON.writeValueAsString(without));
            for (JsonNode replacement : REPLACEMENTS) {
                ObjectNode replaced = ((ObjectNode) data).deepCopy();
                replaced.set(name, replacement);
                out.add(JSON.writeValueAsString(replaced));
            }
            if (data.get(name).isObject()) {
                Set<String> inner = new LinkedHashSet<>();
                variations(data.get(name), inner);
                for (String variation : inner) {
                    ObjectNode nested = ((ObjectNode) data).deepCopy();
                    nested.set(name, JSON.readTree(variation));
                    out.add(JSON.writeValueAsString(nested));
                }
            }
        }
        ObjectNode extra = ((ObjectNode) data).deepCopy();
        ArrayNode list = extra.putArray("com.example.extra");
        list.add(1).addNull().addObject().put("room_id", 5);
        out.add(JSON.writeValueAsString(extra));
    }
}
