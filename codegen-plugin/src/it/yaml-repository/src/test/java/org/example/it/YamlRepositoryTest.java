package org.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.example.it.model.SchemaViolation;
import org.example.it.model.events.Message;
import org.example.it.model.events.Receipt;
import org.junit.jupiter.api.Test;

class YamlRepositoryTest {

    private final ObjectMapper json = new ObjectMapper();

    private static List<String> strings(List<SchemaViolation> violations) {
        return violations.stream().map(SchemaViolation::toString).toList();
    }

    @Test
    void aValidMessageHasNoViolations() throws Exception {
        Message message = json.readValue("""
                {"room_id": "!room:example.org", "sender": "@alice:example.org", "origin_server_ts": 1432735824653,
                 "content": {"body": "hello", "msgtype": "m.text"}}""", Message.class);
        assertEquals(List.of(), strings(message.violations()));
    }

    @Test
    void mergedKeysAndTheReferenceOutOfTheSourceDirectoryAreChecked() throws Exception {
        Message message = json.readValue("""
                {"sender": "alice", "content": {"body": "", "msgtype": "m.a.very.long.message.type.that.goes.on"}}""",
                Message.class);
        List<String> found = strings(message.violations());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("/sender")), found::toString);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("/content/body")), found::toString);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("/content/msgtype")), found::toString);
    }

    @Test
    void theEnvelopeMergedInRequiresContent() throws Exception {
        List<String> found = strings(json.readValue("{\"sender\": \"@a:b\"}", Message.class).violations());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("/content")), found::toString);
    }

    @Test
    void anAliasedSchemaIsTheSchemaNotTheAliasName() throws Exception {
        Receipt receipt = json.readValue("""
                {"room_id": "!room", "content": {"m.read": {"@alice:example.org": {"ts": 1}},
                                                  "m.read.private": {"@bob:example.org": {"ts": 2}}}}""", Receipt.class);
        assertEquals(List.of(), strings(receipt.violations()));
    }
}
