package dev.withheld.benchmarks;

import dev.withheld.validator.Profile;
import dev.withheld.validator.RejectedInputException;
import dev.withheld.validator.ValidationResult;
import dev.withheld.validator.WithheldValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of validating received events compared with the floor of merely parsing them: every
 * valid event of the receiving-profile suite, as UTF-8 bytes, one pass over all of them per
 * operation. Read the two scores as a ratio measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    private static final String SUITE = "dev/withheld/schema/suites/event-receiving.suite.json";

    private final JsonMapper mapper = JsonMapper.builder().build();
    private WithheldValidator validator;
    private List<byte[]> events;

    @Setup
    public void load() {
        validator = WithheldValidator.create();
        events = new ArrayList<>();
        try (InputStream in = ValidationBenchmark.class.getClassLoader().getResourceAsStream(SUITE)) {
            if (in == null) {
                throw new IllegalStateException(SUITE + " is not on the classpath");
            }
            for (JsonNode c : mapper.readTree(in).get("cases")) {
                if (c.get("valid").asBoolean()) {
                    events.add(mapper.writeValueAsBytes(c.get("data")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The floor: reading the events into Jackson 3 trees, as any validator must. */
    @Benchmark
    public void parseOnly(Blackhole sink) {
        for (byte[] event : events) {
            sink.consume(mapper.readTree(event));
        }
    }

    /** Our validator, receiving profile, from bytes (limits, strict parsing and schema checks). */
    @Benchmark
    public void validateReceiving(Blackhole sink) throws RejectedInputException {
        for (byte[] event : events) {
            ValidationResult result = validator.validateEvent(Profile.RECEIVING, event);
            if (!result.isValid()) {
                throw new IllegalStateException("a valid suite event was reported invalid: " + result.violations());
            }
            sink.consume(result);
        }
    }
}
