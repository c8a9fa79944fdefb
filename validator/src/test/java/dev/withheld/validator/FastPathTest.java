package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static final WithheldValidator VALIDATOR = WithheldValidator.create();
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
        for (Kind kind : Kind.values()) {
            for (Profile profile : Profile.values()) {
                all.add(Arguments.of(kind, profile));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profiles")
    void everyProfileHasAFastPath(Kind kind, Profile profile) {
        assertThat(ProfileFastCheck.forSchema(WithheldValidator.schemaId(kind, profile),
                new InstanceReader(InputLimits.DEFAULT))).isNotNull();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profiles")
    void fastAndFullAgreeOnEverySuiteCaseAndItsVariations(Kind kind, Profile profile) throws Exception {
        SchemaValidator fast = VALIDATOR.validator(kind, profile);
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

    @Test
    void theFastPathIsTakenForEveryValidSuiteCaseOfItsProfile() throws Exception {
        for (SuiteCases.Case c : SuiteCases.all()) {
            if (!c.valid() || !c.schemaId().contains("/profiles/")) {
                continue;
            }
            Kind kind = c.schemaId().contains("event") ? Kind.EVENT : Kind.CONTENT;
            Profile profile = c.schemaId().contains("sending") ? Profile.SENDING : Profile.RECEIVING;
            SchemaValidator validator = VALIDATOR.validator(kind, profile);
            byte[] bytes = JSON.writeValueAsBytes(c.data());
            boolean ascii = new String(bytes, StandardCharsets.UTF_8).chars().allMatch(ch -> ch < 0x80);
            assertThat(ProfileFastCheck.forSchema(validator.schemaId(), validator.reader()).certainlyValid(bytes))
                    .as("%s (non-ASCII input takes the full path by design)", c).isEqualTo(ascii);
        }
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
