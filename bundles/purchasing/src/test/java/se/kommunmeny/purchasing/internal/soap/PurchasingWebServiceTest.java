package se.kommunmeny.purchasing.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.purchasing.api.Decision;
import se.kommunmeny.purchasing.api.FederationMessage;
import se.kommunmeny.purchasing.api.FederationService;
import se.kommunmeny.purchasing.api.OrderView;
import se.kommunmeny.purchasing.api.PlacementView;
import se.kommunmeny.purchasing.api.PurchasingService;
import se.kommunmeny.purchasing.api.Receipt;

/** The operations against a service that records what reaches it. */
class PurchasingWebServiceTest {
    private static final Caller MANAGER = Caller.of("eva", "enhetschef");
    private static final Instant AT = Instant.parse("2026-03-04T10:15:30Z");
    private static final PlacementView PLACEMENT = new PlacementView("pl1", "o1", "a9", "AVT-1", "1983", "K\u00f6ping",
            "treatment-plan/tolvsteg", "person-9", "ENDED", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
            List.of(new OrderView.Extent("FULL_TIME", LocalDate.of(2026, 3, 2))), null, null,
            LocalDate.of(2026, 6, 30), null, "enhetschef", null, AT, 5L);
    private static final Map<Class<?>, Object> ANSWERS = Map.of(PlacementView.class, PLACEMENT, Receipt.class,
            new Receipt("m1", "PROCESSED", AT), List.class, List.of(), String.class, "<Invoice/>");

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void authenticate() {
        CurrentCaller.set(MANAGER);
    }

    @AfterEach
    void clear() {
        CurrentCaller.clear();
    }

    private <T> T recording(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, m, args) -> {
            calls.add(m.getName() + Arrays.asList(args));
            return ANSWERS.get(m.getReturnType());
        }));
    }

    private void assertRequired(String field, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.fieldProblems().get(0).field());
        assertEquals(List.of(), calls, "the service was called");
    }

    @Test
    void aMissingRequestIsAFieldProblemAndReachesNoService() {
        PurchasingWebService soap = new PurchasingWebService(recording(PurchasingService.class));
        assertRequired("request", () -> soap.registerPartner(null));
        assertRequired("request", () -> soap.registerAgreement(null));
        assertRequired("request", () -> soap.order(null));
        assertRequired("change", () -> soap.changeExtent("o1", null));
        assertRequired("notice", () -> soap.giveNotice("o1", null));
        assertRequired("decision", () -> soap.decide("pl1", null));
        assertRequired("charge", () -> soap.charge("pl1", null));
        assertRequired("message", () -> new FederationWebService(recording(FederationService.class)).deliver(null));
    }

    @Test
    void operationsPassTheCallerAndTheirParameters() {
        PurchasingWebService soap = new PurchasingWebService(recording(PurchasingService.class));
        PlacementXml ended = soap.end("pl1", "2026-06-30", "COMPLETED");
        assertEquals("2026-06-30", ended.endedOn);
        assertEquals("FULL_TIME", ended.extents.get(0).extent);
        DecisionXml refusal = new DecisionXml();
        refusal.accept = false;
        refusal.reason = "CAPACITY";
        soap.decide("pl1", refusal);
        assertEquals("<Invoice/>", soap.invoiceUbl("i1"));
        assertEquals(List.of(), soap.invoices(null, "2026-02"));
        assertEquals(List.of("end[" + MANAGER + ", pl1, 2026-06-30, COMPLETED]",
                "decide[" + MANAGER + ", pl1, " + new Decision(false, "CAPACITY") + "]",
                "invoiceUbl[" + MANAGER + ", i1]", "invoices[" + MANAGER + ", null, 2026-02]"), calls);
    }

    @Test
    void aDeliveredMessageReachesTheServiceWholeAndIsReceipted() {
        FederationMessage m = new FederationMessage("m1", "ORDER", "o1", "AVT-1", "1983", "1981",
                "2026-03-04T10:15:30Z", "{\"note\":\"<&>\"}", "c2ln");
        ReceiptXml receipt = new FederationWebService(recording(FederationService.class))
                .deliver(FederationMessageXml.of(m));
        assertEquals(List.of("receive[" + MANAGER + ", " + m + "]"), calls);
        assertEquals("m1", receipt.messageId);
        assertEquals("2026-03-04T10:15:30Z", receipt.receivedAt);
    }

    @Test
    void withoutACallerNothingReachesTheService() {
        CurrentCaller.clear();
        assertThrows(AccessDeniedException.class,
                () -> new PurchasingWebService(recording(PurchasingService.class)).costs("2026-02"));
        assertThrows(AccessDeniedException.class,
                () -> new FederationWebService(recording(FederationService.class)).identity());
        assertEquals(List.of(), calls);
    }
}
