package dev.withheld.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realistic mixes of received {@code m.room_key.withheld} events that every benchmark reads,
 * as compact UTF-8 JSON bytes, built from what the {@code withheld-schema} artifact ships (its
 * suites) and from the example events of {@code schema/examples/}:
 *
 * <ul>
 *   <li>{@link #valid()}: every code the seed defines, {@code m.no_olm} with and without
 *       {@code room_id}/{@code session_id}, codes from later spec versions and custom codes, the
 *       unstable type, unknown algorithms and extra fields at both levels;
 *   <li>{@link #invalid()}: events that break the receiving profile: misspelled types, bad
 *       senders, the {@code code} rule, wrong types, missing members, non-objects.
 * </ul>
 *
 * Content suite cases are wrapped in an event envelope. Duplicates are dropped, order is fixed,
 * so every run reads exactly the same bytes.
 */
public final class EventMix {

    /** The {@code $id} of the schema the mixes are meant for: events, receiving profile. */
    public static final String RECEIVING_EVENT_SCHEMA = "https://withheld.dev/schema/profiles/event-receiving.schema.json";

    private static final String SUITES = "dev/withheld/schema/suites/";
    private static final String EXAMPLES = "dev/withheld/benchmarks/examples/";
    private static final String[] EVENT_SUITES = {"event-receiving.suite.json", "event-sending.suite.json"};
    private static final String CONTENT_SUITE = "content-receiving.suite.json";
    private static final String[] EXAMPLE_FILES = {
        "sending/blacklisted.json", "sending/unverified.json", "sending/unauthorised.json",
        "sending/unavailable.json", "sending/no-olm.json", "sending/custom-code.json",
        "receiving/unstable-type.json", "receiving/no-olm-with-session.json",
        "receiving/later-code-and-fields.json",
    };

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final EventMix INSTANCE = load();

    private final List<byte[]> valid;
    private final List<byte[]> invalid;

    private EventMix(List<byte[]> valid, List<byte[]> invalid) {
        this.valid = List.copyOf(valid);
        this.invalid = List.copyOf(invalid);
    }

    /** Valid received events, compact UTF-8 JSON. */
    public static List<byte[]> valid() {
        return INSTANCE.valid;
    }

    /** Invalid received events (by the receiving profile), compact UTF-8 JSON. */
    public static List<byte[]> invalid() {
        return INSTANCE.invalid;
    }

    private static EventMix load() {
        Set<String> valid = new LinkedHashSet<>();
        Set<String> invalid = new LinkedHashSet<>();
        for (String example : EXAMPLE_FILES) {
            valid.add(compact(read(EXAMPLES + example)));
        }
        for (String suite : EVENT_SUITES) {
            for (JsonNode c : read(SUITES + suite).get("cases")) {
                // The sending suite's invalid cases (unstable type, unknown code) are valid when received.
                if (c.get("valid").asBoolean()) {
                    valid.add(compact(c.get("data")));
                } else if (suite.startsWith("event-receiving")) {
                    invalid.add(compact(c.get("data")));
                }
            }
        }
        for (JsonNode c : read(SUITES + CONTENT_SUITE).get("cases")) {
            ObjectNode event = MAPPER.createObjectNode();
            event.put("type", "m.room_key.withheld");
            event.put("sender", "@alice:example.org");
            event.set("content", c.get("data"));
            (c.get("valid").asBoolean() ? valid : invalid).add(compact(event));
        }
        return new EventMix(toBytes(valid), toBytes(invalid));
    }

    private static List<byte[]> toBytes(Set<String> events) {
        List<byte[]> bytes = new ArrayList<>(events.size());
        for (String event : events) {
            bytes.add(event.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes;
    }

    private static String compact(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = EventMix.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the mixes, one event per line, for a look at what is measured. */
    public static void main(String[] args) {
        System.out.println("# valid (" + valid().size() + ")");
        valid().forEach(e -> System.out.println(new String(e, java.nio.charset.StandardCharsets.UTF_8)));
        System.out.println("# invalid (" + invalid().size() + ")");
        invalid().forEach(e -> System.out.println(new String(e, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
