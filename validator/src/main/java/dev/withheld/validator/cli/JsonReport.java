package dev.withheld.validator.cli;

import dev.withheld.validator.Violation;
import java.io.PrintWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report for programs: a JSON array with one object per instance,
 * {@code {"file", "line" (JSON Lines only), "valid", "errors": [{"pointer", "keyword", "message"}]}},
 * plus {@code "problem": {"reason", "message", ...}} for an instance that could not be checked.
 * It is written as the run goes, so that large inputs do not pile up in memory.
 */
final class JsonReport implements Report {

    private final PrintWriter out;
    private final JsonGenerator generator;

    JsonReport(PrintWriter out) {
        this.out = out;
        this.generator = JsonMapper.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build()
                .writerWithDefaultPrettyPrinter()
                .createGenerator(out);
        generator.writeStartArray();
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
        generator.flush();
    }

    @Override
    public void finish(Totals totals) {
        generator.writeEndArray();
        generator.close();
        out.println();
        out.flush();
    }
}
