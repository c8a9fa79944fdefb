package org.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.example.it.model.Invoice;
import org.example.it.model.SchemaViolation;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private final ObjectMapper json = new ObjectMapper();

    private List<String> violations(String text) throws Exception {
        return json.readValue(text, Invoice.class).violations().stream().map(SchemaViolation::toString).toList();
    }

    @Test
    void aValidInvoiceHasNoViolations() throws Exception {
        assertEquals(List.of(), violations("""
                {"id": "inv-1", "total": {"currency": "EUR", "amount": 120},
                 "card": "visa", "billing_address": {"street": "Main 1", "city": "Ghent"},
                 "status": "sent"}"""));
    }

    @Test
    void dependenciesAndDefinitionsInOtherFilesAreChecked() throws Exception {
        List<String> found = violations("""
                {"id": "inv-2", "total": {"currency": "GBP", "amount": -1}, "card": "visa"}""");
        assertTrue(found.stream().anyMatch(v -> v.startsWith("/billing_address")), found::toString);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("/total/currency")), found::toString);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("/total/amount")), found::toString);
    }

    @Test
    void theTypeBesideRefIsIgnoredAsDraft07Says() throws Exception {
        Invoice invoice = json.readValue("{\"id\": \"inv-3\", \"total\": {\"currency\": \"USD\", \"amount\": 1}, \"status\": \"paid\"}",
                Invoice.class);
        assertEquals("paid", String.valueOf(invoice.getStatus()));
    }
}
