package dev.withheld.codegen.differential;

import java.util.List;
import java.util.function.Function;

/** The harness's figures as markdown: one table with the generators side by side, then every failure. */
final class DifferentialReport {

    private DifferentialReport() {
    }

    static String markdown(List<ToolResult> results) {
        StringBuilder out = new StringBuilder("## Differential harness: generated models against networknt\n\n");
        out.append("| |");
        results.forEach(r -> out.append(' ').append(r.tool()).append(" |"));
        out.append("\n|---|");
        results.forEach(r -> out.append("---:|"));
        out.append('\n');
        row(out, results, "schemas", r -> String.valueOf(r.schemas()));
        row(out, results, "builds", r -> String.valueOf(r.builds()));
        row(out, results, "instances (run / total)", r -> r.instancesRun() + " / " + r.instances());
        row(out, results, "false refusals", r -> String.valueOf(r.count(Category.FALSE_REFUSAL)));
        row(out, results, "round-trip differences", r -> String.valueOf(r.count(Category.ROUND_TRIP)));
        row(out, results, "numbered names", r -> String.valueOf(r.count(Category.NUMBERED_NAME)));
        row(out, results, "silent misses", r -> String.valueOf(r.count(Category.SILENT_MISS)));
        row(out, results, "refused with the option that reads them named (not failures)",
                r -> String.valueOf(r.count(Category.REFUSED_WITH_OPTION)));
        out.append("""

                Notes: the reference is networknt json-schema-validator (draft from `$schema`, draft-07 when absent,
                `format` as an annotation, no remote fetching). A *build* is generation + compilation
                (withheld-codegen against jackson-annotations only, as its README promises; jsonschema2pojo
                against jackson-annotations and jackson-databind) + a class for the root schema. Instances are read
                and written with Jackson 2 (`new ObjectMapper()`); round trips compare trees by value (numbers by
                value, member order ignored). Only instances of schemas that built are run. jsonschema2pojo has no
                `violations()`: for it a false refusal is only a parse exception, and a silent miss is every invalid
                instance it reads. For withheld-codegen a silent miss is an accepted invalid instance with a networknt
                error that no build warning explains (see `SilentMissRule`). A refusal whose message names a
                generator option counts as a failure unless the model generated with that option reads the instance,
                passes its checks and writes it back unchanged (the harness checks each one).
                """);
        for (ToolResult result : results) {
            long failures = result.findings().stream().filter(f -> f.category().failure()).count();
            out.append("\n### Failures: ").append(result.tool()).append(" (").append(failures).append(")\n\n");
            for (Category category : Category.values()) {
                for (Finding f : result.findings()) {
                    if (f.category() == category) {
                        out.append("- `").append(f.category().label()).append("` ").append(f.schema()).append(' ')
                                .append(f.subject()).append(": ").append(f.detail().replace('\n', ' ')).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<ToolResult> results, String label, Function<ToolResult, String> value) {
        out.append("| ").append(label).append(" |");
        results.forEach(r -> out.append(' ').append(value.apply(r)).append(" |"));
        out.append('\n');
    }
}
