package dev.withheld.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table reads JMH's JSON result and computes ratios to the floor of the same mix. */
class ResultTableTest {

    @TempDir
    Path dir;

    @Test
    void ratiosAreToTheParseOnlyFloorOfTheSameMixAndTargetsAreJudged() throws Exception {
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, """
                [
                  {"benchmark": "dev.withheld.benchmarks.ValidationBenchmark.valid_1_jackson3Tree",
                   "primaryMetric": {"score": 10.0, "scoreError": 1.0, "scoreUnit": "us/op"}},
                  {"benchmark": "dev.withheld.benchmarks.ValidationBenchmark.valid_2_networkntDirect",
                   "primaryMetric": {"score": 100000.0, "scoreError": "NaN", "scoreUnit": "ns/op"}},
                  {"benchmark": "dev.withheld.benchmarks.ValidationBenchmark.valid_3_withheldValidator",
                   "primaryMetric": {"score": 14000.0, "scoreError": 10.0, "scoreUnit": "ns/op"}},
                  {"benchmark": "dev.withheld.benchmarks.ValidationBenchmark.invalid_1_jackson3Tree",
                   "primaryMetric": {"score": 20000.0, "scoreError": 10.0, "scoreUnit": "ns/op"}},
                  {"benchmark": "dev.withheld.benchmarks.ValidationBenchmark.invalid_3_withheldValidator",
                   "primaryMetric": {"score": 100000.0, "scoreError": 10.0, "scoreUnit": "ns/op"}}
                ]
                """);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultTable.print(ResultTable.read(json), 10, 20, "±", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);

        assertThat(table).contains("| (1) Jackson 3 parse only (tree): the floor | 10,000 | 1,000 | 1,000 | **1.00x** |");
        assertThat(table).contains("| (2) networknt 3 directly, schema compiled once | 100,000 | n/a | 10,000 | **10.00x** |");
        assertThat(table).contains("| (3) **our validator**, receiving profile, all violations | 100,000 | 10 | 5,000 | **5.00x** |");
        assertThat(table).contains("(3)/(2) <= 1.0: **0.14** -> met");
        assertThat(table).contains("(3)/(1) <= 1.5: **1.40** -> met");
        // per event: invalid 5,000 ns vs valid 1,400 ns
        assertThat(table).contains("the valid path (per event) <= 3.0: **3.57** -> NOT met");
    }
}
