package org.example.it.notes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.example.it.events.Withheld;
import org.junit.jupiter.api.Test;

class GeneratedModelTest {

    @Test
    void ownClassesAndTheOtherModulesClassesWorkTogether() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertFalse(json.readValue("{\"text\":\"" + "x".repeat(21) + "\"}", Note.class).isValid());
        assertTrue(json.readValue("{\"text\":\"hello\",\"tags\":[\"a\"]}", Note.class).isValid());
        assertTrue(json.readValue("{\"algorithm\":\"a\",\"code\":\"m.no_olm\"}", Withheld.class).isValid());
    }
}
