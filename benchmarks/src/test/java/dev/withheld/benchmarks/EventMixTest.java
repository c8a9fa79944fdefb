package dev.withheld.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.withheld.validator.WithheldValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark mixes are what the benchmarks claim to measure, and their setups would pass. */
class EventMixTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void theValidMixHoldsEveryCodeAndEveryReceivingVariant() {
        List<JsonNode> events = EventMix.valid().stream().map(MAPPER::readTree).toList();
        assertThat(events).extracting(e -> e.path("content").path("code").asString(""))
                .contains("m.blacklisted", "m.unverified", "m.unauthorised", "m.unavailable", "m.no_olm",
                        "m.history_not_shared", "org.example.quota_exceeded", "");
        assertThat(events).anyMatch(e -> e.path("content").path("code").asString("").equals("m.no_olm")
                && !e.path("content").has("room_id") && !e.path("content").has("session_id"));
        assertThat(events).anyMatch(e -> e.path("content").path("code").asString("").equals("m.no_olm")
                && e.path("content").has("room_id") && e.path("content").has("session_id"));
        assertThat(events).anyMatch(e -> e.path("type").asString("").equals("org.matrix.room_key.withheld"));
        assertThat(events).anyMatch(e -> e.has("com.example.trace_id") && e.path("content").has("from_device"));
        assertThat(events).anyMatch(e -> !e.path("content").path("algorithm").asString("").equals("m.megolm.v1.aes-sha2"));
    }

    @Test
    void everyEventIsCompactUtf8JsonAndAppearsOnce() {
        for (List<byte[]> mix : List.of(EventMix.valid(), EventMix.invalid())) {
            List<String> texts = mix.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
            assertThat(texts).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).doesNotContain("\n  "));
        }
        assertThat(EventMix.invalid()).hasSizeGreaterThan(20);
    }

    @Test
    void ourValidatorGivesTheVerdictsTheBenchmarkSetupsDemand() {
        WithheldValidator validator = WithheldValidator.create();
        Verdicts.check("withheld validator", EventMix.valid(), EventMix.invalid(),
                e -> ValidationBenchmark.validate(validator, e).isValid());
        Verdicts.checkAllViolations(validator, new DirectNetworknt(EventMix.RECEIVING_EVENT_SCHEMA), EventMix.invalid());
        assertThat(EventMix.invalid()).allSatisfy(e -> assertThat(ValidationBenchmark.validate(validator, e).violations()).isNotEmpty());
    }

    @Test
    void theOtherValidatorsResolveLocallyAndAgree() {
        DirectNetworknt networknt = new DirectNetworknt(EventMix.RECEIVING_EVENT_SCHEMA);
        HarrelValidator harrel = new HarrelValidator(EventMix.RECEIVING_EVENT_SCHEMA);
        SkemaValidator skema = new SkemaValidator(EventMix.RECEIVING_EVENT_SCHEMA);
        Verdicts.check("networknt", EventMix.valid(), EventMix.invalid(), e -> networknt.validate(e).isEmpty());
        Verdicts.check("harrel", EventMix.valid(), EventMix.invalid(), e -> harrel.validate(e).isValid());
        assertThat(EventMix.valid()).allMatch(e -> skema.validate(e) == null);
    }

    @Test
    void aWrongVerdictFailsTheSetup() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                Verdicts.check("always valid", EventMix.valid(), EventMix.invalid(), e -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("called valid, but is invalid");
    }
}
