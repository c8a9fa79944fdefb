package dev.withheld.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON result file of a {@link ValidationBenchmark} run ({@code -rf json -rff FILE})
 * and prints a Markdown table: ns per operation (one pass over the mix), ns per event, and each
 * figure's ratio to the Jackson 3 parse-only floor (1) of the same mix in the same run; then the
 * targets of issue 8 with their ratios.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.withheld.benchmarks.ResultTable target/jmh.json</pre>
 */
public final class ResultTable {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("valid_1_jackson3Tree", "(1) Jackson 3 parse only (tree): the floor");
        LABELS.put("valid_2_networkntDirect", "(2) networknt 3 directly, schema compiled once");
        LABELS.put("valid_3_withheldValidator", "(3) **our validator**, receiving profile");
        LABELS.put("valid_4a_modelJackson3", "(4) generated model, Jackson 3");
        LABELS.put("valid_4b_modelJackson3Violations", "(4) generated model, Jackson 3 + `violations()`");
        LABELS.put("valid_4c_modelJackson2", "(4) generated model, Jackson 2");
        LABELS.put("valid_4d_modelJackson2Violations", "(4) generated model, Jackson 2 + `violations()`");
        LABELS.put("valid_5a_harrel", "(5) dev.harrel json-schema (Jackson 2 tree)");
        LABELS.put("valid_5b_sKema", "(5) erosb json-sKema (own parser)");
        LABELS.put("invalid_1_jackson3Tree", "(1) Jackson 3 parse only (tree): the floor");
        LABELS.put("invalid_2_networkntDirect", "(2) networknt 3 directly, all errors");
        LABELS.put("invalid_3_withheldValidator", "(3) **our validator**, receiving profile, all violations");
        LABELS.put("invalid_5a_harrel", "(5) dev.harrel json-schema, all errors");
        LABELS.put("invalid_5b_sKema", "(5) erosb json-sKema, all failures");
    }

    private ResultTable() {
    }

    /** One benchmark's score. */
    record Score(double nsPerOp, double error) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultTable JMH_RESULT.json");
            System.exit(2);
        }
        Map<String, Score> scores = read(Path.of(args[0]));
        print(scores, EventMix.valid().size(), EventMix.invalid().size(), "± (99.9%)", System.out);
    }

    static Map<String, Score> read(Path file) throws IOException {
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, Score> scores = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String name = result.get("benchmark").asString();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode metric = result.get("primaryMetric");
            double factor = switch (metric.get("scoreUnit").asString()) {
                case "ns/op" -> 1;
                case "us/op" -> 1e3;
                case "ms/op" -> 1e6;
                case "s/op" -> 1e9;
                default -> throw new IllegalArgumentException("unexpected unit " + metric.get("scoreUnit")
                        + "; run in average-time mode");
            };
            double error = metric.get("scoreError").isNumber() ? metric.get("scoreError").asDouble() : Double.NaN;
            scores.put(name, new Score(metric.get("score").asDouble() * factor, error * factor));
        }
        return scores;
    }

    static void print(Map<String, Score> scores, int validEvents, int invalidEvents, String errorHeader, PrintStream out) {
        section(out, "Valid mix", "valid", validEvents, scores, errorHeader);
        section(out, "Invalid mix", "invalid", invalidEvents, scores, errorHeader);
        out.println("Targets of issue 8 (ratios from this run):");
        out.println();
        Score parse = scores.get("valid_1_jackson3Tree");
        Score networknt = scores.get("valid_2_networkntDirect");
        Score ours = scores.get("valid_3_withheldValidator");
        Score oursInvalid = scores.get("invalid_3_withheldValidator");
        if (ours != null && networknt != null) {
            target(out, "our validator, valid events, no slower than networknt directly (3)/(2) <= 1.0",
                    ours.nsPerOp() / networknt.nsPerOp(), 1.0);
        }
        if (ours != null && parse != null) {
            target(out, "our validator, valid events, at most 1.5x parse only (3)/(1) <= 1.5",
                    ours.nsPerOp() / parse.nsPerOp(), 1.5);
        }
        if (ours != null && oursInvalid != null) {
            target(out, "invalid events, all violations, at most 3x the valid path (per event) <= 3.0",
                    (oursInvalid.nsPerOp() / invalidEvents) / (ours.nsPerOp() / validEvents), 3.0);
        }
        out.println();
    }

    private static void section(PrintStream out, String title, String prefix, int events, Map<String, Score> scores,
            String errorHeader) {
        Score floor = scores.get(prefix + "_1_jackson3Tree");
        boolean any = scores.keySet().stream().anyMatch(k -> k.startsWith(prefix + "_"));
        if (!any) {
            return;
        }
        out.println("### " + title + " (" + events + " events per op)");
        out.println();
        out.println("| benchmark | ns/op (whole mix) | " + errorHeader + " | ns/event | ratio to (1) |");
        out.println("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, String> label : LABELS.entrySet()) {
            if (!label.getKey().startsWith(prefix + "_")) {
                continue;
            }
            Score score = scores.get(label.getKey());
            if (score == null) {
                continue;
            }
            String ratio = floor == null ? "n/a" : String.format(Locale.ROOT, "**%.2fx**", score.nsPerOp() / floor.nsPerOp());
            out.printf(Locale.ROOT, "| %s | %,.0f | %s | %,.0f | %s |%n", label.getValue(), score.nsPerOp(),
                    Double.isNaN(score.error()) ? "n/a" : String.format(Locale.ROOT, "%,.0f", score.error()),
                    score.nsPerOp() / events, ratio);
        }
        out.println();
    }

    private static void target(PrintStream out, String what, double ratio, double limit) {
        out.printf(Locale.ROOT, "- %s: **%.2f** -> %s%n", what, ratio, ratio <= limit ? "met" : "NOT met");
    }
}
