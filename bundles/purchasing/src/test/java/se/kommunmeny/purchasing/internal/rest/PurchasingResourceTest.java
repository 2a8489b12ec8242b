package se.kommunmeny.purchasing.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.purchasing.api.FederationMessage;
import se.kommunmeny.purchasing.api.FederationService;
import se.kommunmeny.purchasing.api.PurchasingService;

class PurchasingResourceTest {
    /** Like the core's mapper: an unknown field is an error, so these bodies' field names are the contract. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Caller MANAGER = Caller.of("eva", "enhetschef");

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void authenticate() {
        CurrentCaller.set(MANAGER);
    }

    @AfterEach
    void clear() {
        CurrentCaller.clear();
    }

    /** A service that records its calls (the caller first) and answers empty lists, a text or nothing. */
    private <T> T recording(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, m, args) -> {
            calls.add(m.getName() + Arrays.asList(args == null ? new Object[0] : args));
            Class<?> answer = m.getReturnType();
            return answer == List.class ? List.of() : answer == String.class ? "<p>text</p>" : null;
        }));
    }

    /** Each route as {@code VERB /path?query 201 media}, the status only where 201, the type only where not JSON. */
    private static Set<String> routes(Class<?> resource) {
        String json = resource.getAnnotation(Produces.class).value()[0];
        assertEquals(MediaType.APPLICATION_JSON, json);
        Set<String> routes = new TreeSet<>();
        for (Method m : resource.getDeclaredMethods()) {
            String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST" : null;
            if (verb == null) {
                continue;
            }
            String query = Arrays.stream(m.getParameters()).filter(p -> p.isAnnotationPresent(QueryParam.class))
                    .map(p -> p.getAnnotation(QueryParam.class).value() + "=").collect(Collectors.joining("&"));
            Produces produces = m.getAnnotation(Produces.class);
            routes.add(verb + " /" + m.getAnnotation(Path.class).value() + (query.isEmpty() ? "" : "?" + query)
                    + (m.getReturnType() == Response.class ? " 201" : "")
                    + (produces == null ? "" : " " + String.join(",", produces.value())));
        }
        return routes;
    }

    @Test
    void theResourceServesExactlyTheRoutesOfThePurchasingApi() {
        assertEquals(new TreeSet<>(List.of(
                "GET /partners", "POST /partners 201", "GET /partners/{id}",
                "GET /agreements?role=", "POST /agreements 201", "GET /agreements/{id}",
                "POST /orders 201", "GET /orders?personRef=&status=", "GET /orders/{id}", "POST /orders/{id}/extent",
                "POST /orders/{id}/notice", "GET /orders/{id}/documents",
                "GET /orders/{id}/documents/{docId} text/html;charset=UTF-8",
                "GET /placements?status=", "GET /placements/{id}", "POST /placements/{id}/decision",
                "POST /placements/{id}/start", "POST /placements/{id}/end", "POST /placements/{id}/charges 201",
                "POST /invoices/run", "POST /invoices 201", "POST /invoices/{id}/credit 201",
                "GET /invoices?direction=&month=", "GET /invoices/{id}",
                "GET /invoices/{id}/ubl application/xml;charset=UTF-8",
                "GET /invoices/{id}/html text/html;charset=UTF-8",
                "GET /costs?month=")), routes(PurchasingResource.class));
    }

    @Test
    void theFederationResourceServesIdentityMessagesAndAvailability() {
        assertEquals(Set.of("GET /identity", "POST /messages", "GET /availability/{agreementNumber}"),
                routes(FederationResource.class));
    }

    /** The component descriptor bnd generated from the annotations (they are not kept at run time). */
    static String descriptor(Class<?> component) throws IOException {
        try (InputStream in = component.getClassLoader().getResourceAsStream("OSGI-INF/" + component.getName()
                + ".xml")) {
            assertNotNull(in, "no component descriptor for " + component.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bothResourcesArePublishedUnderTheirBase() throws IOException {
        for (var base : List.of(Map.entry(PurchasingResource.class, "purchasing"),
                Map.entry(FederationResource.class, "purchasing/federation"))) {
            String xml = descriptor(base.getKey());
            assertTrue(xml.contains("<property name=\"" + RestResource.BASE + "\" type=\"String\" value=\""
                    + base.getValue() + "\"/>"), xml);
            assertTrue(xml.contains("<provide interface=\"" + RestResource.class.getName() + "\"/>"), xml);
        }
    }

    @Test
    void bodiesHaveTheFieldNamesOfTheApi() throws Exception {
        assertEquals("2026-03-02",
                JSON.readValue("{\"date\":\"2026-03-02\"}", PurchasingResource.Arrival.class).date());
        assertEquals(new PurchasingResource.Departure("2026-06-30", "COMPLETED"),
                JSON.readValue("{\"date\":\"2026-06-30\",\"reason\":\"COMPLETED\"}",
                        PurchasingResource.Departure.class));
        assertEquals("2026-02", JSON.readValue("{\"month\":\"2026-02\"}", PurchasingResource.InvoiceRun.class).month());
        assertEquals(new PurchasingResource.InvoiceRequest("a1", "2026-02"),
                JSON.readValue("{\"agreementId\":\"a1\",\"month\":\"2026-02\"}",
                        PurchasingResource.InvoiceRequest.class));
        assertEquals("Fel pris", JSON.readValue("{\"reason\":\"Fel pris\"}", PurchasingResource.CreditRequest.class)
                .reason());
        assertThrows(UnrecognizedPropertyException.class,
                () -> JSON.readValue("{\"day\":\"2026-03-02\"}", PurchasingResource.Arrival.class));
    }

    @Test
    void callsReachTheServiceWithTheCallerAndTheBodysFields() {
        PurchasingResource resource = new PurchasingResource(recording(PurchasingService.class));
        resource.start("pl1", new PurchasingResource.Arrival("2026-03-02"));
        resource.start("pl1", null);
        resource.end("pl1", new PurchasingResource.Departure("2026-06-30", "COMPLETED"));
        resource.invoiceMonth(new PurchasingResource.InvoiceRun("2026-02"));
        resource.orders("person-1", null);
        resource.invoices("RECEIVED", "2026-02");
        assertEquals("<p>text</p>", resource.document("o1", "d1"));
        resource.invoiceUbl("i1");
        assertEquals(List.of("start[" + MANAGER + ", pl1, 2026-03-02]", "start[" + MANAGER + ", pl1, null]",
                "end[" + MANAGER + ", pl1, 2026-06-30, COMPLETED]", "invoiceMonth[" + MANAGER + ", 2026-02]",
                "orders[" + MANAGER + ", person-1, null]", "invoices[" + MANAGER + ", RECEIVED, 2026-02]",
                "document[" + MANAGER + ", o1, d1]", "invoiceUbl[" + MANAGER + ", i1]"), calls);
    }

    @Test
    void aMessageIsHandedOverAsItCame() {
        FederationMessage m = new FederationMessage("m1", "ORDER", "o1", "AVT-1", "1983", "1981",
                "2026-03-04T10:15:30Z", "{\"a\":\"<&>\"}", "c2ln");
        FederationService service = (FederationService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { FederationService.class }, (proxy, method, args) -> {
                    calls.add(method.getName());
                    assertSame(MANAGER, args[0]);
                    assertSame(m, args[1]);
                    return null;
                });
        new FederationResource(service).receive(m);
        assertEquals(List.of("receive"), calls);
    }

    @Test
    void aMessageAsJacksonWritesItReadsBackWhole() throws Exception {
        FederationMessage m = new FederationMessage("m1", "ORDER", "o1", "AVT-1", "1983", "1981",
                "2026-03-04T10:15:30Z", "{\"note\":\"R\u00e5d\"}", "c2ln");
        String json = JSON.writeValueAsString(m);
        assertFalse(json.contains("canonicalForm"), json);
        assertEquals(m, JSON.readValue(json, FederationMessage.class));
    }

    @Test
    void withoutACallerNothingReachesTheService() {
        CurrentCaller.clear();
        PurchasingResource resource = new PurchasingResource(recording(PurchasingService.class));
        assertThrows(AccessDeniedException.class, () -> resource.costs("2026-02"));
        assertThrows(AccessDeniedException.class, () -> resource.partners());
        assertThrows(AccessDeniedException.class,
                () -> new FederationResource(recording(FederationService.class)).identity());
        assertEquals(List.of(), calls);
    }

    @Test
    void pathParametersAreNamedAfterTheirTemplates() {
        for (Class<?> resource : List.of(PurchasingResource.class, FederationResource.class)) {
            for (Method m : resource.getDeclaredMethods()) {
                Path path = m.getAnnotation(Path.class);
                if (path == null) {
                    continue;
                }
                List<String> declared = Arrays.stream(m.getParameters())
                        .filter(p -> p.isAnnotationPresent(javax.ws.rs.PathParam.class))
                        .map(p -> "{" + p.getAnnotation(javax.ws.rs.PathParam.class).value() + "}").toList();
                List<String> template = Arrays.stream(path.value().split("/")).filter(s -> s.startsWith("{")).toList();
                assertEquals(template, declared, m.getName());
                assertTrue(Arrays.stream(m.getParameters()).map(Parameter::getType).noneMatch(t -> t == Caller.class));
            }
        }
    }
}
