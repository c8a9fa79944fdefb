package org.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.example.it.model.Event;
import org.example.it.model.EventUnsigned;
import org.example.it.model.SchemaViolationException;
import org.example.it.model.Withheld;
import org.example.it.model.WithheldCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventTest {

    private static final String TEXT = "{\"type\":\"m.room_key.withheld\",\"sender\":\"@a:x\","
            + "\"content\":{\"algorithm\":\"a\",\"code\":\"m.no_olm\",\"from_device\":\"D\"},"
            + "\"unsigned\":{\"age\":5,\"transaction_id\":null},\"x-extra\":[1,{\"b\":null}]}";

    @Test
    void recordsReadAndWriteWithJackson2And3() throws Exception {
        ObjectMapper two = new ObjectMapper();
        JsonMapper three = JsonMapper.builder().build();
        Event fromTwo = two.readValue(TEXT, Event.class);
        Event fromThree = three.readValue(TEXT, Event.class);
        assertTrue(Event.class.isRecord());
        assertFalse(Withheld.class.isRecord(), "its shape depends on its code");
        assertEquals(fromTwo, fromThree);
        assertTrue(fromTwo.violations().isEmpty(), fromTwo.violations().toString());
        assertEquals(WithheldCode.NO_OLM, fromTwo.content().getCode());
        assertEquals(Map.of("from_device", "D"), fromTwo.content().getAdditionalProperties());
        assertNull(fromTwo.unsigned().transactionId());
        assertEquals(java.util.Set.of("transaction_id"), fromTwo.unsigned().explicitNulls());
        assertNull(fromTwo.priority(), "a default is never read into a record");
        assertEquals(two.readTree(TEXT), two.readTree(two.writeValueAsString(fromTwo)));
        assertEquals(two.readTree(TEXT), two.readTree(three.writeValueAsString(fromThree)));
    }

    @Test
    void theBuilderChecksTheRulesAndStartsAtTheDefaults() {
        Withheld content = Withheld.builder().algorithm("a").code(WithheldCode.NO_OLM).build();
        Event event = Event.builder().type("m.room_key.withheld").sender("@a:x").content(content)
                .unsigned(EventUnsigned.builder().age(3L).build()).build();
        assertEquals(0L, event.priority());
        assertEquals(List.of("@b:x"), event.toBuilder().recipients(List.of("@b:x")).build().recipients());
        assertEquals(event, event.toBuilder().build());
        SchemaViolationException refused = assertThrows(SchemaViolationException.class,
                () -> event.toBuilder().sender("a:x").build());
        assertTrue(refused.getMessage().startsWith("Event breaks 1 rule:\n  /sender: "), refused.getMessage());
    }
}
