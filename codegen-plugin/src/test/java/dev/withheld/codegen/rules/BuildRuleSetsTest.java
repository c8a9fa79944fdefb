package dev.withheld.codegen.rules;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.generate.BuildRuleSet;
import dev.withheld.codegen.generate.SchemaProblem;
import dev.withheld.codegen.testing.GeneratedModel;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build rule sets on a user's schemas: an order that a shop receives with any status, and the stricter
 * request schemas that say what a client may send, in a folder of their own (written in YAML, with an
 * older version beside the newer). The class's builder follows the first rule set unless asked for another.
 */
class BuildRuleSetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ORDER = """
            $id: https://example.org/order.yaml
            title: Order
            type: object
            properties:
              id: {type: string}
              status: {type: string}
              quantity: {type: integer, minimum: 0}
            required: [id]
            """;

    private static final String REQUEST_V2 = """
            $id: https://example.org/requests/v2/order.yaml
            $ref: ../../order.yaml
            properties:
              id: {pattern: "^o-"}
              status: {enum: [new, paid]}
            required: [status]
            """;

    private static final String REQUEST_V1 = """
            $id: https://example.org/requests/v1/order.yaml
            $ref: ../../order.yaml
            properties:
              status: {enum: [new]}
            """;

    private static GeneratedModel model;

    @BeforeAll
    static void generate(@TempDir Path dir) {
        model = new GeneratedModel(dir).schema("order.yaml", ORDER).schema("requests/v2/order.yaml", REQUEST_V2)
                .schema("requests/v1/order.yaml", REQUEST_V1);
        model.generate(model.request("org.example.shop", List.of("order.yaml")).withBuildRuleSets(List.of(
                BuildRuleSet.parse("order.yaml:REQUEST_V2=requests/v2/order.yaml"),
                BuildRuleSet.parse("order.yaml:REQUEST_V1=requests/v1/order.yaml")))).compile();
    }

    private static Object rules(String name) {
        Class<?> type = model.type("org.example.shop.Order$BuildRules");
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst().orElseThrow();
    }

    private static Object builder(Object rules) throws Exception {
        return model.type("org.example.shop.Order").getMethod("builder", model.type("org.example.shop.Order$BuildRules"))
                .invoke(null, rules);
    }

    private static Throwable buildFailure(Object builder) {
        try {
            call(builder, "build");
            return null;
        } catch (RuntimeException e) {
            return e.getCause() instanceof InvocationTargetException i ? i.getCause() : e;
        }
    }

    @Test
    void theClassNamesItsOwnSchemaAndEachRuleSet() {
        assertThat(Arrays.stream(model.type("org.example.shop.Order$BuildRules").getEnumConstants()).map(c -> ((Enum<?>) c).name()))
                .containsExactly("OWN_SCHEMA", "REQUEST_V2", "REQUEST_V1");
    }

    @Test
    void theDefaultBuilderFollowsTheFirstRuleSet() throws Exception {
        Object builder = call(model.type("org.example.shop.Order").getMethod("builder").invoke(null), "id", "o-1");
        Throwable refused = buildFailure(builder);
        assertThat(refused).isNotNull().hasMessageContaining("status");
        Object order = call(call(builder, "status", "paid"), "build");
        assertThat(call(order, "getStatus")).isEqualTo("paid");
    }

    @Test
    void anotherRuleSetOrTheOwnSchemaCanBeAskedFor() throws Exception {
        Object v1 = call(call(builder(rules("REQUEST_V1")), "id", "o-1"), "status", "paid");
        assertThat(buildFailure(v1)).isNotNull().hasMessageContaining("status");
        Object own = call(call(builder(rules("OWN_SCHEMA")), "id", "o-1"), "status", "shipped");
        assertThat(call(call(own, "build"), "getStatus")).isEqualTo("shipped");
    }

    @Test
    void aReadObjectIsCheckedAgainstAnyRuleSetAndItsOwnRulesAreReportedOnce() throws Exception {
        Object read = JSON.readValue("{\"status\": \"shipped\"}", model.type("org.example.shop.Order"));
        List<?> own = (List<?>) call(read, "violations");
        List<?> v2 = (List<?>) read.getClass().getMethod("violations", model.type("org.example.shop.Order$BuildRules"))
                .invoke(read, rules("REQUEST_V2"));
        assertThat(own).extracting(v -> call(v, "pointer") + " " + call(v, "keyword")).containsExactly("/id required");
        assertThat(v2).extracting(v -> call(v, "pointer") + " " + call(v, "keyword"))
                .containsExactlyInAnyOrder("/id required", "/status enum");
        Object other = JSON.readValue("{\"id\": \"x1\", \"status\": \"new\"}", model.type("org.example.shop.Order"));
        assertThat((List<?>) other.getClass().getMethod("violations", model.type("org.example.shop.Order$BuildRules"))
                .invoke(other, rules("REQUEST_V2"))).extracting(v -> call(v, "pointer") + " " + call(v, "keyword"))
                .containsExactly("/id pattern");
    }

    @Test
    void aRuleSetMustNameFilesUnderTheBaseDirectoryAndAConstant(@TempDir Path dir) {
        GeneratedModel other = new GeneratedModel(dir).schema("order.yaml", ORDER);
        assertThatThrownBy(() -> other.generate(other.request("org.example.shop", List.of())
                .withBuildRuleSets(List.of(BuildRuleSet.parse("order.yaml:SENDING=requests/missing.yaml")))))
                .isInstanceOf(SchemaProblem.class).hasMessageContaining("requests/missing.yaml").hasMessageContaining("is not a file");
        assertThatThrownBy(() -> BuildRuleSet.parse("order.yaml:sending=x.yaml")).hasMessageContaining("upper-case Java constant");
        assertThatThrownBy(() -> BuildRuleSet.parse("order.yaml=x.yaml")).hasMessageContaining("TYPE:NAME=SCHEMA");
        assertThatThrownBy(() -> BuildRuleSet.parse("order.yaml:OWN_SCHEMA=x.yaml")).hasMessageContaining("other than OWN_SCHEMA");
    }
}
