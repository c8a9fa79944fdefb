package dev.withheld.validator.cli;

import dev.withheld.validator.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The report for programs, as JSON Lines: one compact object per instance and line,
 * {@code {"file", "line" (JSON Lines input only), "valid", "errors": [{"pointer", "keyword", "message"}]}},
 * plus {@code "problem": {"reason", "message", ...}} for an instance that could not be checked.
 * Each object is complete on its line as soon as it is written, so a reader can act on it while
 * the run goes on, and nothing of earlier instances is kept.
 */
final class JsonReport implements Report {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Lines are ended here, not separated by Jackson's default space between root values.
            .rootValueSeparator((SerializableString) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Flushing the generator hands its text to the run's buffer; the run decides when it is written out.
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final JsonGenerator generator;

    JsonReport(ReportOutput out) {
        this.generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    }

    @Override
    public void add(Outcome outcome) {
        generator.writeStartObject();
        generator.writeStringProperty("file", outcome.file());
        if (outcome.line() != null) {
            generator.writeNumberProperty("line", outcome.line());
        }
        generator.writeBooleanProperty("valid", outcome.valid());
        generator.writeArrayPropertyStart("errors");
        if (outcome.result() != null) {
            for (Violation violation : outcome.result().violations()) {
                generator.writeStartObject();
                generator.writeStringProperty("pointer", violation.pointer());
                generator.writeStringProperty("keyword", violation.keyword());
                generator.writeStringProperty("message", violation.message());
                generator.writeEndObject();
            }
        }
        generator.writeEndArray();
        if (outcome.problem() != null) {
            Outcome.Problem problem = outcome.problem();
            generator.writeObjectPropertyStart("problem");
            generator.writeStringProperty("reason", problem.reason());
            generator.writeStringProperty("message", problem.message());
            if (problem.pointer() != null) {
                generator.writeStringProperty("pointer", problem.pointer());
            }
            if (problem.line() > 0) {
                generator.writeNumberProperty("line", problem.line());
                generator.writeNumberProperty("column", problem.column());
            }
            generator.writeEndObject();
        }
        generator.writeEndObject();
        generator.writeRaw('\n');
        generator.flush();
    }
}
