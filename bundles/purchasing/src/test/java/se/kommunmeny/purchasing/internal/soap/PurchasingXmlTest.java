package se.kommunmeny.purchasing.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.JAXBException;
import javax.xml.bind.annotation.XmlType;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.web.SoapEndpoint;
import se.kommunmeny.purchasing.api.AgreementRequest;
import se.kommunmeny.purchasing.api.AgreementView;
import se.kommunmeny.purchasing.api.Charge;
import se.kommunmeny.purchasing.api.ChargeView;
import se.kommunmeny.purchasing.api.CostRow;
import se.kommunmeny.purchasing.api.Decision;
import se.kommunmeny.purchasing.api.DocumentView;
import se.kommunmeny.purchasing.api.ExtentChange;
import se.kommunmeny.purchasing.api.FederationIdentity;
import se.kommunmeny.purchasing.api.FederationMessage;
import se.kommunmeny.purchasing.api.FederationService;
import se.kommunmeny.purchasing.api.InvoiceView;
import se.kommunmeny.purchasing.api.NoticeRequest;
import se.kommunmeny.purchasing.api.OrderRequest;
import se.kommunmeny.purchasing.api.OrderView;
import se.kommunmeny.purchasing.api.PartnerRequest;
import se.kommunmeny.purchasing.api.PartnerView;
import se.kommunmeny.purchasing.api.PlacementView;
import se.kommunmeny.purchasing.api.PriceModel;
import se.kommunmeny.purchasing.api.PurchasingService;
import se.kommunmeny.purchasing.api.Receipt;
import se.kommunmeny.purchasing.api.ServiceAvailability;

class PurchasingXmlTest {
    private static final String NS = PurchasingWebService.NAMESPACE;
    private static final Instant AT = Instant.parse("2026-03-04T10:15:30Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    private static final List<Class<?>> TYPES = List.of(PartnerRequestXml.class, PartnerXml.class,
            AgreementRequestXml.class, AgreementXml.class, PriceModelXml.class, PriceModelXml.ItemXml.class,
            OrderRequestXml.class, OrderXml.class, OrderXml.ExtentXml.class, ExtentChangeXml.class,
            NoticeRequestXml.class, DocumentXml.class, PlacementXml.class, DecisionXml.class, ChargeRequestXml.class,
            ChargeXml.class, InvoiceXml.class, InvoiceXml.LineXml.class, InvoiceXml.DifferenceXml.class,
            CostRowXml.class);

    private static final List<Class<?>> FEDERATION_TYPES = List.of(FederationIdentityXml.class,
            FederationMessageXml.class, ReceiptXml.class, ServiceAvailabilityXml.class);

    private static String fieldNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).sorted().collect(Collectors.joining(","));
    }

    private static String componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted()
                .collect(Collectors.joining(","));
    }

    private static <T> String marshal(String element, Class<T> type, T value) throws JAXBException {
        StringWriter out = new StringWriter();
        JAXBContext.newInstance(type).createMarshaller().marshal(new JAXBElement<>(new QName(NS, element), type, value),
                out);
        return out.toString();
    }

    private static <T> T roundTrip(String element, Class<T> type, T value) throws JAXBException {
        return JAXBContext.newInstance(type).createUnmarshaller()
                .unmarshal(new StreamSource(new StringReader(marshal(element, type, value))), type).getValue();
    }

    // ---------------------------------------------------------------- the types as a whole

    @Test
    void everyRecordComponentHasAFieldOfTheSameName() {
        Map<Class<? extends Record>, Class<?>> pairs = Map.ofEntries(
                Map.entry(PartnerRequest.class, PartnerRequestXml.class),
                Map.entry(PartnerView.class, PartnerXml.class),
                Map.entry(AgreementRequest.class, AgreementRequestXml.class),
                Map.entry(AgreementView.class, AgreementXml.class), Map.entry(PriceModel.class, PriceModelXml.class),
                Map.entry(PriceModel.Item.class, PriceModelXml.ItemXml.class),
                Map.entry(OrderRequest.class, OrderRequestXml.class), Map.entry(OrderView.class, OrderXml.class),
                Map.entry(OrderView.Extent.class, OrderXml.ExtentXml.class),
                Map.entry(ExtentChange.class, ExtentChangeXml.class),
                Map.entry(NoticeRequest.class, NoticeRequestXml.class),
                Map.entry(DocumentView.class, DocumentXml.class),
                Map.entry(PlacementView.class, PlacementXml.class), Map.entry(Decision.class, DecisionXml.class),
                Map.entry(Charge.class, ChargeRequestXml.class), Map.entry(ChargeView.class, ChargeXml.class),
                Map.entry(InvoiceView.class, InvoiceXml.class),
                Map.entry(InvoiceView.Line.class, InvoiceXml.LineXml.class),
                Map.entry(InvoiceView.Difference.class, InvoiceXml.DifferenceXml.class),
                Map.entry(CostRow.class, CostRowXml.class),
                Map.entry(FederationIdentity.class, FederationIdentityXml.class),
                Map.entry(FederationMessage.class, FederationMessageXml.class),
                Map.entry(Receipt.class, ReceiptXml.class),
                Map.entry(ServiceAvailability.class, ServiceAvailabilityXml.class));
        pairs.forEach((record, xml) -> assertEquals(componentNames(record), fieldNames(xml), xml.getSimpleName()));
        assertEquals(TYPES.size() + FEDERATION_TYPES.size(), pairs.size(), "every XML type maps a record");
    }

    @Test
    void eachEndpointsTypesFitInOneContextWithUniqueNamesApartFromItsOperations() throws JAXBException {
        for (var set : Map.of(PurchasingWebService.class, TYPES, FederationWebService.class, FEDERATION_TYPES)
                .entrySet()) {
            String namespace = set.getKey().getAnnotation(WebService.class).targetNamespace();
            assertNotNull(JAXBContext.newInstance(set.getValue().toArray(Class<?>[]::new)));
            Set<String> names = new HashSet<>();
            for (Class<?> type : set.getValue()) {
                XmlType xmlType = type.getAnnotation(XmlType.class);
                assertEquals(namespace, xmlType.namespace(), type.getSimpleName());
                assertTrue(names.add(xmlType.name()), xmlType.name());
            }
            // CXF names the wrapper types after the operations; an XML type of the same name would clash.
            for (String operation : operations(set.getKey())) {
                assertFalse(names.contains(operation) || names.contains(operation + "Response"), operation);
            }
        }
    }

    private static Set<String> operations(Class<?> endpoint) {
        return Arrays.stream(endpoint.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(WebMethod.class))
                .map(m -> m.getAnnotation(WebMethod.class).operationName().isEmpty() ? m.getName()
                        : m.getAnnotation(WebMethod.class).operationName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---------------------------------------------------------------- the operations

    @Test
    void purchasingHasOneOperationPerServiceMethodWithTheInterfacesParameterNames() {
        Set<String> expected = new TreeSet<>(List.of("registerPartner", "partners", "partner", "registerAgreement",
                "agreements", "agreement", "order", "getOrder", "orders", "changeExtent", "giveNotice", "documents",
                "document", "placements", "placement", "decide", "start", "end", "charge", "invoiceMonth", "invoice",
                "credit", "invoices", "getInvoice", "invoiceUbl", "invoiceHtml", "costs"));
        assertEquals(expected, operations(PurchasingWebService.class));
        assertEquals(expected, Arrays.stream(PurchasingService.class.getMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new)));
        for (Method api : PurchasingService.class.getMethods()) {
            Method op = Arrays.stream(PurchasingWebService.class.getDeclaredMethods())
                    .filter(m -> m.getName().equals(api.getName())).findFirst().orElseThrow();
            assertEquals(Arrays.stream(api.getParameters()).skip(1).map(Parameter::getName).toList(),
                    webParams(op), api.getName());
            assertNotNull(op.getAnnotation(WebResult.class), api.getName());
        }
        assertEquals(List.of("orderId", "change"), webParams(method(PurchasingWebService.class, "changeExtent")));
        assertEquals(List.of("placementId", "date", "reason"), webParams(method(PurchasingWebService.class, "end")));
    }

    @Test
    void bothEndpointsArePublishedUnderTheirNames() throws Exception {
        for (var name : List.of(Map.entry(PurchasingWebService.class, "Purchasing"),
                Map.entry(FederationWebService.class, "PurchasingFederation"))) {
            String xml;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + name.getKey().getName()
                    + ".xml")) {
                assertNotNull(in, "no component descriptor for " + name.getKey().getName());
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(xml.contains("<property name=\"" + SoapEndpoint.NAME + "\" type=\"String\" value=\""
                    + name.getValue() + "\"/>"), xml);
            assertTrue(xml.contains("<provide interface=\"" + SoapEndpoint.class.getName() + "\"/>"), xml);
            assertEquals(name.getValue(), name.getKey().getAnnotation(WebService.class).serviceName());
        }
    }

    @Test
    void theFederationHasIdentityDeliverAndAvailability() {
        assertEquals(Set.of("identity", "deliver", "availability"), operations(FederationWebService.class));
        assertEquals(List.of("message"), webParams(method(FederationWebService.class, "deliver")));
        assertEquals(List.of("agreementNumber"), webParams(method(FederationWebService.class, "availability")));
        assertEquals(Set.of("identity", "receive", "availability"), Arrays.stream(FederationService.class.getMethods())
                .map(Method::getName).collect(Collectors.toSet()));
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> webParams(Method m) {
        return Arrays.stream(m.getParameters()).map(p -> p.getAnnotation(WebParam.class).name()).toList();
    }

    // ---------------------------------------------------------------- partners

    @Test
    void thePasswordIsAcceptedAndNeverGivenBack() throws Exception {
        PartnerRequestXml r = new PartnerRequestXml();
        r.code = "1981";
        r.name = "Sala kommun";
        r.kind = "MUNICIPALITY";
        r.country = "SE";
        r.platformUrl = "https://kommunmeny.sala.se/kommunmeny";
        r.username = "koping";
        r.password = "hemligt & <s\u00e4kert>";
        r.transport = "SOAP";
        PartnerRequest back = roundTrip("request", PartnerRequestXml.class, r).toRecord();
        assertEquals(new PartnerRequest("1981", "Sala kommun", "MUNICIPALITY", "SE", null, null, null, null, null, null,
                "https://kommunmeny.sala.se/kommunmeny", "koping", "hemligt & <s\u00e4kert>", null, null, "SOAP", null),
                back);

        PartnerView v = new PartnerView("p1", "1981", "Sala kommun", "MUNICIPALITY", "SE", "212000-0290", "0007",
                "2120000290", "Box 304", "733 25", "Sala", "https://kommunmeny.sala.se/kommunmeny", "koping", true,
                "ab:cd", "sala", "SOAP", "5050-1055", AT, "enhetschef");
        String xml = marshal("partner", PartnerXml.class, PartnerXml.of(v));
        assertFalse(xml.toLowerCase().contains("<password"), xml);
        assertTrue(xml.contains("<hasPassword>true</hasPassword>"), xml);
        assertTrue(xml.contains("<registeredAt>2026-03-04T10:15:30Z</registeredAt>"), xml);
        assertFalse(Arrays.stream(PartnerXml.class.getFields()).anyMatch(f -> f.getName().equals("password")));
    }

    // ---------------------------------------------------------------- agreements

    private static PriceModel price() {
        return new PriceModel("SEK", new BigDecimal("98500.00"), new BigDecimal("49250.50"), null,
                new BigDecimal("1150"), "Psykoterapi", List.of(new PriceModel.Item("drogtest", "Drogtest",
                        new BigDecimal("350.00"))), "OPI", new BigDecimal("100.0"), new BigDecimal("103.25"));
    }

    @Test
    void anAgreementRequestWithItsPriceModelReachesTheServiceExactly() throws Exception {
        AgreementRequestXml r = new AgreementRequestXml();
        r.partnerId = "p1";
        r.role = "BUY";
        r.number = "AVT-2026-7";
        r.serviceId = "treatment-plan/tolvsteg";
        r.serviceName = "Tolvstegsbehandling";
        r.serviceType = "TREATMENT";
        r.targetGroups.addAll(List.of("ADULTS_WITH_ADDICTION", "YOUNG_ADULTS"));
        r.price = PriceModelXml.of(price());
        r.reservedPlaces = 2;
        r.vacancyPercent = new BigDecimal("0.50");
        r.noticeDays = 30;
        r.validFrom = "2026-01-01";
        r.minAge = 18;
        String xml = marshal("request", AgreementRequestXml.class, r);
        assertTrue(xml.contains("<targetGroup>ADULTS_WITH_ADDICTION</targetGroup><targetGroup>YOUNG_ADULTS"), xml);
        assertTrue(xml.contains("<monthFullTime>98500.00</monthFullTime>"), xml);
        assertTrue(xml.contains("<item><code>drogtest</code>"), xml);
        assertFalse(xml.contains("<perDay"), xml);
        AgreementRequest back = roundTrip("request", AgreementRequestXml.class, r).toRecord();
        assertEquals(new AgreementRequest("p1", "BUY", "AVT-2026-7", "treatment-plan/tolvsteg", "Tolvstegsbehandling",
                "TREATMENT", List.of("ADULTS_WITH_ADDICTION", "YOUNG_ADULTS"), price(), 2, null,
                new BigDecimal("0.50"), 30, "2026-01-01", null, null, null, null, 18, null), back);

        AgreementRequestXml empty = roundTrip("request", AgreementRequestXml.class, new AgreementRequestXml());
        assertEquals(List.of(), empty.toRecord().targetGroups());
        assertNull(empty.toRecord().price());
    }

    @Test
    void anAgreementViewMapsEveryFieldAndRoundTrips() throws Exception {
        AgreementView v = new AgreementView("a1", "p1", "Sala kommun", "BUY", "AVT-2026-7", "treatment-plan/tolvsteg",
                "Tolvstegsbehandling", "TREATMENT", List.of("ADULTS_WITH_ADDICTION"), price(), 2, 14,
                new BigDecimal("0.50"), 30, DAY, null, "K\u00f6ping 4711", "V\u00e4stmanland", 12, 18, null, 1, 10, 3,
                AT, AT, "enhetschef");
        AgreementXml x = AgreementXml.of(v);
        assertEquals("2026-03-04", x.validFrom);
        assertNull(x.validTo);
        AgreementXml back = roundTrip("agreement", AgreementXml.class, x);
        assertEquals(price(), back.price.toRecord());
        assertEquals(List.of("ADULTS_WITH_ADDICTION"), back.targetGroups);
        assertEquals(new BigDecimal("0.50"), back.vacancyPercent);
        assertEquals("K\u00f6ping 4711", back.buyerReference);
        assertEquals(12, back.jointPoolPlaces);
        assertNull(back.maxAge);
        assertEquals(3, back.freePlaces);
        assertEquals("2026-03-04T10:15:30Z", back.freePlacesReadAt);
    }

    // ---------------------------------------------------------------- orders and placements

    private static OrderView order() {
        return new OrderView("o1", "a1", "AVT-2026-7", "Sala kommun", "Tolvstegsbehandling", "person-1", "STARTED",
                "DELIVERED", 1, null, null, DAY, DAY.plusDays(1), List.of(new OrderView.Extent("FULL_TIME", DAY),
                        new OrderView.Extent("HALF_TIME", DAY.plusMonths(2))), null, null, null, null, null,
                "Beh\u00f6ver enkelrum", "anna", AT, 4L);
    }

    @Test
    void anOrderMapsItsExtentsAndDates() throws Exception {
        OrderXml x = OrderXml.of(order());
        assertEquals("2026-03-05", x.startedOn);
        assertEquals(2, x.extents.size());
        String xml = marshal("order", OrderXml.class, x);
        assertTrue(xml.contains("<extent><extent>HALF_TIME</extent><from>2026-05-04</from></extent>"), xml);
        assertFalse(xml.contains("<nextAttemptAt"), xml);
        OrderXml back = roundTrip("order", OrderXml.class, x);
        assertEquals("HALF_TIME", back.extents.get(1).extent);
        assertEquals("2026-03-04T10:15:30Z", back.orderedAt);
        assertEquals("Beh\u00f6ver enkelrum", back.note);
        assertEquals(4L, back.version);
    }

    @Test
    void requestsUnmarshalIntoRecords() throws Exception {
        OrderRequestXml o = new OrderRequestXml();
        o.agreementId = "a1";
        o.personRef = "person-1";
        o.startDate = "2026-04-01";
        o.note = "Allergi: n\u00f6tter";
        assertEquals(new OrderRequest("a1", "person-1", "2026-04-01", null, "Allergi: n\u00f6tter"),
                roundTrip("request", OrderRequestXml.class, o).toRecord());

        ExtentChangeXml e = new ExtentChangeXml();
        e.extent = "HALF_TIME";
        e.from = "2026-05-01";
        assertEquals(new ExtentChange("HALF_TIME", "2026-05-01"),
                roundTrip("change", ExtentChangeXml.class, e).toRecord());

        NoticeRequestXml n = new NoticeRequestXml();
        n.endDate = "2026-06-30";
        n.reason = "Flyttar";
        assertEquals(new NoticeRequest(null, "2026-06-30", "Flyttar"),
                roundTrip("notice", NoticeRequestXml.class, n).toRecord());

        DecisionXml d = new DecisionXml();
        d.accept = false;
        d.reason = "CAPACITY";
        assertEquals(new Decision(false, "CAPACITY"), roundTrip("decision", DecisionXml.class, d).toRecord());
        assertEquals(new Decision(null, null), roundTrip("decision", DecisionXml.class, new DecisionXml()).toRecord());

        ChargeRequestXml c = new ChargeRequestXml();
        c.day = "2026-03-03";
        c.hours = new BigDecimal("1.50");
        assertEquals(new Charge("2026-03-03", new BigDecimal("1.50"), null, null),
                roundTrip("charge", ChargeRequestXml.class, c).toRecord());
    }

    @Test
    void placementsDocumentsAndChargesMapEveryField() throws Exception {
        PlacementView p = new PlacementView("pl1", "o1", "a9", "AVT-2026-7", "1983", "K\u00f6pings kommun",
                "treatment-plan/tolvsteg", "person-9", "ACCEPTED", DAY, null, List.of(new OrderView.Extent("FULL_TIME",
                        DAY)), null, null, null, "Plats finns", "enhetschef", null, AT, 2L);
        PlacementXml back = roundTrip("placement", PlacementXml.class, PlacementXml.of(p));
        assertEquals("K\u00f6pings kommun", back.buyerName);
        assertEquals("2026-03-04", back.extents.get(0).from);
        assertNull(back.startedOn);
        assertEquals(2L, back.version);

        DocumentXml d = roundTrip("document", DocumentXml.class, DocumentXml.of(new DocumentView("d1", "o1",
                "MONTHLY", "2026-02", "M\u00e5nadsrapport februari", AT)));
        assertEquals("2026-02", d.month);
        assertEquals("M\u00e5nadsrapport februari", d.title);
        assertEquals("2026-03-04T10:15:30Z", d.receivedAt);

        ChargeXml c = roundTrip("charge", ChargeXml.class, ChargeXml.of(new ChargeView("c1", "o1", DAY, null,
                "drogtest", 2, AT)));
        assertEquals("2026-03-04", c.day);
        assertNull(c.hours);
        assertEquals(2, c.quantity);
    }

    // ---------------------------------------------------------------- invoices and costs

    @Test
    void anInvoiceKeepsItsAmountsExactly() throws Exception {
        InvoiceView v = new InvoiceView("i1", "2026-0007", "INVOICE", "RECEIVED", "a1", "AVT-2026-7", "Sala kommun",
                "2026-02", DAY, DAY.plusDays(30), "SEK", new BigDecimal("98851.25"),
                List.of(new InvoiceView.Line(1, "Tolvsteg heltid", new BigDecimal("28"), "DAY",
                        new BigDecimal("3517.90"), new BigDecimal("98501.20"), "o1", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 28)),
                        new InvoiceView.Line(2, "Drogtest", BigDecimal.ONE, "EA", new BigDecimal("350.05"),
                                new BigDecimal("350.05"), "o1", null, null)),
                null, null, "DIFFERS", List.of(new InvoiceView.Difference("AMOUNT", "o1", "Dagar", new BigDecimal(
                        "98500.00"), new BigDecimal("98501.20"))), null, AT);
        InvoiceXml x = InvoiceXml.of(v);
        String xml = marshal("invoice", InvoiceXml.class, x);
        assertTrue(xml.contains("<total>98851.25</total>"), xml);
        assertTrue(xml.contains("<line><id>1</id>"), xml);
        assertTrue(xml.contains("<difference><kind>AMOUNT</kind>"), xml);
        InvoiceXml back = roundTrip("invoice", InvoiceXml.class, x);
        assertEquals(new BigDecimal("98851.25"), back.total);
        assertEquals(2, back.lines.size());
        assertEquals(new BigDecimal("3517.90"), back.lines.get(0).unitPrice);
        assertEquals("2026-02-28", back.lines.get(0).to);
        assertNull(back.lines.get(1).from);
        assertEquals(new BigDecimal("98500.00"), back.differences.get(0).expected);
        assertEquals("2026-04-03", back.dueDate);
        assertNull(back.creditedBy);

        InvoiceXml none = InvoiceXml.of(new InvoiceView("i2", "2026-0008", "CREDIT_NOTE", "ISSUED", "a1", null, null,
                "2026-02", DAY, null, "SEK", new BigDecimal("-1.00"), null, "2026-0007", null, null, null, "QUEUED",
                AT));
        assertTrue(none.lines.isEmpty());
        assertTrue(none.differences.isEmpty());
    }

    @Test
    void costRowsRoundTrip() throws Exception {
        CostRowXml back = roundTrip("cost", CostRowXml.class, CostRowXml.of(new CostRow("2026-02", "PURCHASED",
                "Sala kommun", "Tolvstegsbehandling", "ADULTS_WITH_ADDICTION", 2, 56, new BigDecimal("197002.40"),
                new BigDecimal("3517.90"), "SEK", "INVOICED")));
        assertEquals(new BigDecimal("3517.90"), back.perPlaceDay);
        assertEquals(new BigDecimal("197002.40"), back.amount);
        assertEquals(56, back.placementDays);
        assertEquals("INVOICED", back.source);
    }

    // ---------------------------------------------------------------- the federation's types

    @Test
    void federationTypesMapEveryField() throws Exception {
        FederationIdentityXml i = roundTrip("identity", FederationIdentityXml.class, FederationIdentityXml.of(
                new FederationIdentity("1983", "K\u00f6ping", "SE", "MCowBQYDK2VwAyEA", "ab12", "Ed25519")));
        assertEquals("K\u00f6ping", i.municipalityName);
        assertEquals("Ed25519", i.algorithm);

        ServiceAvailabilityXml a = roundTrip("availability", ServiceAvailabilityXml.class, ServiceAvailabilityXml.of(
                new ServiceAvailability("treatment-plan/tolvsteg", "Tolvsteg", 12, null, AT)));
        assertEquals(12, a.capacity);
        assertNull(a.freePlaces);
        assertEquals("2026-03-04T10:15:30Z", a.readAt);

        ReceiptXml r = ReceiptXml.of(new Receipt("m1", "PROCESSED", AT));
        assertEquals("2026-03-04T10:15:30Z", roundTrip("receipt", ReceiptXml.class, r).receivedAt);

        FederationMessage m = new FederationMessage("m1", "ORDER", "o1", "AVT-2026-7", "1983", "1981",
                "2026-03-04T10:15:30Z", "{\"a\":1}", "c2ln");
        assertEquals(m, roundTrip("message", FederationMessageXml.class, FederationMessageXml.of(m)).toRecord());
        assertEquals(Stream.of(FederationMessage.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                List.of(FederationMessageXml.class.getAnnotation(XmlType.class).propOrder()));
    }
}
