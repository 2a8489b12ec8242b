package se.kommunmeny.purchasing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.purchasing.api.PriceModel;

class FederationRulesTest {

    @Test
    void aMessageWithoutATypeIsAFieldProblemNotACrash() {
        assertTrue(FederationServiceImpl.isMessageType("ORDER"));
        assertTrue(FederationServiceImpl.isMessageType("INVOICE"));
        assertFalse(FederationServiceImpl.isMessageType("order"));
        assertFalse(FederationServiceImpl.isMessageType(null));
    }

    @Test
    void anOrderCarriesTheProtectedIdentityAndAnOlderPartnersOrderReadsAsUnprotected() {
        Payloads.Order order = new Payloads.Order("treatment-plan/kbt", "19800202-1234", "Skyddad", "Hemlig",
                "2026-11-01", "FULL_TIME", null, true);
        assertEquals(Boolean.TRUE, Json.read(Json.write(order), Payloads.Order.class).protectedIdentity());
        Payloads.Order older = Json.read("{\"serviceId\":\"treatment-plan/kbt\",\"identityNumber\":\"19800202-1234\","
                + "\"givenName\":\"A\",\"familyName\":\"B\",\"startDate\":\"2026-11-01\",\"extent\":\"FULL_TIME\"}",
                Payloads.Order.class);
        assertEquals(null, older.protectedIdentity());
    }

    @Test
    void retriesBackOffExponentiallyWithJitterUpToTheMaximum() {
        assertEquals(1000, Backoff.delay(1, 1000, 60000, 0.5));
        assertEquals(2000, Backoff.delay(2, 1000, 60000, 0.5));
        assertEquals(8000, Backoff.delay(4, 1000, 60000, 0.5));
        assertEquals(60000, Backoff.delay(20, 1000, 60000, 0.5));
        assertEquals(60000, Backoff.delay(500, 1000, 60000, 0.5));
        assertEquals(750, Backoff.delay(1, 1000, 60000, 0.0));
        assertTrue(Backoff.delay(1, 1000, 60000, 0.999) <= 1250);
    }

    @Test
    void extentsChangeFromADayOnAndLaterChangesGiveWay() {
        String json = Extents.of(Extents.FULL_TIME, LocalDate.of(2026, 10, 3));
        json = Extents.change(json, Extents.HALF_TIME, LocalDate.of(2026, 10, 16));
        assertEquals(Extents.FULL_TIME, Extents.on(json, LocalDate.of(2026, 10, 15)));
        assertEquals(Extents.HALF_TIME, Extents.on(json, LocalDate.of(2026, 10, 16)));
        json = Extents.change(json, Extents.FULL_TIME, LocalDate.of(2026, 10, 10));
        assertEquals(2, Extents.read(json).size());
        assertEquals(Extents.FULL_TIME, Extents.on(json, LocalDate.of(2026, 10, 20)));
    }

    @Test
    void pricesAreExactWithAtMostTwoDecimalsAndMonthOrDay() {
        assertEquals(List.of(), problems(price("17500.00", "10500", null)));
        assertEquals(List.of("price.monthFullTime"), problems(price("17500.005", "10500", null)));
        assertEquals(List.of("price.monthHalfTime"), problems(price("17500", "-1", null)));
        assertEquals(List.of("price.perDay"), problems(price("17500", null, "600")));
        assertEquals(List.of("price.monthHalfTime"), problems(price(null, "10500", "600")));
        assertEquals(new BigDecimal("1.0350"), PriceRules.indexFactor(new PriceModel("SEK", BigDecimal.TEN, null,
                null, null, null, List.of(), "OPI", new BigDecimal("200"), new BigDecimal("207"))));
        assertEquals(BigDecimal.ONE, PriceRules.indexFactor(PriceRules.normalised(price("1", null, null))));
    }

    @Test
    void itemsNeedACodeANameAndAPriceOnce() {
        PriceModel p = new PriceModel("SEK", new BigDecimal("17500"), null, null, null, null, List.of(
                new PriceModel.Item("drogtest", "Drogtest", new BigDecimal("350")),
                new PriceModel.Item("drogtest", "Drogtest igen", new BigDecimal("350")),
                new PriceModel.Item("Fel Kod", "", new BigDecimal("1.001"))), null, null, null);
        List<String> fields = problems(p);
        assertTrue(fields.contains("price.items[1].code"));
        assertTrue(fields.contains("price.items[2].code"));
        assertTrue(fields.contains("price.items[2].name"));
        assertTrue(fields.contains("price.items[2].unitPrice"));
        assertFalse(fields.contains("price.items[0].code"));
    }

    @Test
    void aDuplicateMessageIsAConflictTheSenderTakesAsDelivered() {
        assertEquals("duplicate-message", new DuplicateMessageException("x", true).code());
        assertEquals("message-id-reused", new DuplicateMessageException("x", false).code());
        assertEquals(409, new DuplicateMessageException("x", true).status());
        assertThrows(ValidationException.class, () -> {
            ValidationException.Collector c = new ValidationException.Collector();
            Money.check(c, "amount", new BigDecimal("0.001"));
            c.throwIfAny();
        });
    }

    private static PriceModel price(String month, String half, String day) {
        return new PriceModel("SEK", month == null ? null : new BigDecimal(month),
                half == null ? null : new BigDecimal(half), day == null ? null : new BigDecimal(day), null, null,
                List.of(), null, null, null);
    }

    private static List<String> problems(PriceModel p) {
        ValidationException.Collector c = new ValidationException.Collector();
        PriceRules.check(c, p);
        try {
            c.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.fieldProblems().stream().map(f -> f.field()).toList();
        }
    }
}
