package dev.withheld.codegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The words for an if's condition, both ways, come from the keywords. */
class ConditionWordsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConditionWords.Condition of(String condition) {
        return ConditionWords.of(JSON.readTree(condition), "/if");
    }

    @Test
    void aRequiredConstIsOrIsNotTheValue() {
        ConditionWords.Condition condition = of("{\"required\": [\"code\"], \"properties\": {\"code\": {\"const\": \"m.no_olm\"}}}");
        assertThat(condition.holds()).isEqualTo("`code` is `m.no_olm`");
        assertThat(condition.fails()).isEqualTo("`code` is not `m.no_olm`");
    }

    @Test
    void aConstThatIsNotRequiredAlsoHoldsWhenTheMemberIsAbsent() {
        ConditionWords.Condition condition = of("{\"properties\": {\"code\": {\"const\": \"m.no_olm\"}}}");
        assertThat(condition.holds()).isEqualTo("`code` is absent or is `m.no_olm`");
        assertThat(condition.fails()).isEqualTo("`code` is present and is not `m.no_olm`");
    }

    @Test
    void enumsPresenceAndSeveralMembersAreCombined() {
        ConditionWords.Condition condition = of("{\"required\": [\"kind\", \"room_id\"], \"properties\": {\"kind\": {\"enum\": [\"a\", 2]}}}");
        assertThat(condition.holds()).isEqualTo("`kind` is one of `a`, `2` and `room_id` is present");
        assertThat(condition.fails()).isEqualTo("`kind` is none of `a`, `2` or `room_id` is absent");
    }

    @Test
    void anythingElseIsNamedByItsPointer() {
        ConditionWords.Condition condition = of("{\"properties\": {\"code\": {\"pattern\": \"^m\\\\.\"}}}");
        assertThat(condition.holds()).isEqualTo("the condition at `/if` holds");
        assertThat(condition.fails()).isEqualTo("the condition at `/if` does not hold");
    }
}
