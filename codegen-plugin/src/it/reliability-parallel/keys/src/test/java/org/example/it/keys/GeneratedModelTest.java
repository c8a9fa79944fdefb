package org.example.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GeneratedModelTest {

    @Test
    void theSharedSchemasGiveThisModulesOwnClasses() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Withheld missingRoom = json.readValue("{\"algorithm\":\"a\",\"code\":\"m.unverified\"}", Withheld.class);
        assertFalse(missingRoom.isValid());
        assertTrue(json.readValue("{\"algorithm\":\"a\",\"code\":\"m.no_olm\"}", Withheld.class).isValid());
        Sender sender = json.readValue("{\"user_id\":\"@a:example.org\"}", Sender.class);
        assertTrue(sender.isValid());
        assertEquals("org.example.it.keys", Withheld.class.getPackageName());
    }
}
