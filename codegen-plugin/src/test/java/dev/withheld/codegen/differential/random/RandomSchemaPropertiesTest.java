package dev.withheld.codegen.differential.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, point 7, second source: random schemas and random instances, each generated, compiled
 * in-process and judged against networknt like the corpus (same categories). A failure shrinks to a
 * minimal schema and instance, which jqwik prints.
 *
 * <p>Gate: {@link #modelsAgreeWithNetworkntOnFixedFamilies} runs in every build with a fixed seed and
 * asserts every category, but only over the keyword families the generator already gets right
 * ({@link #FIXED}); when a fix lands, move its family from the comment below into {@link #FIXED}.
 * {@link #modelsAgreeWithNetworkntOnEveryFamily} uses every family with a random seed; it is tagged
 * {@code differential-long}, which the build excludes, and is the release check of issue 14:
 * <pre>
 * ./mvnw -B -pl codegen-plugin test -Dtest=RandomSchemaPropertiesTest -Ddifferential.excludedGroups=none \
 *     -Djqwik.tries.default=500 -Dinvoker.skip
 * </pre>
 * Add {@code -Ddifferential.families=FIXED,ARRAYS} to study one family on top of the fixed ones.
 */
class RandomSchemaPropertiesTest {

    /**
     * Families with no known failure: every family but WIDE_INTEGERS. Its refusals of unbounded integers
     * beyond 64 bits are no longer failures (the harness checks that useBigIntegers reads them), and its
     * integers written as decimals beyond 2^53 ({@code 9007199254743093.0}) are read exactly in typed members
     * and in members that must all be numbers; but in a member of no single type ({@code ["integer",
     * "string"]}) such a value goes through Jackson's untyped reading, which makes it a {@code double} under
     * a default mapper (the README's "Values of no single type"; the one known failure of the corpus).
     * Random seeds find that case; 100 random tries over the other families pass.
     */
    static final Set<Family> FIXED = EnumSet.complementOf(EnumSet.of(Family.WIDE_INTEGERS));

    static final Set<String> EVERY_CATEGORY = Set.of("build", "false-refusal", "round-trip", "numbered-name", "silent-miss");

    @Property(tries = 30, seed = "20261202", shrinking = ShrinkingMode.BOUNDED)
    @Tag("differential")
    void modelsAgreeWithNetworkntOnFixedFamilies(@ForAll("fixedCases") RandomCase randomCase) {
        assertThat(RandomCaseCheck.failures(randomCase, EVERY_CATEGORY)).as("disagreements with networknt").isEmpty();
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    @Tag("differential-long")
    void modelsAgreeWithNetworkntOnEveryFamily(@ForAll("everyCase") RandomCase randomCase) {
        assertThat(RandomCaseCheck.failures(randomCase, EVERY_CATEGORY)).as("disagreements with networknt").isEmpty();
    }

    @Provide
    Arbitrary<RandomCase> fixedCases() {
        return cases(FIXED);
    }

    /** Every family, or those named in {@code -Ddifferential.families=FIXED,WIDE_INTEGERS,...} to study one family. */
    @Provide
    Arbitrary<RandomCase> everyCase() {
        String chosen = System.getProperty("differential.families", "");
        if (chosen.isBlank()) {
            return cases(EnumSet.allOf(Family.class));
        }
        Set<Family> families = EnumSet.noneOf(Family.class);
        for (String name : chosen.split(",")) {
            if (name.strip().equals("FIXED")) {
                families.addAll(FIXED);
            } else {
                families.add(Family.valueOf(name.strip()));
            }
        }
        return cases(families);
    }

    private static Arbitrary<RandomCase> cases(Set<Family> families) {
        RandomInstances instances = new RandomInstances(families);
        return new RandomSchemas(families).root().flatMap(schema -> Combinators.combine(
                        instances.valid(schema).list().ofMinSize(1).ofMaxSize(3),
                        instances.mutated(schema).list().ofMinSize(1).ofMaxSize(3))
                .as((valid, mutated) -> new RandomCase(schema, concat(valid, mutated))));
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

}
