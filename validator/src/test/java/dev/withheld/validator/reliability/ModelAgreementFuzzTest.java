package dev.withheld.validator.reliability;

import dev.withheld.validator.Revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.withheld.model.Representability;
import dev.withheld.model.RoomKeyWithheldContent;
import dev.withheld.model.RoomKeyWithheldEvent;
import dev.withheld.model.SchemaViolation;
import dev.withheld.validator.InputLimits;
import dev.withheld.validator.InstanceReader;
import dev.withheld.validator.Kind;
import dev.withheld.validator.Profile;
import dev.withheld.validator.RejectedInputException;
import dev.withheld.validator.SchemaSet;
import dev.withheld.validator.SchemaValidator;
import dev.withheld.validator.ValidationResult;
import dev.withheld.validator.WithheldValidator;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The differential property: the generated model's own rule check ({@code violations()}) and the
 * schema validator (networknt) agree.
 *
 * <p>The model is generated from the two base schemas, so the comparison is exact there and one-way
 * for the receiving profiles. For every input that the validator's reader accepts (one JSON value
 * within the limits; anything else is not a question for the model), and for content and event:
 * <ul>
 * <li>if the model can represent the instance ({@link Representability}), Jackson 2 and
 *     Jackson 3 both read it, with exact decimals as the validator reads (unless it exceeds one of their default limits, which are narrower than
 *     the validator's for member names), and the set of the model's violation pointers <em>equals</em> the set
 *     of the validator's pointers on the base schema;</li>
 * <li>then also, on the receiving profile: every model pointer is a validator pointer, so
 *     validator-valid implies model-valid and model-invalid implies validator-invalid (the profile
 *     may add rules, such as the event {@code type}, that the lenient model leaves out);</li>
 * <li>if the model cannot represent it (not an object, a {@code null} or another JSON type where
 *     the model holds a string or an object), the base schema rejects it too.</li>
 * </ul>
 * The sending profiles add rules (known or namespaced code, the stable type) that the lenient model
 * deliberately does not hold, so they are not compared.
 *
 * <p>Two targets check the same property: {@link #modelAndSchemaAgree(byte[])} on raw bytes (it finds
 * what the reader lets through), and {@link #structuredModelAndSchemaAgree(FuzzedDataProvider)} on
 * events and contents built member by member from the fuzzer's data, so that every run reaches the
 * schema and the model with values near the rules (codes, room IDs, keys, user IDs, lengths, types).
 */
class ModelAgreementFuzzTest {

    private static final InstanceReader READER = new InstanceReader(InputLimits.DEFAULT);
    private static final SchemaSet SCHEMAS = SchemaSet.withheld();
    private static final SchemaValidator BASE_CONTENT =
            SCHEMAS.validator(SchemaSet.WITHHELD_ID_PREFIX + "room-key-withheld-content.schema.json");
    private static final SchemaValidator BASE_EVENT =
            SCHEMAS.validator(SchemaSet.WITHHELD_ID_PREFIX + "room-key-withheld-event.schema.json");
    private static final WithheldValidator PROFILES = WithheldValidator.create(Revision.MSC2399);
    /*
     * With exact decimals, as the validator reads: with Jackson's defaults the model refuses a number beyond
     * the range of double in an unknown member (BUG-2), which the schema accepts. That refusal is tested in
     * the model module (HostileModelInputTest); here it would only hide the rule checks behind it.
     */
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON_2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final tools.jackson.databind.json.JsonMapper JACKSON_3 = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final tools.jackson.databind.json.JsonMapper ASCII_WRITER = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String[] WORDS = {"m.no_olm", "m.unverified", "m.blacklisted", "m.unauthorised",
        "m.unavailable", "m.history_not_shared", "org.example.quota_exceeded", "m.megolm.v1.aes-sha2",
        "!room:example.org", "!", "!a", "@alice:example.org", "@:x", "@a:", "alice",
        "RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU", "AAAA", "AAA=", "m.room_key.withheld",
        "org.matrix.room_key.withheld", "", "\n", "\u0085", "\u2028", "\ud83d\ude00", "\ud800"};
    private static final String[] MEMBERS = {"algorithm", "sender_key", "room_id", "session_id", "code", "reason",
        "from_device", "org.example.extra"};

    @FuzzTest
    void modelAndSchemaAgree(byte[] input) throws RejectedInputException, IOException {
        compare(input);
    }

    @FuzzTest
    void structuredModelAndSchemaAgree(FuzzedDataProvider data) throws RejectedInputException, IOException {
        ObjectNode content = object(data, MEMBERS);
        ObjectNode event = object(data, new String[] {"type", "sender", "unsigned"});
        if (data.consumeBoolean()) {
            event.set("content", content);
        }
        compare(bytes(content));
        compare(bytes(event));
    }

    /** The tree as JSON with every non-ASCII character escaped, so that a lone surrogate stays an escape. */
    private static byte[] bytes(JsonNode tree) {
        return ASCII_WRITER.writeValueAsBytes(tree);
    }

    private static ObjectNode object(FuzzedDataProvider data, String[] members) {
        ObjectNode object = NODES.objectNode();
        for (String member : members) {
            if (data.consumeBoolean()) {
                object.set(member, value(data));
            }
        }
        return object;
    }

    private static JsonNode value(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 9)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.numberNode(data.consumeInt());
            case 2:
                return NODES.booleanNode(data.consumeBoolean());
            case 3:
                return NODES.objectNode().put("x", data.consumeString(8));
            case 4:
                return NODES.stringNode(data.consumeString(40));
            case 5:
                return NODES.stringNode(data.pickValue(WORDS) + data.consumeString(20));
            case 6:
                return NODES.stringNode(data.consumeString(8) + data.pickValue(WORDS));
            case 7:
                return NODES.stringNode(data.consumeString(4).repeat(data.consumeInt(0, 300)));
            default:
                return NODES.stringNode(data.pickValue(WORDS));
        }
    }

    private static void compare(byte[] input) throws RejectedInputException, IOException {
        JsonNode tree;
        try {
            tree = READER.read(input);
        } catch (RejectedInputException e) {
            return;
        }
        for (Kind kind : Kind.values()) {
            Class<?> type = kind == Kind.EVENT ? RoomKeyWithheldEvent.class : RoomKeyWithheldContent.class;
            ValidationResult base = (kind == Kind.EVENT ? BASE_EVENT : BASE_CONTENT).validate(tree);
            if (Representability.whyUnrepresentable(tree, type).isPresent()) {
                assertThat(base.isValid())
                        .as("%s: %s, yet the base schema accepts it", kind, Representability.whyUnrepresentable(tree, type))
                        .isFalse();
                continue;
            }
            ValidationResult receiving = PROFILES.validator(kind, Profile.RECEIVING).validate(tree);
            Object model2;
            Object model3;
            try {
                model2 = JACKSON_2.readValue(input, type);
                model3 = JACKSON_3.readValue(input, type);
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException
                    | tools.jackson.core.exc.StreamConstraintsException beyondDefaults) {
                // Within the validator's limits but beyond a default limit of Jackson (member names of
                // more than 50 000 characters): the user's mapper decides, see SECURITY.md.
                continue;
            }
            Set<String> fromJackson2 = pointers(model2);
            Set<String> fromJackson3 = pointers(model3);

            assertThat(fromJackson3).as("%s: model violations, Jackson 3 vs Jackson 2", kind).isEqualTo(fromJackson2);
            assertThat(fromJackson2).as("%s: model pointers vs base schema %s", kind, base.violations())
                    .isEqualTo(new TreeSet<>(base.pointers()));
            assertThat(receiving.pointers()).as("%s: receiving profile %s covers the model's", kind, receiving.violations())
                    .containsAll(fromJackson2);
        }
    }

    private static Set<String> pointers(Object model) {
        assertThat(model).as("a representable instance reads as an object").isNotNull();
        List<SchemaViolation> violations = model instanceof RoomKeyWithheldEvent event
                ? event.violations()
                : ((RoomKeyWithheldContent) model).violations();
        Set<String> pointers = new TreeSet<>();
        violations.forEach(v -> pointers.add(v.pointer()));
        return pointers;
    }
}
