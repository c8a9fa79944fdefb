package org.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.example.it.model.common.Money;
import org.example.it.model.common.MoneyCurrency;
import org.example.it.model.Order;
import org.example.it.model.SchemaViolation;
import org.junit.jupiter.api.Test;

class OrderTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void allOfMembersAreMergedIntoOneClassWithEveryRule() throws Exception {
        Order order = json.readValue("{\"id\":\"x-1\",\"express\":true}", Order.class);
        List<String> violations = order.violations().stream().map(SchemaViolation::toString).toList();
        assertEquals(List.of("/id: id must match the pattern ^ord-",
                "/total: total is required because express is true"), violations);
    }

    @Test
    void referencedDefinitionsBecomeClassesWithTheirOwnRules() throws Exception {
        Order order = json.readValue("{\"id\":\"ord-1\",\"total\":{\"currency\":\"GBP\",\"amount\":-1}}", Order.class);
        assertEquals(List.of("/total/currency: currency must be one of EUR, USD", "/total/amount: amount must be at least 0"),
                order.violations().stream().map(SchemaViolation::toString).toList());
        Money money = Money.builder().currency(MoneyCurrency.of("EUR")).amount(5L).build();
        assertEquals("{\"currency\":\"EUR\",\"amount\":5}", json.writeValueAsString(money));
    }
}
