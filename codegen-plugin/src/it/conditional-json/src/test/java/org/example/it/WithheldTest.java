package org.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.example.it.model.SchemaViolationException;
import org.example.it.model.Withheld;
import org.example.it.model.WithheldCode;
import org.junit.jupiter.api.Test;

class WithheldTest {

    @Test
    void theConditionalRuleIsEnforcedByTheBuilder() {
        SchemaViolationException refused = assertThrows(SchemaViolationException.class,
                () -> Withheld.builder().algorithm("a").code(WithheldCode.UNVERIFIED).build());
        assertTrue(refused.getMessage().contains("room_id is required because code is m.unverified; only m.no_olm may omit it"),
                refused.getMessage());
        assertTrue(Withheld.builder().algorithm("a").code(WithheldCode.NO_OLM).build().isValid());
        assertTrue(Withheld.builder().algorithm("a").code(WithheldCode.NO_OLM).roomId("!r").sessionId("s").build().isValid());
    }

    @Test
    void unknownCodesAndFieldsRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = "{\"algorithm\":\"a\",\"room_id\":\"!r\",\"session_id\":\"s\",\"code\":\"org.example.custom\",\"extra\":[1]}";
        Withheld parsed = json.readValue(text, Withheld.class);
        assertFalse(parsed.getCode().isKnown());
        assertEquals(json.readTree(text), json.readTree(json.writeValueAsString(parsed)));
        assertEquals(1, json.readValue("{\"code\":\"m.unverified\"}", Withheld.class).violations().stream()
                .filter(v -> v.pointer().equals("/room_id")).count());
    }
}
